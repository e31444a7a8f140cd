#pragma once

// Helpers the wire objects share to read and check JSON (internal to zorgstem_protocol).

#include "localizedtext.h"
#include "protocolerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace zs::protocol::wire {

/// A 422 refusal; reason defaults to the wire code.
ProtocolError refusal(const QString &field, const QString &message,
    const QString &code = QStringLiteral("invalid"), const QString &reason = {});
/// The 400 refusal of a body that is not a JSON object.
ProtocolError notAnObject(const QString &what);
/// "missing" when the value is absent, else "wrong_type": the reason of a shape refusal.
QString shapeReason(const QJsonValue &value);
/// The first key of o that is not allowed, as an unknown_field refusal at prefix + key.
std::optional<ProtocolError> onlyKeys(
    const QJsonObject &o, std::initializer_list<QLatin1String> allowed, const QString &prefix);

/// The body as an object with only the allowed keys; otherwise nullopt with *error set (400 for
/// a body that is no object, 422 unknown_field for a key that is not allowed).
std::optional<QJsonObject> readObject(const QJsonValue &json, const QString &what,
    std::initializer_list<QLatin1String> allowed, ProtocolError *error);
/// Reads a string field into *out; a refusal (with this message and wire code) when the value
/// is absent or not a string.
std::optional<ProtocolError> readString(const QJsonObject &o, QLatin1String key,
    const QString &field, QString *out, const QString &message = QStringLiteral("must be text"),
    const QString &code = QStringLiteral("invalid"));
/// Reads the optional "requestId" (a client's lower-case UUID v4 that makes a repeat the same
/// write) into *out; a refusal when it is there but not such a UUID; *out untouched when absent.
std::optional<ProtocolError> readRequestId(const QJsonObject &o, std::optional<QString> *out);
/// Checks what a panel keeps of a member (join request and membership alike): a name and an
/// e-mail address or phone number of the right shape.
std::optional<ProtocolError> checkMember(
    const QString &name, const std::optional<QString> &email, const std::optional<QString> &phone);
/// Reads a label's shape: an object of exactly "nl" and "en", both strings. maxLength (when
/// given) only words the message, as the content check would.
std::optional<ProtocolError> readLabel(
    const QJsonValue &v, const QString &field, LocalizedText *out, int maxLength = 0);
/// Checks a label's content: both texts non-blank and at most maxLength characters.
std::optional<ProtocolError> checkLabel(
    const LocalizedText &label, const QString &field, int maxLength);
QJsonObject labelJson(const LocalizedText &label);
bool sameLabel(const LocalizedText &a, const LocalizedText &b);

/// Reads a list of strings; false when v is not an array of strings.
bool readStrings(const QJsonValue &v, QStringList *out);
/// A real calendar day YYYY-MM-DD.
bool isDate(const QString &text);
/// Between min (trimmed) and max (raw) characters long.
bool isText(const QString &text, int min, int max);
/// The refusal reason of a text outside [min, max]: missing, too_short or too_long.
QString lengthReason(const QString &text, int min, int max);
/// A refusal (reason invalid_characters) when free text holds a lone surrogate or a
/// noncharacter: refused rather than silently changed on its way to a report (issue 7).
std::optional<ProtocolError> checkCharacters(const QString &text, const QString &field);
/// Whether text matches the (anchored) pattern.
bool matches(const QString &text, QLatin1String pattern);

template<typename List> bool oneOf(const List &allowed, const QString &value)
{
    for (const QLatin1String &a : allowed) {
        if (value == a)
            return true;
    }
    return false;
}

template<typename List> QString joined(const List &allowed, const QString &separator)
{
    QStringList names;
    for (const QLatin1String &a : allowed)
        names.append(a);
    return names.join(separator);
}

} // namespace zs::protocol::wire
