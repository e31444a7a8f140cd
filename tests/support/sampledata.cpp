#include "sampledata.h"

#include <QDate>
#include <QJsonDocument>
#include <QUuid>

namespace zs::test {

const SurveyCatalog &catalog()
{
    static const SurveyCatalog c = SurveyCatalog::builtIn();
    return c;
}

const SurveyDefinition &exitSurvey()
{
    return *catalog().latest(QStringLiteral("exit"));
}

const SurveyDefinition &retentionSurvey()
{
    return *catalog().latest(QStringLiteral("retention"));
}

Profile validProfile()
{
    return sample::profile();
}

QJsonObject validExitAnswers()
{
    return sample::answersInFull(QStringLiteral("exit"));
}

QJsonObject validRetentionAnswers()
{
    return sample::answersInFull(QStringLiteral("retention"));
}

QJsonObject exitAnswers(const QStringList &reasons, int enps)
{
    sample::ExitAnswers a;
    a.reasons = reasons;
    a.enps = enps;
    return a.toJson();
}

QJsonObject retentionAnswers(int enps)
{
    sample::RetentionAnswers a;
    a.enps = enps;
    return a.toJson();
}

QString newSubmissionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QString thisPeriod()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}

QJsonObject strata(const QString &employer, const QString &region)
{
    QJsonObject s { { QStringLiteral("region"), region },
        { QStringLiteral("branch"), QStringLiteral("vvt") },
        { QStringLiteral("occupation"), QStringLiteral("verzorgende_ig") },
        { QStringLiteral("ageBand"), QStringLiteral("25-34") },
        { QStringLiteral("tenureBand"), QStringLiteral("3-5") } };
    if (!employer.isEmpty())
        s.insert(QStringLiteral("employer"), employer);
    return s;
}

namespace {

/// The version of a built-in survey the app sends now (1 for one the catalog lacks).
int latestVersion(const QString &surveyId)
{
    const SurveyDefinition *def = catalog().latest(surveyId);
    return def ? def->version : 1;
}

} // namespace

QJsonObject submission(
    const QString &surveyId, const QJsonObject &answers, const QString &employer, const QString &id)
{
    return { { QStringLiteral("submissionId"), id }, { QStringLiteral("surveyId"), surveyId },
        { QStringLiteral("surveyVersion"), latestVersion(surveyId) },
        { QStringLiteral("period"), thisPeriod() }, { QStringLiteral("strata"), strata(employer) },
        { QStringLiteral("answers"), answers } };
}

QJsonObject exitSubmission(const QString &employer, const QJsonObject &answers)
{
    return submission(QStringLiteral("exit"), answers, employer);
}

QJsonObject retentionSubmission(const QString &employer)
{
    return submission(QStringLiteral("retention"), retentionAnswers(), employer);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray batchBody(const QJsonArray &items)
{
    return compact({ { QStringLiteral("submissions"), items } });
}

} // namespace zs::test
