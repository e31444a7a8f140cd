#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <optional>

namespace zs {

struct Panel;

/// A request to join a panel (POST /v1/panels/{panel}/members): identified data, by consent.
/// It carries only what the panel keeps (a name and a way to reach the member) and, for a panel
/// with an age rule, the age band to check that rule; the band is never stored (DESIGN §5 rule 7).
/// An occupation group is not asked for: an "occupation" field is refused like any unknown one.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; name, email, phone
///    invalid / missing|wrong_type; ageBand unknown_value / wrong_type; consent consent_required
///    / missing|wrong_type; consentVersion wrong_type / missing|wrong_type; requestId invalid /
///    wrong_type|invalid (not a lower-case UUID v4).
///  - validate: name invalid / missing|too_long; email contact_required / contact_required (no
///    e-mail and no phone); email invalid / invalid (limits::kEmailPattern); phone invalid /
///    invalid (limits::kPhonePattern); ageBand unknown_value / unknown_value (not a known band),
///    unknown_value / missing (left out for a panel with an age rule), not_eligible /
///    not_eligible (outside the panel's age rule); consent consent_required / consent_required;
///    consentVersion consent_outdated (409) / consent_outdated.
struct JoinRequest
{
    QString name;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> ageBand; ///< only to check the panel's age rule; never stored
    int consentVersion = 0;
    bool consent = false;
    /// Made by the app for this join (UUID v4): a repeat of the request is the same membership
    /// with the same secret (secretFor), never a second row with the same name.
    std::optional<QString> requestId;

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<JoinRequest> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content and the panel's rules: its consent version and age groups.
    std::optional<ProtocolError> validate(const Panel &panel) const;
    /// True when the panel has an age rule and the age band meets it: what the members file
    /// keeps instead of the band (false for a panel without an age rule).
    bool meetsAgeRule(const Panel &panel) const;
    /// The membership's secret for a join that carries requestId: the collector answers it, and
    /// the app can leave with it even when the answer to the join never came.
    static QString secretFor(const QString &panel, const QString &requestId);
};

} // namespace zs
