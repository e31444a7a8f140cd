#include "keyedreaction.h"

#include "wirejson.h"
#include "wirelimits.h"

namespace zs {

using namespace protocol;
using wire::refusal;
using wire::shapeReason;

std::optional<KeyedReaction> KeyedReaction::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(
        json, QStringLiteral("a reaction"), { QLatin1String("key"), QLatin1String("kind") }, error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    KeyedReaction r;
    const QJsonValue kind = o.value(QLatin1String("kind"));
    const QJsonValue key = o.value(QLatin1String("key"));
    if (!key.isString())
        return fail(
            refusal(QStringLiteral("key"), QStringLiteral("must be 32 lower-case hex digits"),
                QStringLiteral("invalid"), shapeReason(key)));
    r.key = key.toString();
    if (!kind.isUndefined()) {
        if (!kind.isString())
            return fail(refusal(QStringLiteral("kind"),
                QStringLiteral("must be one of %1")
                    .arg(wire::joined(limits::kReactionKinds, QStringLiteral(", "))),
                QStringLiteral("invalid"), QStringLiteral("wrong_type")));
        r.kind = kind.toString();
    }
    return r;
}

QJsonObject KeyedReaction::toJson() const
{
    QJsonObject o { { QStringLiteral("key"), key } };
    if (kind)
        o.insert(QStringLiteral("kind"), *kind);
    return o;
}

std::optional<ProtocolError> KeyedReaction::validate(const QStringList &kinds) const
{
    if (kinds.isEmpty() && kind)
        return refusal(QStringLiteral("kind"), QStringLiteral("unknown field 'kind'"),
            QStringLiteral("unknown_field"));
    if (!wire::matches(key, limits::kKeyPattern))
        return refusal(QStringLiteral("key"), QStringLiteral("must be 32 lower-case hex digits"));
    if (!kinds.isEmpty() && (!kind || !kinds.contains(*kind)))
        return refusal(QStringLiteral("kind"),
            QStringLiteral("must be one of %1").arg(kinds.join(QStringLiteral(", "))),
            QStringLiteral("invalid"),
            kind ? QStringLiteral("unknown_value") : QStringLiteral("missing"));
    return std::nullopt;
}

QStringList KeyedReaction::reactionKinds()
{
    QStringList list;
    for (const QLatin1String &k : limits::kReactionKinds)
        list.append(k);
    return list;
}

} // namespace zs
