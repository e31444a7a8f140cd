#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace zs {

/// A sign-in link for the dashboards: zorgstem://signin?token=TOKEN&collector=URL (issue 10), as
/// an operator can hand an HR manager or a coordinator instead of a bare token.
struct SigninLink
{
    QString token; ///< as written in the link, trimmed (checked by the collector on sign-in)
    QUrl collector; ///< empty when the link names none (or not an http(s) address)

    /// Reads a link; nullopt for anything else (another host, no token).
    static std::optional<SigninLink> parse(const QString &text);
    /// True when the text is meant as a sign-in link (zorgstem://signin…) rather than a token.
    static bool looksLikeLink(const QString &text);
};

} // namespace zs
