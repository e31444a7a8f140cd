#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <optional>

namespace zs {

struct Panel;

/// A request to join a panel (POST /v1/panels/{panel}/members): identified data, by consent.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; name, email, phone
///    invalid / missing|wrong_type; occupation, ageBand unknown_value / missing|wrong_type;
///    consent consent_required / missing|wrong_type; consentVersion wrong_type /
///    missing|wrong_type.
///  - validate: name invalid / missing|too_long; email contact_required / contact_required (no
///    e-mail and no phone); email invalid / invalid (limits::kEmailPattern); phone invalid /
///    invalid (limits::kPhonePattern); occupation, ageBand unknown_value / unknown_value;
///    consent consent_required / consent_required; consentVersion consent_outdated (409) /
///    consent_outdated; ageBand not_eligible / not_eligible (the panel's age rule).
struct JoinRequest
{
    QString name;
    std::optional<QString> email;
    std::optional<QString> phone;
    QString occupation;
    QString ageBand;
    int consentVersion = 0;
    bool consent = false;

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<JoinRequest> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content and the panel's rules: its consent version and age groups.
    std::optional<ProtocolError> validate(const Panel &panel) const;
};

} // namespace zs
