#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace zs {

/// A zorgstem://HOST?KEY=VALUE&collector=URL link, the shape of every deep link the app takes:
/// the value of KEY (trimmed, never empty) and the collector when it is an http(s) URL.
struct AppLink
{
    QString value;
    QUrl collector; ///< empty when the link names none or not as http(s)

    /// nullopt for anything that is not such a link with a value.
    static std::optional<AppLink> parse(
        const QString &text, QLatin1String host, const QString &key);
};

/// A deep link from an invitation sheet: zorgstem://invite?code=CODE&collector=URL (DESIGN §5a).
struct InvitationLink
{
    QString code; ///< as written in the link (not yet checked)
    QUrl collector; ///< empty when the link names none

    /// Reads a link (from the command line, a paste or a QR code); nullopt for anything else.
    static std::optional<InvitationLink> parse(const QString &text);
    /// True when the text is meant as a link rather than a typed code.
    static bool looksLikeLink(const QString &text);
};

} // namespace zs
