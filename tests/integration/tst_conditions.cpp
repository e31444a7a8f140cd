// Chained conditions against the real collector: a panel round of 40 questions, each shown only
// when the one before it is shown and answered (two comparisons on it), is published and
// answered like any round, and the collector keeps answering other requests. When each
// comparison re-evaluated the visibility of the question it names, checking such a set took
// 2^40 steps and blocked the collector's one thread; every request here has a timeout of a few
// seconds, so that would fail the test instead of hanging it. Rounds over a definition limit
// (app/core/surveydefinition.h) are refused with the field named and store nothing. Each answer
// set carries a member's one-time credential of the round, so a refusal is the chain's doing.
#include "regionalfixtures.h"
#include "surveydefinition.h"

#include <QTest>

using namespace zs::test;

namespace {

constexpr int kChainLength = 40;
constexpr int kRequestTimeoutMs = 5000; ///< generous for one linear check, hopeless for 2^40

const QString kRoundId = QStringLiteral("jongraat-keten");

QString questionId(int i)
{
    return QStringLiteral("q%1").arg(i, 2, 10, QLatin1Char('0'));
}

/// A panel round for jongraat-utrecht of count required scale questions 1–5 in a chain.
QJsonObject chainRound(const QString &id, int count)
{
    QJsonObject round = validRound(id, QStringLiteral("jongraat-utrecht"));
    QJsonArray questions;
    for (int i = 0; i < count; ++i) {
        QJsonObject q { { QStringLiteral("id"), questionId(i) },
            { QStringLiteral("type"), QStringLiteral("scale") },
            { QStringLiteral("text"),
                label(QStringLiteral("Vraag %1").arg(i), QStringLiteral("Question %1").arg(i)) },
            { QStringLiteral("required"), true }, { QStringLiteral("min"), 1 },
            { QStringLiteral("max"), 5 } };
        if (i > 0) {
            const QString previous = questionId(i - 1);
            q.insert(QStringLiteral("showIf"),
                QJsonObject { { QStringLiteral("all"),
                    QJsonArray { QJsonObject { { QStringLiteral("question"), previous },
                                     { QStringLiteral("atLeast"), 1 } },
                        QJsonObject { { QStringLiteral("question"), previous },
                            { QStringLiteral("atMost"), 5 } } } } });
        }
        questions.append(q);
    }
    round.insert(QStringLiteral("questions"), questions);
    return round;
}

/// Answers 3 to the first count questions of the chain.
QJsonObject chainAnswers(int count)
{
    QJsonObject answers;
    for (int i = 0; i < count; ++i)
        answers.insert(questionId(i), 3);
    return answers;
}

} // namespace

class TestConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_utrecht = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY(m_utrecht.startsWith(QLatin1String("zsc_")));
    }

    void aChainedRoundIsPublishedAndAnswered()
    {
        const HttpReply published
            = post(roundsUrl(), compact(chainRound(kRoundId, kChainLength)), bearer(m_utrecht));
        QVERIFY2(published.status == 201, published.describe());
        QVERIFY(surveyIds().contains(kRoundId));

        // Every question answered: the whole chain is shown, and the set is accepted.
        const HttpReply accepted = post(submissionsUrl(), answerSet(chainAnswers(kChainLength)));
        QVERIFY2(m_credentialError.isEmpty(), qPrintable(m_credentialError));
        QVERIFY2(accepted.status == 201, accepted.describe());
        QVERIFY2(health().status == 200, health().describe());

        // The last answer missing: the last question is still shown, so it is required.
        const HttpReply lastMissing
            = post(submissionsUrl(), answerSet(chainAnswers(kChainLength - 1)));
        QVERIFY2(m_credentialError.isEmpty(), qPrintable(m_credentialError));
        QVERIFY2(lastMissing.status == 422, lastMissing.describe());
        QCOMPARE(lastMissing.errorCode(), QStringLiteral("required"));
        QCOMPARE(
            errorField(lastMissing), QStringLiteral("answers.") + questionId(kChainLength - 1));

        // A gap halfway: everything after it is hidden, so its answers are refused as such.
        QJsonObject gap = chainAnswers(kChainLength);
        gap.remove(questionId(kChainLength / 2));
        const HttpReply hidden = post(submissionsUrl(), answerSet(gap));
        QVERIFY2(m_credentialError.isEmpty(), qPrintable(m_credentialError));
        QVERIFY2(hidden.status == 422, hidden.describe());
        QCOMPARE(hidden.errorCode(), QStringLiteral("hidden_question"));
        QCOMPARE(errorField(hidden), QStringLiteral("answers.") + questionId(kChainLength / 2 + 1));

        QVERIFY2(health().status == 200, health().describe());
        QCOMPARE(SqliteFile(m_collector.dbPath())
                     .count(QStringLiteral("submissions"), QStringLiteral("survey_id = ?"),
                         { kRoundId }),
            1);
    }

    void aRoundOverALimitIsRefusedWithItsField_data()
    {
        using namespace zs::surveylimits;
        QTest::addColumn<QJsonObject>("round");
        QTest::addColumn<QString>("field");

        QTest::newRow("too many questions") << chainRound(QStringLiteral("jongraat-lang"),
            kMaxQuestions + 1) << QStringLiteral("questions");

        QJsonObject deep = chainRound(QStringLiteral("jongraat-diep"), 2);
        QJsonValue condition = QJsonObject { { QStringLiteral("question"), questionId(0) },
            { QStringLiteral("atLeast"), 1 } };
        for (int level = kMaxConditionDepth + 1; level >= 1; --level)
            condition = QJsonObject { { QLatin1String(level % 2 ? "all" : "any"),
                QJsonArray { condition } } };
        QJsonArray questions = deep.value(QLatin1String("questions")).toArray();
        QJsonObject second = questions.at(1).toObject();
        second.insert(QStringLiteral("showIf"), condition);
        questions.replace(1, second);
        deep.insert(QStringLiteral("questions"), questions);
        QTest::newRow("nested too deep")
            << deep << QStringLiteral("questions[1].showIf.all[0].any[0].all[0].any");
    }

    void aRoundOverALimitIsRefusedWithItsField()
    {
        QFETCH(QJsonObject, round);
        QFETCH(QString, field);
        const qint64 before
            = SqliteFile(m_collector.dbPath()).count(QStringLiteral("panel_rounds"));
        const HttpReply r = post(roundsUrl(), compact(round), bearer(m_utrecht));
        QVERIFY2(r.status == 422, r.describe());
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_definition"));
        QCOMPARE(errorField(r), field);
        QCOMPARE(SqliteFile(m_collector.dbPath()).count(QStringLiteral("panel_rounds")), before);
        QVERIFY(!surveyIds().contains(round.value(QLatin1String("id")).toString()));
        QVERIFY2(health().status == 200, health().describe());
    }

private:
    QUrl roundsUrl() const
    {
        return m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/rounds"));
    }
    QUrl submissionsUrl() const { return m_collector.url(QStringLiteral("/v1/submissions")); }

    /// A submission to the chained round from a served region (utrecht), with the round's
    /// credential of a new member (m_credentialError says why when there is none).
    QByteArray answerSet(const QJsonObject &answers)
    {
        QJsonObject s = submission(kRoundId, answers);
        s.insert(QStringLiteral("strata"), strata({}, QStringLiteral("utrecht")));
        return compact(fromNewMember(m_http, m_collector, m_credentials,
            QStringLiteral("jongraat-utrecht"), s, &m_credentialError));
    }

    /// One request that gives up after kRequestTimeoutMs without progress (status 0 then).
    HttpReply request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
        const Http::Headers &headers = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(kRequestTimeoutMs);
        if (!body.isEmpty())
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(kRequestTimeoutMs * 2);
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            r.networkError = reply->errorString();
        if (!reply->isFinished()) {
            r.networkError = QStringLiteral("no answer within the timeout");
            reply->abort();
        }
        reply->deleteLater();
        return r;
    }
    HttpReply post(const QUrl &url, const QByteArray &body, const Http::Headers &headers = {})
    {
        return request("POST", url, body, headers);
    }
    HttpReply health() { return request("GET", m_collector.url(QStringLiteral("/v1/health"))); }
    QStringList surveyIds()
    {
        return ids(request("GET", m_collector.url(QStringLiteral("/v1/surveys?region=utrecht")))
                       .json()
                       .value(QLatin1String("surveys"))
                       .toArray());
    }

    CollectorProcess m_collector;
    QNetworkAccessManager m_network;
    Http m_http; ///< for joining and credentials only (no timeout of its own needed)
    CredentialMaker m_credentials { m_collector, m_http };
    QString m_credentialError;
    QString m_utrecht;
};

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
