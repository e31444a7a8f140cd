#pragma once

// Valid data for tests, built on the canonical answers of the built-in surveys
// (app/demo/sampleanswers.h, shared with the demo): the parsed catalog, a valid profile, and
// wire-format submissions for the integration tests.

#include "profile.h"
#include "sampleanswers.h"
#include "surveycatalog.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace zs::test {

/// The catalog of the compiled-in surveys, parsed once.
const SurveyCatalog &catalog();
/// data/surveys/exit.json, the latest version (the one the app sends).
const SurveyDefinition &exitSurvey();
/// data/surveys/retention.json, the latest version (the one the app sends).
const SurveyDefinition &retentionSurvey();

/// A complete profile made of reference ids (sample::profile()).
Profile validProfile();
/// The canonical exit answers with every shown question answered ("maybe", condition, comment).
QJsonObject validExitAnswers();
/// The canonical retention answers with every shown question answered (extra hours asked).
QJsonObject validRetentionAnswers();

/// The canonical required-only exit answers, with these reasons (the last is the main one).
QJsonObject exitAnswers(
    const QStringList &reasons = { QStringLiteral("workload"), QStringLiteral("pay") },
    int enps = 6);
/// The canonical required-only retention answers, with this eNPS score.
QJsonObject retentionAnswers(int enps = 8);

/// A fresh random submission id (lower-case UUID without braces).
QString newSubmissionId();
/// This calendar month as "yyyy-MM".
QString thisPeriod();
/// Strata of a wire submission in the region; employer empty: none named.
QJsonObject strata(
    const QString &employer = {}, const QString &region = QStringLiteral("groningen"));
/// A wire submission (latest version, this month, strata in groningen) with these answers.
QJsonObject submission(const QString &surveyId, const QJsonObject &answers,
    const QString &employer = {}, const QString &id = newSubmissionId());
/// A valid wire submission of the exit survey.
QJsonObject exitSubmission(
    const QString &employer = {}, const QJsonObject &answers = exitAnswers());
/// A valid wire submission of the retention survey.
QJsonObject retentionSubmission(const QString &employer = {});

/// Compact JSON bytes.
QByteArray compact(const QJsonObject &o);
/// The body of a batch upload: {"submissions": items}.
QByteArray batchBody(const QJsonArray &items);

} // namespace zs::test
