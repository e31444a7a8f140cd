#pragma once

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
struct Submission
{
    QString submissionId; ///< random UUID v4, fresh per submission
    QString surveyId;
    int surveyVersion = 0;
    QString period; ///< calendar month "YYYY-MM"
    Strata strata;
    QJsonObject answers;

    QJsonObject toJson() const;
    bool operator==(const Submission &) const = default;
};

/// A refusal in the wire format's one error shape, with its HTTP status.
struct ProtocolError
{
    int status = 400;
    QString code;
    QString message;
    QString field;

    QJsonObject toJson() const;
    /// Reads {"error": {...}}; nullopt when the shape is not an error.
    static std::optional<ProtocolError> fromJson(const QJsonObject &json, int status);
};

/// Wire limits shared by client and collector.
namespace protocol {
inline constexpr int kMaxBatch = 500;
inline constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;
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
