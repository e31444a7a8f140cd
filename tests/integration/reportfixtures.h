#pragma once

// Shared pieces of the report tests (tst_reports, tst_privacy_releases): their base class (a
// collector, reports, posting, cutting), reading a report's scopes and releases, and a noise
// bound for comparing a noisy count with the real one.

#include "collectorprocess.h"
#include "credentials.h"
#include "http.h"
#include "testsupport.h"

#include <QTest>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace zs::test {

/// What both report test classes do against their collector: read a report (JSON or CSV), post
/// a batch that must be stored whole, make credentialed exit responses, and cut releases.
class ReportTestBase : public QObject
{
protected:
    HttpReply get(const QString &pathAndQuery, const QString &token, bool csv = false)
    {
        Http::Headers headers;
        if (!token.isEmpty())
            headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1() });
        if (csv)
            headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv") });
        return m_http.get(m_collector.url(pathAndQuery), headers);
    }
    QJsonObject report(const QString &employer, const QString &token)
    {
        const HttpReply r = get(QStringLiteral("/v1/reports/exit?employer=") + employer, token);
        if (r.status != 200)
            qWarning() << r.describe();
        return r.json();
    }
    /// Posts these submissions in one batch and checks every one is stored.
    void post(const QJsonArray &items)
    {
        const HttpReply r
            = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
        QVERIFY2(r.status == 200, r.describe());
        for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray())
            QVERIFY2(result[QLatin1String("status")].toInt() == 201,
                compact(result.toObject()).constData());
    }
    /// count credentialed exit responses of the employer with this comment prefix.
    QJsonArray credentialed(const QString &employer, int count, const QString &comment)
    {
        QJsonArray items;
        for (int i = 0; i < count; ++i) {
            QJsonObject answers
                = exitAnswers({ QStringLiteral("workload"), QStringLiteral("pay") }, 9);
            answers.insert(QStringLiteral("comment"), comment + QString::number(i));
            items.append(m_credentials.credentialed(exitSubmission(employer, answers)));
            if (!items.last()[QLatin1String("credential")].isObject())
                qWarning() << m_credentials.lastError();
        }
        return items;
    }
    /// `releases cut`: the number of releases it made, -1 on failure.
    int cut()
    {
        const auto r = m_collector.cutReleases();
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return -1;
        }
        return r.out.trimmed().toInt();
    }

    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
};

/// No noise draw this large is expected in a test run (P(|z| > 10) < 3e-5 per count at ε = 1).
constexpr int kNoiseBound = 10;

/// The scope called name in a report; empty when absent.
inline QJsonObject scopeNamed(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &s : report.value(QLatin1String("scopes")).toArray()) {
        if (s[QLatin1String("scope")].toString() == name)
            return s.toObject();
    }
    return {};
}

inline QStringList scopeNames(const QJsonObject &report)
{
    QStringList names;
    for (const QJsonValue &s : report.value(QLatin1String("scopes")).toArray())
        names.append(s[QLatin1String("scope")].toString());
    return names;
}

inline QJsonArray releasesOf(const QJsonObject &report, const QString &scope)
{
    return scopeNamed(report, scope).value(QLatin1String("releases")).toArray();
}

inline int respondents(const QJsonValue &release)
{
    return release[QLatin1String("respondents")][QLatin1String("count")].toInt(-1);
}

inline QJsonObject questionOf(const QJsonValue &release, const QString &id)
{
    for (const QJsonValue &q : release[QLatin1String("questions")].toArray()) {
        if (q[QLatin1String("id")].toString() == id)
            return q.toObject();
    }
    return {};
}

inline int optionCount(const QJsonObject &question, const QString &option)
{
    for (const QJsonValue &o : question.value(QLatin1String("options")).toArray()) {
        if (o[QLatin1String("option")].toString() == option)
            return o[QLatin1String("count")].toInt(-1);
    }
    return -1;
}

inline bool near(int noisy, int real)
{
    return noisy >= std::max(0, real - kNoiseBound) && noisy <= real + kNoiseBound;
}

} // namespace zs::test
