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
    return *catalog().find(QStringLiteral("exit"), 1);
}

const SurveyDefinition &retentionSurvey()
{
    return *catalog().find(QStringLiteral("retention"), 1);
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

QJsonObject submission(
    const QString &surveyId, const QJsonObject &answers, const QString &employer, const QString &id)
{
    return { { QStringLiteral("submissionId"), id }, { QStringLiteral("surveyId"), surveyId },
        { QStringLiteral("surveyVersion"), 1 }, { QStringLiteral("period"), thisPeriod() },
        { QStringLiteral("strata"), strata(employer) }, { QStringLiteral("answers"), answers } };
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
