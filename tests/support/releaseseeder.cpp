#include "releaseseeder.h"

#include "sampledata.h"

#include <QJsonArray>

namespace zs::test {

namespace {

/// A submission of the employer in its region, for the month.
QJsonObject inRegion(
    QJsonObject submission, const QString &employer, const QString &region, const QString &month)
{
    submission.insert(QStringLiteral("strata"), strata(employer, region));
    submission.insert(QStringLiteral("period"), month);
    return submission;
}

} // namespace

ReleaseSeeder::ReleaseSeeder(CollectorProcess &collector, Http &http)
    : m_collector(collector)
    , m_http(http)
    , m_credentials(collector, http)
{ }

bool ReleaseSeeder::post(const QJsonArray &items)
{
    const HttpReply r
        = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
    if (r.status != 200) {
        m_error = QString::fromUtf8(r.describe());
        return false;
    }
    for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray()) {
        if (result[QLatin1String("status")].toInt() != 201) {
            m_error = QString::fromUtf8(compact(result.toObject()));
            return false;
        }
    }
    return true;
}

bool ReleaseSeeder::exitResponses(const QString &employer, const QString &region, int count,
    const QString &month, const QString &commentPrefix)
{
    // Workload for everyone, pay for two in three, development for one in three: the bars and
    // the national themes come out in a clear order.
    const QStringList destinations = { QStringLiteral("same_branch"),
        QStringLiteral("outside_care"), QStringLiteral("other_branch") };
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QStringList reasons { QStringLiteral("workload") };
        reasons.append(i % 3 == 2 ? QStringLiteral("development") : QStringLiteral("pay"));
        QJsonObject answers = exitAnswers(reasons, i % 4 == 0 ? 9 : 6);
        answers.insert(QStringLiteral("destination"), destinations.at(i % 3));
        answers.insert(
            QStringLiteral("would_return"), i % 2 ? QStringLiteral("yes") : QStringLiteral("no"));
        answers.insert(QStringLiteral("comment"), commentPrefix + QString::number(i + 1));
        QJsonObject s = m_credentials.credentialed(inRegion(
            submission(QStringLiteral("exit"), answers, employer), employer, region, month));
        if (!s.contains(QLatin1String("credential"))) {
            m_error = m_credentials.lastError();
            return false;
        }
        items.append(s);
    }
    return post(items);
}

bool ReleaseSeeder::openExitResponses(
    const QString &region, int count, const QString &month, const QString &commentPrefix)
{
    // Development for everyone: the open picture differs from the verified one at a glance.
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject answers = exitAnswers({ QStringLiteral("development") }, 7);
        answers.insert(QStringLiteral("comment"), commentPrefix + QString::number(i + 1));
        items.append(inRegion(submission(QStringLiteral("exit"), answers), {}, region, month));
    }
    return post(items);
}

bool ReleaseSeeder::retentionResponses(const QString &employer, const QString &region, int count,
    const QString &month, const QString &commentPrefix)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject answers = retentionAnswers(i % 2 ? 8 : 10);
        // Team and development score high, workload low: agreement differs per statement.
        QJsonObject themes = answers.value(QLatin1String("themes")).toObject();
        themes.insert(QStringLiteral("team"), i % 5 == 0 ? 3 : 5);
        themes.insert(QStringLiteral("development"), i % 2 ? 4 : 2);
        themes.insert(QStringLiteral("workload"), i % 4 == 0 ? 4 : 2);
        answers.insert(QStringLiteral("themes"), themes);
        answers.insert(QStringLiteral("stay_drivers"),
            QJsonArray { QStringLiteral("team"),
                i % 3 ? QStringLiteral("workload") : QStringLiteral("development") });
        answers.insert(QStringLiteral("intent_to_leave"),
            i % 4 == 0 ? QStringLiteral("thinking") : QStringLiteral("no"));
        answers.insert(QStringLiteral("comment"), commentPrefix + QString::number(i + 1));
        QJsonObject s = m_credentials.credentialed(inRegion(
            submission(QStringLiteral("retention"), answers, employer), employer, region, month));
        if (!s.contains(QLatin1String("credential"))) {
            m_error = m_credentials.lastError();
            return false;
        }
        items.append(s);
    }
    return post(items);
}

int ReleaseSeeder::cut()
{
    const auto r = m_collector.cutReleases();
    if (r.exitCode != 0) {
        m_error = QString::fromUtf8(r.err);
        return -1;
    }
    return r.out.trimmed().toInt();
}

} // namespace zs::test
