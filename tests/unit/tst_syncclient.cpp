// SyncClient against a fake network (tests/support/fakenetwork.h) with a real Outbox on a
// temporary app database: receipts on success, transient failures (timeout, 5xx, 408/429,
// offline) retried with backoff, 413 halving the batch, permanent refusals kept and shown, and
// one drain at a time (DESIGN §6).
#include "anonymiser.h"
#include "fakenetwork.h"
#include "outbox.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace zs;
using test::FakeNetwork;
using test::FakeResponse;
using test::RecordedRequest;

namespace {

/// The ids of the submissions in a batch upload body.
QStringList batchIds(const RecordedRequest &request)
{
    QStringList ids;
    for (const QJsonValue &s : request.json().value(QLatin1String("submissions")).toArray())
        ids.append(s[QLatin1String("submissionId")].toString());
    return ids;
}

/// The collector accepting every submission of a batch (201 and a receipt for each).
FakeResponse acceptAll(const RecordedRequest &request)
{
    QJsonArray results;
    for (const QString &id : batchIds(request))
        results.append(QJsonObject { { QStringLiteral("status"), 201 },
            { QStringLiteral("receipt"),
                QJsonObject { { QStringLiteral("submissionId"), id } } } });
    return FakeResponse::json(200, { { QStringLiteral("results"), results } });
}

/// What SyncClient reported at the moment it emitted finished().
struct Outcome
{
    bool ok = false;
    SyncClient::State state = SyncClient::State::Idle;
    qint64 retryIn = 0;
    int failures = 0;
};

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_app = std::make_unique<test::TempAppDatabase>();
        QVERIFY2(m_app->isOpen(), qPrintable(m_app->errorString()));
        m_outbox = std::make_unique<Outbox>(m_app->db());
        m_network = std::make_unique<FakeNetwork>();
        m_network->setResponder(acceptAll);
        m_sync = std::make_unique<SyncClient>(*m_outbox, m_network.get());
        m_sync->setCollector(QUrl(QStringLiteral("https://collector.test")));
        m_sync->setBackoff(
            Backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(80), 1));
        m_outcomes.clear();
        connect(m_sync.get(), &SyncClient::finished, this, [this](bool ok) {
            m_outcomes.append(
                { ok, m_sync->state(), m_sync->retryIn(), m_sync->consecutiveFailures() });
        });
    }

    void cleanup()
    {
        m_sync.reset();
        m_network.reset();
        m_outbox.reset();
        m_app.reset();
    }

    void successRemovesItemsAndKeepsReceipts()
    {
        const QStringList ids = enqueue(3);
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(m_outcomes.first().ok);
        QCOMPARE(m_outcomes.first().state, SyncClient::State::Idle);
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejectedCount(), 0);
        QCOMPARE(m_outbox->receipts().size(), 3);
        QCOMPARE(m_network->requestCount(), 1);
        const RecordedRequest &r = m_network->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url, QUrl(QStringLiteral("https://collector.test/v1/submissions")));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(r.transferTimeout > 0);
        const QVariant policy = r.request.attribute(QNetworkRequest::RedirectPolicyAttribute);
        QVERIFY(policy.isValid()); // Manual is 0: an unset attribute would read as Manual
        QCOMPARE(policy.toInt(), int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(batchIds(r), ids);
        QVERIFY(m_sync->lastSuccess().isValid());
        QCOMPARE(m_sync->consecutiveFailures(), 0);
    }

    void aTimeoutIsTransientAndRetriedWithBackoff()
    {
        m_sync->setTimeout(std::chrono::milliseconds(50));
        enqueue(2);
        m_network->enqueue(FakeResponse::silence()); // the first request never gets an answer
        m_network->enqueue(FakeResponse::silence());
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 3, kWait);
        for (int i = 0; i < 2; ++i) {
            const Outcome &o = m_outcomes.at(i);
            QVERIFY(!o.ok);
            QCOMPARE(o.state, SyncClient::State::Waiting);
            QCOMPARE(o.failures, i + 1);
            // A retry is planned, never later than the backoff's cap.
            QVERIFY2(o.retryIn > 0 && o.retryIn <= 80, qPrintable(QString::number(o.retryIn)));
        }
        QVERIFY(m_outcomes.at(2).ok);
        QCOMPARE(m_network->requestCount(), 3);
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejectedCount(), 0);
        QCOMPARE(m_outbox->receipts().size(), 2);
        QCOMPARE(m_sync->consecutiveFailures(), 0);
    }

    void tooLargeHalvesTheBatchAndTheNextBatchesSucceed()
    {
        m_sync->setBatchSize(4);
        const QStringList ids = enqueue(4);
        m_network->enqueue(FakeResponse::problem(
            413, QStringLiteral("too_large"), QStringLiteral("The body is too large")));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(m_outcomes.first().ok);
        QCOMPARE(m_network->requestCount(), 3);
        QCOMPARE(batchIds(m_network->requests().at(0)), ids);
        QCOMPARE(batchIds(m_network->requests().at(1)), ids.mid(0, 2));
        QCOMPARE(batchIds(m_network->requests().at(2)), ids.mid(2, 2));
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejectedCount(), 0);
        QCOMPARE(m_outbox->receipts().size(), 4);
    }

    void aSingleSubmissionTooLargeIsRejected()
    {
        // Nothing left to halve: the collector will never take it, so it is kept and shown.
        enqueue(1);
        m_network->enqueue(FakeResponse::problem(
            413, QStringLiteral("too_large"), QStringLiteral("The body is too large")));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QCOMPARE(m_network->requestCount(), 1);
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejectedCount(), 1);
        QCOMPARE(m_outbox->rejected().first().error, QStringLiteral("The body is too large"));
    }

    void transientStatusesAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("408 request timeout") << 408;
        QTest::newRow("429 too many requests") << 429;
    }

    void transientStatusesAreRetried()
    {
        QFETCH(int, status);
        enqueue(2);
        m_network->enqueue(FakeResponse::problem(
            status, QStringLiteral("unavailable"), QStringLiteral("Try again later")));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 2, kWait);
        QVERIFY(!m_outcomes.at(0).ok);
        QCOMPARE(m_outcomes.at(0).state, SyncClient::State::Waiting);
        QVERIFY(m_outcomes.at(0).retryIn > 0);
        QVERIFY(m_outcomes.at(1).ok);
        QCOMPARE(m_network->requestCount(), 2);
        QCOMPARE(batchIds(m_network->requests().at(1)), batchIds(m_network->requests().at(0)));
        QCOMPARE(m_outbox->rejectedCount(), 0);
        QCOMPARE(m_outbox->receipts().size(), 2);
    }

    void permanentRefusalsAreKeptAndShown_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("404") << 404;
        QTest::newRow("409") << 409;
        QTest::newRow("415") << 415;
        QTest::newRow("422") << 422;
    }

    void permanentRefusalsAreKeptAndShown()
    {
        QFETCH(int, status);
        enqueue(2);
        const QString message = QStringLiteral("This survey version is not known");
        m_network->enqueue(FakeResponse::problem(status, QStringLiteral("refused"), message));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QCOMPARE(m_network->requestCount(), 1); // never retried
        QCOMPARE(m_outbox->pendingCount(), 0);
        const QList<OutboxItem> rejected = m_outbox->rejected();
        QCOMPARE(rejected.size(), 2);
        for (const OutboxItem &item : rejected)
            QCOMPARE(item.error, message);
        QCOMPARE(m_sync->lastError(), message);
        QVERIFY(m_outbox->receipts().isEmpty());
        QVERIFY(!m_sync->retryIn());
    }

    void aRefusedItemInABatchIsKeptTheOthersAcknowledged()
    {
        const QStringList ids = enqueue(2);
        m_network->setResponder([](const RecordedRequest &request) {
            const QStringList sent = batchIds(request);
            return FakeResponse::json(200,
                { { QStringLiteral("results"),
                    QJsonArray { QJsonObject { { QStringLiteral("status"), 201 },
                                     { QStringLiteral("receipt"),
                                         QJsonObject { { QStringLiteral("submissionId"),
                                             sent.value(0) } } } },
                        QJsonObject { { QStringLiteral("status"), 422 },
                            { QStringLiteral("error"),
                                QJsonObject { { QStringLiteral("code"), QStringLiteral("invalid") },
                                    { QStringLiteral("message"),
                                        QStringLiteral("enps is out of range") },
                                    { QStringLiteral("field"),
                                        QStringLiteral("answers.enps") } } } } } } });
        });
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(m_outcomes.first().ok);
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->receipts().size(), 1);
        const QList<OutboxItem> rejected = m_outbox->rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().submissionId, ids.at(1));
        QCOMPARE(rejected.first().error, QStringLiteral("enps is out of range"));
        QCOMPARE(m_sync->lastError(), QStringLiteral("enps is out of range"));
    }

    void aBusyItemInABatchIsRetriedTheOthersAcknowledged()
    {
        // The collector stored the first item but could not store the second yet (503 inside
        // a 200 batch answer): the first gets its receipt, the second is sent again later.
        const QStringList ids = enqueue(2);
        int calls = 0;
        m_network->setResponder([&calls](const RecordedRequest &request) {
            if (calls++ > 0)
                return acceptAll(request);
            const QStringList sent = batchIds(request);
            return FakeResponse::json(200,
                { { QStringLiteral("results"),
                    QJsonArray { QJsonObject { { QStringLiteral("status"), 201 },
                                     { QStringLiteral("receipt"),
                                         QJsonObject { { QStringLiteral("submissionId"),
                                             sent.value(0) } } } },
                        QJsonObject { { QStringLiteral("status"), 503 } } } } });
        });
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 2, kWait);
        QVERIFY(!m_outcomes.at(0).ok);
        QCOMPARE(m_outcomes.at(0).state, SyncClient::State::Waiting);
        QVERIFY(m_outcomes.at(1).ok);
        QCOMPARE(m_network->requestCount(), 2);
        QCOMPARE(batchIds(m_network->requests().at(1)), QStringList { ids.at(1) });
        QCOMPARE(m_outbox->receipts().size(), 2);
        QCOMPARE(m_outbox->rejectedCount(), 0);
    }

    void aReceiptForAnotherIdIsNotTakenAsSent()
    {
        // A collector fault must not delete answers nor loop for ever: the item is refused.
        enqueue(1);
        m_network->setResponder([](const RecordedRequest &) {
            return FakeResponse::json(200,
                { { QStringLiteral("results"),
                    QJsonArray { QJsonObject { { QStringLiteral("status"), 201 },
                        { QStringLiteral("receipt"),
                            QJsonObject { { QStringLiteral("submissionId"),
                                QStringLiteral("someone-else") } } } } } } });
        });
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QCOMPARE(m_network->requestCount(), 1);
        QVERIFY(m_outbox->receipts().isEmpty());
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejectedCount(), 1);
    }

    void aMalformedSuccessIsTransient()
    {
        // 200 with fewer results than submissions: nothing is taken as sent; sent again later.
        enqueue(2);
        m_network->enqueue(
            FakeResponse::json(200, { { QStringLiteral("results"), QJsonArray {} } }));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 2, kWait);
        QVERIFY(!m_outcomes.at(0).ok);
        QVERIFY(m_outcomes.at(1).ok);
        QCOMPARE(m_outbox->receipts().size(), 2);
        QCOMPARE(m_outbox->rejectedCount(), 0);
    }

    void offlineIsRetried_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("connection refused") << int(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError);
        QTest::newRow("network down") << int(QNetworkReply::NetworkSessionFailedError);
    }

    void offlineIsRetried()
    {
        QFETCH(int, error);
        enqueue(1);
        m_network->enqueue(FakeResponse::networkError(QNetworkReply::NetworkError(error)));
        m_network->enqueue(FakeResponse::networkError(QNetworkReply::NetworkError(error)));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 3, kWait);
        QVERIFY(!m_outcomes.at(0).ok);
        QVERIFY(!m_outcomes.at(1).ok);
        QCOMPARE(m_outcomes.at(1).failures, 2);
        QCOMPARE(m_outcomes.at(1).state, SyncClient::State::Waiting);
        QVERIFY(m_outcomes.at(2).ok);
        QCOMPARE(m_network->requestCount(), 3);
        QCOMPARE(m_outbox->rejectedCount(), 0);
        QCOMPARE(m_outbox->receipts().size(), 1);
        QCOMPARE(m_sync->consecutiveFailures(), 0);
    }

    void offlineShowsTheErrorAndKeepsTheItems()
    {
        enqueue(2);
        m_network->setResponder(
            [](const RecordedRequest &) { return FakeResponse::networkError(); });
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(!m_outcomes.first().ok);
        QVERIFY(!m_sync->lastError().isEmpty());
        QCOMPARE(m_outbox->pendingCount(), 2);
        QCOMPARE(m_outbox->rejectedCount(), 0);
        const QList<OutboxItem> pending = m_outbox->pending(10);
        for (const OutboxItem &item : pending)
            QCOMPARE(item.attempts, 1);
    }

    void oneDrainAtATime()
    {
        enqueue(2);
        m_network->setResponder([](const RecordedRequest &request) {
            FakeResponse r = acceptAll(request);
            r.delay = std::chrono::milliseconds(50);
            return r;
        });
        QSignalSpy state(m_sync.get(), &SyncClient::stateChanged);
        m_sync->syncNow();
        QCOMPARE(m_sync->state(), SyncClient::State::Sending);
        m_sync->syncNow();
        m_sync->syncNow();
        QCOMPARE(m_network->requestCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(m_outcomes.first().ok);
        QCOMPARE(m_network->requestCount(), 1);
        QCOMPARE(m_network->maxOpenReplies(), 1);
        QCOMPARE(m_outbox->receipts().size(), 2);
        QCOMPARE(state.size(), 2); // Idle -> Sending -> Idle
    }

    void syncNowCancelsAPlannedRetry()
    {
        // A long backoff: only syncNow() can bring the retry forward.
        m_sync->setBackoff(Backoff(std::chrono::minutes(5), std::chrono::minutes(10), 1));
        enqueue(1);
        m_network->enqueue(FakeResponse::networkError());
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(m_sync->retryIn() > 0);
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 2, kWait);
        QVERIFY(m_outcomes.at(1).ok);
        QCOMPARE(m_sync->retryIn(), 0);
        QCOMPARE(m_network->requestCount(), 2);
    }

    void honoursRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("atLeastMs");
        QTest::addColumn<qint64>("atMostMs");
        // Backoff(2 s, cap 5 min): the client alone would wait at most 2 s on the first retry.
        QTest::newRow("429 seconds")
            << 429 << QByteArray("120") << qint64(100000) << qint64(120000);
        QTest::newRow("503 seconds") << 503 << QByteArray("30") << qint64(20000) << qint64(30000);
        QTest::newRow("capped") << 429 << QByteArray("86400") << qint64(280000) << qint64(300000);
        QTest::newRow("no header: own backoff") << 503 << QByteArray() << qint64(0) << qint64(2000);
        QTest::newRow("not valid: own backoff")
            << 429 << QByteArray("soon") << qint64(0) << qint64(2000);
        QTest::newRow("500 ignores it") << 500 << QByteArray("120") << qint64(0) << qint64(2000);
    }

    void honoursRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, atLeastMs);
        QFETCH(qint64, atMostMs);
        enqueue(1);
        FakeResponse answer = FakeResponse::problem(
            status, QStringLiteral("rate_limited"), QStringLiteral("later"));
        if (!retryAfter.isEmpty())
            answer.headers.append({ "Retry-After", retryAfter });
        m_network->enqueue(answer);
        m_sync->setBackoff(Backoff(std::chrono::seconds(2), std::chrono::minutes(5), 7));
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, 5000);
        QCOMPARE(m_outcomes.at(0).ok, false);
        QCOMPARE(m_outcomes.at(0).state, SyncClient::State::Waiting);
        QCOMPARE(m_network->requests().size(), 1);
        QCOMPARE(m_outbox->pendingCount(), 1); // kept, never rejected
        // The retry timer is coarse: Qt may move it up to 5 % later.
        const qint64 wait = m_outcomes.at(0).retryIn;
        QVERIFY2(wait >= atLeastMs && wait <= atMostMs * 105 / 100 + 100,
            qPrintable(QString::number(wait)));
    }

    void retryAfterParsesBothForms()
    {
        using namespace std::chrono_literals;
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(SyncClient::retryAfter("0", now), std::optional(0ms));
        QCOMPARE(SyncClient::retryAfter(" 7 ", now), std::optional(7000ms));
        QCOMPARE(
            SyncClient::retryAfter("Tue, 01 Dec 2026 12:01:30 GMT", now), std::optional(90000ms));
        QCOMPARE(SyncClient::retryAfter("Tue, 01 Dec 2026 11:00:00 GMT", now), std::optional(0ms));
        QCOMPARE(SyncClient::retryAfter("-3", now), std::nullopt);
        QCOMPARE(SyncClient::retryAfter("9223372036854775807", now), std::optional(86400000ms));
        QCOMPARE(SyncClient::retryAfter("", now), std::nullopt);
        QCOMPARE(SyncClient::retryAfter("later", now), std::nullopt);
    }

    void retriesAfterTheWaitAndSucceeds()
    {
        // Retry-After: 0 asks for a retry at once; the second answer stores the batch.
        enqueue(1);
        FakeResponse busy
            = FakeResponse::problem(429, QStringLiteral("rate_limited"), QStringLiteral("later"));
        busy.headers.append({ QByteArray("Retry-After"), QByteArray("0") });
        m_network->enqueue(busy);
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 2, 5000);
        QCOMPARE(m_outcomes.at(0).ok, false);
        QCOMPARE(m_outcomes.at(1).ok, true);
        QCOMPARE(m_network->requests().size(), 2);
        QCOMPARE(m_outbox->pendingCount(), 0);
    }

    void aCollectorPathPrefixIsKept()
    {
        m_sync->setCollector(QUrl(QStringLiteral("https://example.org/zorgstem/")));
        enqueue(1);
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QCOMPARE(m_network->requests().first().url,
            QUrl(QStringLiteral("https://example.org/zorgstem/v1/submissions")));
    }

    void noCollectorIsATransientFailure()
    {
        m_sync->setCollector(QUrl());
        enqueue(1);
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outcomes.size(), 1, kWait);
        QVERIFY(!m_outcomes.first().ok);
        QCOMPARE(m_network->requestCount(), 0);
        QCOMPARE(m_outbox->pendingCount(), 1);
    }

private:
    static constexpr int kWait = 5000; // a bound, never a measured duration

    /// Queues n canonical exit submissions; returns their ids in queue order.
    QStringList enqueue(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            const Submission s = Anonymiser().anonymise(test::exitSurvey(),
                test::validExitAnswers(), test::validProfile(), QDate(2026, 11, 23));
            if (!m_outbox->enqueue(s))
                return {};
            ids.append(s.submissionId);
        }
        return ids;
    }

    std::unique_ptr<test::TempAppDatabase> m_app;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<SyncClient> m_sync;
    QList<Outcome> m_outcomes;
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
