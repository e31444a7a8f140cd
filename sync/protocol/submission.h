#pragma once

#include "credential.h"
#include "protocolerror.h"
#include "wirelimits.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace zs {

class SurveyCatalog;

/// Coarse strata: the only profile values that leave the device (DESIGN §5 rule 2).
struct Strata
{
    QString region;
    QString branch;
    QString occupation;
    QString ageBand;
    QString tenureBand;
    QString employer; ///< optional
    bool operator==(const Strata &) const = default;
};

/// One anonymised submission as it travels (DESIGN §4): no identifier, month precision.
///
/// Errors (field: wire code):
///  - fromJson / parseSubmission: (none) malformed (400) when not an object; <key> and
///    strata.<key> unknown_field; submissionId, surveyId, period, surveyVersion, strata,
///    strata.<stratum>, answers wrong_type; submissionId invalid (not a UUID v4); period invalid
///    (not YYYY-MM); credential and credential.<key> as Credential::fromJson says.
///  - validate / validateSubmission: surveyVersion unknown_version (409); surveyId
///    unknown_survey; strata.<stratum> unknown_value; strata.region invalid (not the survey's
///    region); answers.<question> with the survey engine's codes.
struct Submission
{
    QString submissionId; ///< random UUID v4, fresh per submission
    QString surveyId;
    int surveyVersion = 0;
    QString period; ///< calendar month "YYYY-MM"
    Strata strata;
    QJsonObject answers;
    /// The one-time credential (DESIGN §5a): required when strata.employer is set or the survey
    /// is a panel round; the collector verifies and spends it, and never stores it.
    std::optional<Credential> credential;

    /// Reads the shape (the same as protocol::parseSubmission).
    static std::optional<Submission> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content against the catalog (the same as protocol::validateSubmission).
    std::optional<ProtocolError> validate(const SurveyCatalog &catalog) const;
    bool operator==(const Submission &) const = default;
};

/// Wire limits shared by client and collector.
namespace protocol {
inline constexpr int kMaxBatch = limits::kMaxBatch;
inline constexpr qsizetype kMaxBodyBytes = limits::kMaxBodyBytes;
inline constexpr int kSchemaVersion = 1;

/// Reads the shape of a submission: exactly the known fields, right types and formats.
/// Unknown fields are refused, so nothing identifying can ride along (rule 1).
std::optional<Submission> parseSubmission(const QJsonValue &json, ProtocolError *error);
/// Checks the content: known survey and version, strata from the reference lists, answers
/// valid for the definition, nothing more precise than a month.
std::optional<ProtocolError> validateSubmission(
    const Submission &submission, const SurveyCatalog &catalog);
bool isUuidV4(const QString &text);
bool isPeriod(const QString &text);
} // namespace protocol

} // namespace zs
