#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <optional>

namespace zs {

/// A panel membership as GET /v1/panels/{panel}/members/{secret} answers it (the export): all
/// the members file keeps of the member. It keeps no stratum a response carries (DESIGN §5
/// rule 7): no occupation group or age band, and the year joined, never the month.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; panel, name,
///    joined, email, phone invalid / missing|wrong_type; consentVersion wrong_type /
///    missing|wrong_type; ageRuleMet wrong_type / missing|wrong_type.
///  - validate: panel invalid / invalid; name invalid / missing|too_long; email, phone invalid /
///    invalid; email contact_required / contact_required; consentVersion invalid / invalid;
///    joined invalid / invalid (a year).
struct Membership
{
    QString panel;
    QString name;
    std::optional<QString> email;
    std::optional<QString> phone;
    int consentVersion = 0;
    QString joined; ///< YYYY: the year joined, never finer (DESIGN §5 rule 7)
    bool ageRuleMet = false; ///< the panel had an age rule and the member's age band met it

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<Membership> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content: the same rules as a join, a year for joined.
    std::optional<ProtocolError> validate() const;
};

} // namespace zs
