#include "wirejson.h"

#include "submission.h"
#include "textcheck.h"
#include "wirelimits.h"

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <mutex>

namespace zs::protocol::wire {

ProtocolError refusal(
    const QString &field, const QString &message, const QString &code, const QString &reason)
{
    return ProtocolError { 422, code, message, field, reason };
}

ProtocolError notAnObject(const QString &what)
{
    return ProtocolError { 400, QStringLiteral("malformed"),
        QStringLiteral("%1 must be a JSON object").arg(what), {}, QStringLiteral("wrong_type") };
}

QString shapeReason(const QJsonValue &value)
{
    return value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("wrong_type");
}

std::optional<ProtocolError> onlyKeys(
    const QJsonObject &o, std::initializer_list<QLatin1String> allowed, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const QLatin1String &a : allowed)
            known = known || it.key() == a;
        if (!known)
            return refusal(prefix + it.key(), QStringLiteral("unknown field '%1'").arg(it.key()),
                QStringLiteral("unknown_field"));
    }
    return std::nullopt;
}

std::optional<QJsonObject> readObject(const QJsonValue &json, const QString &what,
    std::initializer_list<QLatin1String> allowed, ProtocolError *error)
{
    if (!json.isObject()) {
        *error = notAnObject(what);
        return std::nullopt;
    }
    QJsonObject o = json.toObject();
    if (auto e = onlyKeys(o, allowed, {})) {
        *error = *e;
        return std::nullopt;
    }
    return o;
}

std::optional<ProtocolError> readString(const QJsonObject &o, QLatin1String key,
    const QString &field, QString *out, const QString &message, const QString &code)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return refusal(field, message, code, shapeReason(v));
    *out = v.toString();
    return std::nullopt;
}

std::optional<ProtocolError> checkMember(
    const QString &name, const std::optional<QString> &email, const std::optional<QString> &phone)
{
    if (!isText(name, limits::kMemberNameMin, limits::kMemberNameMax))
        return refusal(QStringLiteral("name"),
            QStringLiteral("must be %1 to %2 characters")
                .arg(limits::kMemberNameMin)
                .arg(limits::kMemberNameMax),
            QStringLiteral("invalid"),
            lengthReason(name, limits::kMemberNameMin, limits::kMemberNameMax));
    if (auto e = checkCharacters(name, QStringLiteral("name")))
        return e;
    if (!email && !phone)
        return refusal(QStringLiteral("email"),
            QStringLiteral("give an e-mail address or a phone number"),
            QStringLiteral("contact_required"));
    if (email && !matches(*email, limits::kEmailPattern))
        return refusal(QStringLiteral("email"), QStringLiteral("not an e-mail address"));
    if (phone && !matches(*phone, limits::kPhonePattern))
        return refusal(QStringLiteral("phone"), QStringLiteral("not a phone number"));
    return std::nullopt;
}

std::optional<ProtocolError> readLabel(
    const QJsonValue &v, const QString &field, LocalizedText *out, int maxLength)
{
    const QString textMessage = maxLength > 0
        ? QStringLiteral("must be text of 1 to %1 characters").arg(maxLength)
        : QStringLiteral("must be text");
    if (!v.isObject() || v.toObject().size() != 2)
        return refusal(field, QStringLiteral("must be {\"nl\": text, \"en\": text}"),
            QStringLiteral("wrong_type"), shapeReason(v));
    const QJsonValue nl = v[QLatin1String("nl")];
    const QJsonValue en = v[QLatin1String("en")];
    if (!nl.isString())
        return refusal(
            field + QStringLiteral(".nl"), textMessage, QStringLiteral("invalid"), shapeReason(nl));
    if (!en.isString())
        return refusal(
            field + QStringLiteral(".en"), textMessage, QStringLiteral("invalid"), shapeReason(en));
    out->nl = nl.toString();
    out->en = en.toString();
    return std::nullopt;
}

std::optional<ProtocolError> checkLabel(
    const LocalizedText &label, const QString &field, int maxLength)
{
    const std::pair<const QString *, QLatin1String> texts[]
        = { { &label.nl, QLatin1String("nl") }, { &label.en, QLatin1String("en") } };
    for (const auto &[text, lang] : texts) {
        if (!isText(*text, 1, maxLength))
            return refusal(field + QLatin1Char('.') + lang,
                QStringLiteral("must be text of 1 to %1 characters").arg(maxLength),
                QStringLiteral("invalid"), lengthReason(*text, 1, maxLength));
        if (auto e = checkCharacters(*text, field + QLatin1Char('.') + lang))
            return e;
    }
    return std::nullopt;
}

QJsonObject labelJson(const LocalizedText &label)
{
    return { { QStringLiteral("nl"), label.nl }, { QStringLiteral("en"), label.en } };
}

bool sameLabel(const LocalizedText &a, const LocalizedText &b)
{
    return a.nl == b.nl && a.en == b.en;
}

bool readStrings(const QJsonValue &v, QStringList *out)
{
    if (!v.isArray())
        return false;
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return false;
        list.append(item.toString());
    }
    *out = list;
    return true;
}

bool isDate(const QString &text)
{
    return matches(text, limits::kDatePattern) && QDate::fromString(text, Qt::ISODate).isValid();
}

std::optional<ProtocolError> checkCharacters(const QString &text, const QString &field)
{
    if (isCleanText(text))
        return std::nullopt;
    return refusal(field, QStringLiteral("contains a lone surrogate or a noncharacter"),
        QStringLiteral("invalid"), QStringLiteral("invalid_characters"));
}

bool isText(const QString &text, int min, int max)
{
    return text.trimmed().size() >= min && text.size() <= max;
}

QString lengthReason(const QString &text, int min, int max)
{
    if (text.size() > max)
        return QStringLiteral("too_long");
    if (text.trimmed().isEmpty())
        return QStringLiteral("missing");
    if (text.trimmed().size() < min)
        return QStringLiteral("too_short");
    return QStringLiteral("invalid");
}

bool matches(const QString &text, QLatin1String pattern)
{
    // The few patterns are compiled once each and kept (QRegularExpression is thread-safe to
    // match with).
    static QHash<QString, QRegularExpression> cache;
    static QBasicMutex lock;
    QRegularExpression re;
    {
        const std::lock_guard guard(lock);
        auto it = cache.find(pattern);
        if (it == cache.end())
            it = cache.insert(pattern, QRegularExpression(pattern));
        re = *it;
    }
    return re.match(text).hasMatch();
}

std::optional<ProtocolError> readRequestId(const QJsonObject &o, std::optional<QString> *out)
{
    const QJsonValue requestId = o.value(QLatin1String("requestId"));
    if (requestId.isUndefined())
        return std::nullopt;
    if (!requestId.isString() || !isUuidV4(requestId.toString()))
        return refusal(QStringLiteral("requestId"), QStringLiteral("must be a lower-case UUID v4"),
            QStringLiteral("invalid"),
            requestId.isString() ? QStringLiteral("invalid") : QStringLiteral("wrong_type"));
    *out = requestId.toString();
    return std::nullopt;
}

} // namespace zs::protocol::wire
