#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <optional>

namespace zs {

/// Whom a bearer token belongs to, as GET /v1/session answers it: the sign-in of the employer
/// and coordinator dashboards reads it to learn its role and scope from the token alone.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; role, region,
///    name, employer invalid / missing|wrong_type.
///  - validate: role unknown_value (employer | coordinator); employer invalid (an id, present
///    exactly for an employer); region invalid (an id); name invalid / missing.
struct SessionInfo
{
    QString role; ///< "employer" or "coordinator"
    QString employer; ///< the employer's id; empty for a coordinator
    QString region; ///< the employer's region, or the region coordinated
    QString name; ///< the employer's name, or the region's name for a coordinator

    bool isEmployer() const { return role == QLatin1String("employer"); }
    bool isCoordinator() const { return role == QLatin1String("coordinator"); }

    /// Reads the shape: the known fields with the right JSON types.
    static std::optional<SessionInfo> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content: a known role, ids where ids belong, a name.
    std::optional<ProtocolError> validate() const;
};

} // namespace zs
