#include "sessioninfo.h"

#include "wirejson.h"

namespace zs {

using namespace protocol;
using wire::refusal;

namespace {
/// Employer and region ids as the operator makes them (`employer add`, data/reference).
constexpr QLatin1String kAccountId("^[a-z0-9][a-z0-9_-]{0,63}$");
} // namespace

std::optional<SessionInfo> SessionInfo::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto object = wire::readObject(json, QStringLiteral("a session"),
        { QLatin1String("role"), QLatin1String("employer"), QLatin1String("region"),
            QLatin1String("name") },
        error);
    if (!object)
        return std::nullopt;
    SessionInfo s;
    for (const auto &[key, out] : { std::pair { QLatin1String("role"), &s.role },
             std::pair { QLatin1String("region"), &s.region },
             std::pair { QLatin1String("name"), &s.name } }) {
        if (auto e = wire::readString(*object, key, key, out)) {
            *error = *e;
            return std::nullopt;
        }
    }
    if (object->contains(QLatin1String("employer"))) {
        if (auto e = wire::readString(
                *object, QLatin1String("employer"), QStringLiteral("employer"), &s.employer)) {
            *error = *e;
            return std::nullopt;
        }
    }
    return s;
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("role"), role }, { QStringLiteral("region"), region },
        { QStringLiteral("name"), name } };
    if (!employer.isEmpty())
        o.insert(QStringLiteral("employer"), employer);
    return o;
}

std::optional<ProtocolError> SessionInfo::validate() const
{
    if (!isEmployer() && !isCoordinator())
        return refusal(QStringLiteral("role"), QStringLiteral("must be employer or coordinator"),
            QStringLiteral("unknown_value"), QStringLiteral("unknown_value"));
    if (isEmployer() != !employer.isEmpty())
        return refusal(QStringLiteral("employer"),
            QStringLiteral("an employer's session names its employer, a coordinator's none"));
    if (isEmployer() && !wire::matches(employer, kAccountId))
        return refusal(QStringLiteral("employer"), QStringLiteral("not an employer id"));
    if (!wire::matches(region, kAccountId))
        return refusal(QStringLiteral("region"), QStringLiteral("not a region id"));
    if (name.trimmed().isEmpty())
        return refusal(QStringLiteral("name"), QStringLiteral("must not be empty"),
            QStringLiteral("invalid"), QStringLiteral("missing"));
    return std::nullopt;
}

} // namespace zs
