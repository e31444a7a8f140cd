#include "membership.h"

#include "wirejson.h"
#include "wirelimits.h"

namespace zs {

using namespace protocol;
using wire::refusal;
using wire::shapeReason;

std::optional<Membership> Membership::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(json, QStringLiteral("a membership"),
        { QLatin1String("panel"), QLatin1String("name"), QLatin1String("email"),
            QLatin1String("phone"), QLatin1String("consentVersion"), QLatin1String("joined"),
            QLatin1String("ageRuleMet") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    Membership m;
    const std::pair<QLatin1String, QString *> required[] = {
        { QLatin1String("panel"), &m.panel },
        { QLatin1String("name"), &m.name },
        { QLatin1String("joined"), &m.joined },
    };
    for (const auto &[key, out] : required) {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return fail(refusal(
                key, QStringLiteral("must be text"), QStringLiteral("invalid"), shapeReason(v)));
        *out = v.toString();
    }
    const std::pair<QLatin1String, std::optional<QString> *> optional[] = {
        { QLatin1String("email"), &m.email },
        { QLatin1String("phone"), &m.phone },
    };
    for (const auto &[key, out] : optional) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return fail(refusal(key, QStringLiteral("must be text"), QStringLiteral("invalid"),
                QStringLiteral("wrong_type")));
        *out = v.toString();
    }
    const QJsonValue version = o.value(QLatin1String("consentVersion"));
    if (!version.isDouble() || version.toDouble() != version.toInt())
        return fail(
            refusal(QStringLiteral("consentVersion"), QStringLiteral("must be a whole number"),
                QStringLiteral("wrong_type"), shapeReason(version)));
    m.consentVersion = version.toInt();
    const QJsonValue ageRuleMet = o.value(QLatin1String("ageRuleMet"));
    if (!ageRuleMet.isBool())
        return fail(refusal(QStringLiteral("ageRuleMet"), QStringLiteral("must be true or false"),
            QStringLiteral("wrong_type"), shapeReason(ageRuleMet)));
    m.ageRuleMet = ageRuleMet.toBool();
    return m;
}

QJsonObject Membership::toJson() const
{
    QJsonObject o { { QStringLiteral("panel"), panel }, { QStringLiteral("name"), name },
        { QStringLiteral("consentVersion"), consentVersion }, { QStringLiteral("joined"), joined },
        { QStringLiteral("ageRuleMet"), ageRuleMet } };
    if (email)
        o.insert(QStringLiteral("email"), *email);
    if (phone)
        o.insert(QStringLiteral("phone"), *phone);
    return o;
}

std::optional<ProtocolError> Membership::validate() const
{
    if (!wire::matches(panel, limits::kIdPattern))
        return refusal(QStringLiteral("panel"), QStringLiteral("not a panel id"));
    if (auto e = wire::checkMember(name, email, phone))
        return e;
    if (consentVersion < 1)
        return refusal(QStringLiteral("consentVersion"), QStringLiteral("must be 1 or more"));
    if (!wire::matches(joined, limits::kYearPattern))
        return refusal(QStringLiteral("joined"), QStringLiteral("must be a year YYYY"));
    return std::nullopt;
}

} // namespace zs
