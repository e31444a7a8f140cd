// The collector's own listener against a hostile or unlucky client: bodies announced far over
// the limit, huge headers, conflicting framing, slowloris, a thousand idle connections, and a
// SIGTERM in the middle of an upload. Malformed requests go over raw sockets.

#include "collectorchild.h"
#include "collectorprocess.h"
#include "testsupport.h"

#include <QTest>
#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace zs::test;

class TestListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bodyOverTheLimitIsRefusedUnread_data();
    void bodyOverTheLimitIsRefusedUnread();
    void hugeHeaderLineIs431();
    void tooManyHeadersIs431();
    void conflictingFramingIs400_data();
    void conflictingFramingIs400();
    void chunkedBodyIsCutOffAtTheLimit();
    void pipelinedRequestsAreStillServed();
    void slowlorisIsClosedAfterTheHeaderTimeout();
    void thousandIdleConnectionsDoNotStopHealth();
    void overTheCapNewConnectionsWait();
    void sigtermFinishesTheBatchInFlight();

private:
    static QByteArray head(const QByteArray &extra)
    {
        return "POST /v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               "Content-Type: application/json\r\n"
            + extra + "\r\n";
    }
    static QString errorCode(const RawExchange &r)
    {
        return QJsonDocument::fromJson(r.body())
            .object()
            .value(QLatin1String("error"))[QLatin1String("code")]
            .toString();
    }
    bool healthy(CollectorChild &c)
    {
        return m_http.get(c.url(QStringLiteral("/v1/health"))).status == 200;
    }

    CollectorChild m_collector;
    Http m_http;
};

void TestListener::initTestCase()
{
    QVERIFY2(m_collector.start(CollectorProcess::executable(),
                 { QStringLiteral("--header-timeout"), QStringLiteral("1") }),
        qPrintable(m_collector.lastError()));
    QVERIFY(healthy(m_collector));
}

void TestListener::bodyOverTheLimitIsRefusedUnread_data()
{
    QTest::addColumn<qint64>("announced");
    QTest::newRow("50 MB") << qint64(50) * 1024 * 1024;
    QTest::newRow("500 MB") << qint64(500) * 1024 * 1024;
}

void TestListener::bodyOverTheLimitIsRefusedUnread()
{
    QFETCH(qint64, announced);
    const qint64 before = m_collector.residentKb();
    QVERIFY(before > 0);
    // Only the head and a little of the body are sent: the answer must not wait for the rest.
    const RawExchange r = rawExchange(m_collector.port(),
        head("Content-Length: " + QByteArray::number(announced) + "\r\n") + QByteArray(4096, '{'));
    QCOMPARE(r.status(), 413);
    QCOMPARE(errorCode(r), QStringLiteral("too_large"));
    QVERIFY2(r.closedByPeer, "the collector closes after refusing the body");
    const qint64 after = m_collector.residentKb();
    QVERIFY2(after - before < qint64(10) * 1024,
        qPrintable(QStringLiteral("resident memory grew by %1 kB").arg(after - before)));
    QVERIFY(healthy(m_collector));
}

void TestListener::hugeHeaderLineIs431()
{
    const RawExchange r = rawExchange(m_collector.port(),
        "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: "
            + QByteArray(qsizetype(64) * 1024, 'a') + "\r\n\r\n");
    QCOMPARE(r.status(), 431);
    QCOMPARE(errorCode(r), QStringLiteral("headers_too_large"));
    QVERIFY(r.closedByPeer);
    QVERIFY(healthy(m_collector));
}

void TestListener::tooManyHeadersIs431()
{
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += "X-H" + QByteArray::number(i) + ": 1\r\n";
    const RawExchange r
        = rawExchange(m_collector.port(), "GET /v1/health HTTP/1.1\r\n" + many + "\r\n");
    QCOMPARE(r.status(), 431);
    QCOMPARE(errorCode(r), QStringLiteral("too_many_headers"));
}

void TestListener::conflictingFramingIs400_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<QString>("code");
    QTest::newRow("two lengths") << QByteArray("Content-Length: 2\r\nContent-Length: 20\r\n")
                                 << QStringLiteral("conflicting_framing");
    QTest::newRow("length and chunked")
        << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n")
        << QStringLiteral("conflicting_framing");
    QTest::newRow("not a number") << QByteArray("Content-Length: 2x\r\n")
                                  << QStringLiteral("malformed_header");
    QTest::newRow("unknown coding")
        << QByteArray("Transfer-Encoding: gzip\r\n") << QStringLiteral("unsupported_framing");
}

void TestListener::conflictingFramingIs400()
{
    QFETCH(QByteArray, framing);
    QFETCH(QString, code);
    const qint64 storedBefore = storedSubmissions(m_collector.dbPath());
    const RawExchange r = rawExchange(m_collector.port(), head(framing) + "{}");
    QCOMPARE(r.status(), 400);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(storedSubmissions(m_collector.dbPath()), storedBefore);
}

void TestListener::chunkedBodyIsCutOffAtTheLimit()
{
    // 2 MB chunks: the third passes the 4 MB limit; it is refused at its size line.
    QByteArray bytes = head("Transfer-Encoding: chunked\r\n");
    for (int i = 0; i < 2; ++i)
        bytes += "200000\r\n" + QByteArray(0x200000, ' ') + "\r\n";
    bytes += "200000\r\n";
    const RawExchange r = rawExchange(m_collector.port(), bytes);
    QCOMPARE(r.status(), 413);
    QVERIFY(r.closedByPeer);
    // A small chunked body is judged like any other.
    const QByteArray body = compact(exitSubmission());
    const RawExchange ok = rawExchange(m_collector.port(),
        head("Transfer-Encoding: chunked\r\nConnection: close\r\n")
            + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n",
        3000);
    QCOMPARE(ok.status(), 201);
}

void TestListener::pipelinedRequestsAreStillServed()
{
    // Two requests in one write: the gate follows the stream so the second is judged too.
    const QByteArray get = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const RawExchange r
        = rawExchange(m_collector.port(), head("Content-Length: 2\r\n") + "{}" + get, 1500);
    QCOMPARE(r.answer.count("HTTP/1.1 "), 2);
    QVERIFY(r.answer.contains("\"status\":\"ok\""));
}

void TestListener::slowlorisIsClosedAfterTheHeaderTimeout()
{
    // One byte per 200 ms: the 1 s header timeout ends it long before the head is complete.
    const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
        + QByteArray(60, 'a') + "\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_collector.port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray answer;
    qsizetype sent = 0;
    while (sent < request.size() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.write(request.mid(sent, 1));
        ++sent;
        socket.waitForBytesWritten(200);
        QTest::qWait(200);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QVERIFY2(sent < request.size(), "the collector let a slowloris finish its head");
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(healthy(m_collector));
}

void TestListener::thousandIdleConnectionsDoNotStopHealth()
{
    // Our own descriptors too: 1,100 sockets need more than the usual soft limit of 1,024.
    struct rlimit limit
    {
    };
    QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < 1400)
        QSKIP("the hard open-file limit is below 1,400: cannot open 1,100 sockets here");
    limit.rlim_cur = limit.rlim_max;
    QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 1100; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QStringLiteral("127.0.0.1"), m_collector.port());
    }
    const QDeadlineTimer deadline(20000);
    int connected = 0;
    while (!deadline.hasExpired()) {
        connected = int(std::count_if(idle.begin(), idle.end(),
            [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }));
        if (connected == int(idle.size()))
            break;
        QTest::qWait(50);
    }
    QCOMPARE(connected, 1100);
    const HttpReply health = m_http.get(m_collector.url(QStringLiteral("/v1/health")));
    QVERIFY2(health.status == 200, health.describe().constData());
    idle.clear();
    QVERIFY(healthy(m_collector));
}

void TestListener::overTheCapNewConnectionsWait()
{
    // At the cap a new client waits in the backlog and is served once an idle one is closed.
    CollectorChild small;
    QVERIFY2(small.start(CollectorProcess::executable(),
                 { QStringLiteral("--max-connections"), QStringLiteral("4"),
                     QStringLiteral("--idle-timeout"), QStringLiteral("1") }),
        qPrintable(small.lastError()));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 8; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QStringLiteral("127.0.0.1"), small.port());
        QVERIFY(idle.back()->waitForConnected(5000));
    }
    const HttpReply health = m_http.get(small.url(QStringLiteral("/v1/health")));
    QVERIFY2(health.status == 200, health.describe().constData());
}

void TestListener::sigtermFinishesTheBatchInFlight()
{
    CollectorChild c;
    QVERIFY2(c.start(CollectorProcess::executable()), qPrintable(c.lastError()));
    QJsonArray items;
    for (int i = 0; i < 40; ++i)
        items.append(exitSubmission());
    const QByteArray body = batchBody(items);
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), c.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(head("Content-Length: " + QByteArray::number(body.size()) + "\r\n")
        + body.left(body.size() / 2));
    QVERIFY(socket.waitForBytesWritten(5000));
    QTest::qWait(300);
    QVERIFY(::kill(pid_t(c.pid()), SIGTERM) == 0);
    QTest::qWait(300);
    // The collector is stopping but still owes this client its answer.
    socket.write(body.mid(body.size() / 2));
    QByteArray answer;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && !answer.contains("\"results\"")) {
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(300).constData());
    QVERIFY(c.process().waitForFinished(15000));
    QCOMPARE(c.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(c.process().exitCode(), 0);
    QCOMPARE(storedSubmissions(c.dbPath()), qint64(40));
    // The WAL was checkpointed into the main file.
    QCOMPARE(QFileInfo(c.dbPath() + QStringLiteral("-wal")).size() > 0, false);
}

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
