#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <optional>

namespace zs {

/// A panel membership as GET /v1/panels/{panel}/members/{secret} answers it (the export).
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; panel, name,
///    occupation, ageBand, joined, email, phone invalid / missing|wrong_type; consentVersion
///    wrong_type / missing|wrong_type.
///  - validate: panel invalid / invalid; name invalid / missing|too_long; email, phone invalid /
///    invalid; email contact_required / contact_required; occupation, ageBand unknown_value /
///    unknown_value; consentVersion invalid / invalid; joined invalid / invalid (a month).
struct Membership
{
    QString panel;
    QString name;
    std::optional<QString> email;
    std::optional<QString> phone;
    QString occupation;
    QString ageBand;
    int consentVersion = 0;
    QString joined; ///< YYYY-MM: the month joined, never finer (DESIGN §5 rule 7)

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<Membership> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content: the same rules as a join, a month for joined.
    std::optional<ProtocolError> validate() const;
};

} // namespace zs
