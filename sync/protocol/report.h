#pragma once

#include "localizedtext.h"
#include "protocolerror.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace zs {

/// A published figure: {"<measure>": number} or {"suppressed": true}, never a 0 for a hidden
/// cell (DESIGN §5 rule 5).
struct ReportFigure
{
    QString measure; ///< count, value or mean; empty when suppressed
    double value = 0;
    bool suppressed = false;

    /// Reads the figure at field.
    static std::optional<ReportFigure> fromJson(
        const QJsonValue &json, const QString &field, ProtocolError *error);
    QJsonObject toJson() const;
};

/// One question of a report: its text and its figures for the employer ("own") and, except for
/// free text, for the region. The scopes are kept as the JSON ReportBuilder writes (cells,
/// themes, mean, enps, items, texts differ per question type); only "answered" is typed.
struct ReportQuestion
{
    QString id;
    QString type; ///< limits::kQuestionTypes
    LocalizedText text;
    QJsonObject own;
    std::optional<QJsonObject> region;
};

/// The employer report (GET /v1/reports/{exit|retention}), as the collector's ReportBuilder
/// writes it.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field (also survey.<key>,
///    employer.<key>, questions[i].<key>); any listed field missing or of the wrong JSON type:
///    invalid / missing|wrong_type; a figure that is neither {"<measure>": number} nor
///    {"suppressed": true}: invalid / invalid.
///  - validate: k invalid / too_short (below limits::kMinimumK); questions[i].type invalid /
///    unknown_value; questions[i].region invalid / invalid (a text question has none);
///    questions[i].id, survey.id, employer.id invalid / missing.
struct Report
{
    QString surveyId;
    QString surveyKind;
    LocalizedText surveyTitle;
    QString employerId;
    QString employerName;
    QString employerRegion;
    int k = 0;
    ReportFigure respondents;
    ReportFigure regionRespondents;
    QList<ReportQuestion> questions;

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<Report> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content: k, question types, a region benchmark only where one belongs.
    std::optional<ProtocolError> validate() const;
};

} // namespace zs
