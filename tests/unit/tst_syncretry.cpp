// SyncClient and Retry-After (issue 7): on 429 and 503 the next attempt waits what the collector
// asks (still capped) instead of the client's own backoff. A fake QNetworkAccessManager answers;
// nothing goes on the network, and the planned wait is read, never waited for.

#include "anonymiser.h"
#include "appschema.h"
#include "outbox.h"
#include "syncclient.h"
#include "unitsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace zs;
using namespace std::chrono_literals;

namespace {

/// A finished reply with a status, headers and a body, delivered on the next event loop turn.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, int status,
        const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
        QObject *parent)
        : QNetworkReply(parent)
        , m_body(body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::PostOperation);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const auto &[name, value] : headers)
            setRawHeader(name, value);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this] {
            Q_EMIT readyRead();
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

/// Answers every request with the next canned answer (the last one repeats).
class FakeNetwork : public QNetworkAccessManager
{
public:
    struct Answer
    {
        int status;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    QList<Answer> answers;
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        const Answer a = answers.value(std::min<qsizetype>(requests++, answers.size() - 1));
        return new FakeReply(request, a.status, a.headers, a.body, this);
    }
};

QByteArray rateLimited()
{
    return R"({"error":{"code":"rate_limited","message":"too many requests","field":""}})";
}

} // namespace

class TestSyncRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("app-%1.sqlite").arg(++m_counter)), appMigrations());
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
        m_outbox = std::make_unique<Outbox>(*m_db);
        QVERIFY(m_outbox->enqueue(Anonymiser().anonymise(test::exitSurvey(),
            test::validExitAnswers(), test::validProfile(), QDate(2026, 11, 23))));
    }
    void cleanup()
    {
        m_outbox.reset();
        m_db.reset();
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
        FakeNetwork network;
        FakeNetwork::Answer answer { status, {}, rateLimited() };
        if (!retryAfter.isEmpty())
            answer.headers.append({ "Retry-After", retryAfter });
        network.answers = { answer };
        SyncClient client(*m_outbox, &network);
        client.setCollector(QUrl(QStringLiteral("http://collector.invalid")));
        client.setBackoff(Backoff(2s, 5min, 7));
        QSignalSpy finished(&client, &SyncClient::finished);
        client.syncNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(client.state(), SyncClient::State::Waiting);
        QCOMPARE(network.requests, 1);
        QCOMPARE(m_outbox->pendingCount(), 1); // kept, never rejected
        // The retry timer is coarse: Qt may move it up to 5 % later.
        const qint64 wait = client.retryIn();
        QVERIFY2(wait >= atLeastMs && wait <= atMostMs * 105 / 100 + 100,
            qPrintable(QString::number(wait)));
    }

    void parsesBothForms()
    {
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
        // Retry-After: 0 answers a retry at once; the second answer stores the batch.
        FakeNetwork network;
        const QString id = m_outbox->pending(1).first().submissionId;
        const QByteArray ok = "{\"results\":[{\"status\":201,\"receipt\":{\"submissionId\":\""
            + id.toUtf8() + "\"}}]}";
        network.answers = { { 429, { { "Retry-After", "0" } }, rateLimited() }, { 200, {}, ok } };
        SyncClient client(*m_outbox, &network);
        client.setCollector(QUrl(QStringLiteral("http://collector.invalid")));
        QSignalSpy finished(&client, &SyncClient::finished);
        client.syncNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(network.requests, 2);
        QCOMPARE(m_outbox->pendingCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Outbox> m_outbox;
};

QTEST_GUILESS_MAIN(TestSyncRetry)
#include "tst_syncretry.moc"
