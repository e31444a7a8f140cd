// Several collector processes on one PostgreSQL store (issue 12), behind each other's backs:
// every acknowledged (201) submission is stored exactly once, also when one collector is killed
// with SIGKILL in the middle of a load and the clients send everything again; two release cuts
// at once make one release; processes that start at once on a fresh database migrate it once.
// Registered only as tst_sharedstore_postgresql: an SQLite file has one serving collector
// (its lock file, tst_health).

#include "collectorprocess.h"
#include "teststore.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zs::test;

namespace {

/// Submissions sent as single POSTs, kMaxInFlight at a time, spread over the collectors.
constexpr int kSubmissions = 240;
constexpr int kMaxInFlight = 16;
/// Replies after which the second collector is killed (requests to it are then in flight).
constexpr int kKillAfterReplies = 80;
/// The latest schema version of the collector's store (collectorstore.cpp).
constexpr int kCollectorSchema = 6;

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acknowledgedSubmissionsAreStoredOnceAcrossAKilledCollector();
    void twoCutsAtOnceMakeOneRelease();
    void processesStartingAtOnceMigrateOnce();

private:
    /// Posts every body once, alternating between the collectors that are still up; kill is
    /// called once after kKillAfterReplies replies. The HTTP status per submission id (0: no
    /// answer, the connection went with the collector).
    QHash<QString, int> load(const QList<QJsonObject> &bodies,
        const QList<CollectorProcess *> &collectors, const std::function<void()> &kill);
    qint64 storedWithId(const QString &location, const QString &id) const
    {
        return SqliteFile(location).count(
            QStringLiteral("submissions"), QStringLiteral("submission_id = ?"), { id });
    }
};

void TestSharedStore::initTestCase()
{
    QVERIFY2(usePostgres(), "tst_sharedstore is the PostgreSQL variant only");
}

QHash<QString, int> TestSharedStore::load(const QList<QJsonObject> &bodies,
    const QList<CollectorProcess *> &collectors, const std::function<void()> &kill)
{
    QNetworkAccessManager network;
    QHash<QString, int> statuses;
    int sent = 0;
    int inFlight = 0;
    int replies = 0;
    bool killed = false;
    QEventLoop loop;
    std::function<void()> sendMore;
    sendMore = [&] {
        while (inFlight < kMaxInFlight && sent < bodies.size()) {
            const QJsonObject body = bodies.at(sent);
            CollectorProcess *to = collectors.at(sent % collectors.size());
            ++sent;
            QNetworkRequest request(to->url(QStringLiteral("/v1/submissions")));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(60000);
            QNetworkReply *reply = network.post(request, compact(body));
            ++inFlight;
            const QString id = body.value(QLatin1String("submissionId")).toString();
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, id] {
                statuses.insert(
                    id, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                reply->deleteLater();
                --inFlight;
                if (++replies == kKillAfterReplies && !killed) {
                    killed = true;
                    kill();
                }
                if (sent == bodies.size() && inFlight == 0)
                    loop.quit();
                else
                    sendMore();
            });
        }
    };
    sendMore();
    loop.exec();
    return statuses;
}

void TestSharedStore::acknowledgedSubmissionsAreStoredOnceAcrossAKilledCollector()
{
    CollectorProcess first;
    CollectorProcess second(first.dbPath());
    const QStringList options { QStringLiteral("--rate-limits"), QStringLiteral("off") };
    QVERIFY2(first.start(options), qPrintable(first.lastError()));
    QVERIFY2(second.start(options), qPrintable(second.lastError()));

    QList<QJsonObject> bodies;
    for (int i = 0; i < kSubmissions; ++i)
        bodies.append(i % 2 ? exitSubmission() : retentionSubmission());
    const QHash<QString, int> statuses
        = load(bodies, { &first, &second }, [&second] { second.kill(); });
    QVERIFY(!second.isRunning());

    int acknowledged = 0;
    int unanswered = 0;
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        if (it.value() == 201) {
            ++acknowledged;
            QCOMPARE(storedWithId(first.dbPath(), it.key()), 1);
        } else {
            // No answer: the collector died first, or after it stored (then a replay is 200).
            QVERIFY2(it.value() == 0, qPrintable(QString::number(it.value())));
            ++unanswered;
        }
    }
    QCOMPARE(statuses.size(), kSubmissions);
    QVERIFY(acknowledged > 0);
    QVERIFY2(unanswered > 0, "the kill cut off no request: the test proves nothing");
    const qint64 stored = storedSubmissions(first.dbPath());
    QVERIFY(stored >= acknowledged && stored <= kSubmissions);

    // The clients send every submission again, to both collectors (the killed one restarted):
    // what was stored is a duplicate (200), the rest is stored now; none twice.
    QVERIFY2(second.restart(), qPrintable(second.lastError()));
    const QHash<QString, int> replays = load(bodies, { &second, &first }, [] {});
    for (auto it = replays.begin(); it != replays.end(); ++it) {
        QVERIFY2(it.value() == 201 || it.value() == 200, qPrintable(QString::number(it.value())));
        if (statuses.value(it.key()) == 201)
            QCOMPARE(it.value(), 200);
        QCOMPARE(storedWithId(first.dbPath(), it.key()), 1);
    }
    QCOMPARE(storedSubmissions(first.dbPath()), kSubmissions);
    // Each stored response waits in its pools once: a response is never released twice.
    const SqliteFile store(first.dbPath());
    QCOMPARE(store.count(QStringLiteral("(SELECT scope, survey, submission FROM pool"
                                        " GROUP BY scope, survey, submission"
                                        " HAVING COUNT(*) > 1) AS twice")),
        0);
    QCOMPARE(
        store.count(QStringLiteral("pool"), QStringLiteral("scope LIKE 'open:%'")), kSubmissions);
}

void TestSharedStore::twoCutsAtOnceMakeOneRelease()
{
    CollectorProcess collector;
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    Http http;
    QJsonArray items;
    for (int i = 0; i < 3 * collector.k(); ++i)
        items.append(exitSubmission());
    http.post(collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
    QCOMPARE(storedSubmissions(collector.dbPath()), items.size());

    // Two operators (or two collectors at the month boundary) cut the same pool at once.
    QProcess one;
    QProcess two;
    const QStringList args { QStringLiteral("releases"), QStringLiteral("cut"),
        QStringLiteral("--database"), collector.dbPath() };
    one.start(CollectorProcess::executable(), args);
    two.start(CollectorProcess::executable(), args);
    QVERIFY(one.waitForFinished(60000));
    QVERIFY(two.waitForFinished(60000));
    QCOMPARE(one.exitCode(), 0);
    QCOMPARE(two.exitCode(), 0);
    const int made = one.readAllStandardOutput().trimmed().toInt()
        + two.readAllStandardOutput().trimmed().toInt();
    QCOMPARE(made, 1);
    const SqliteFile store(collector.dbPath());
    QCOMPARE(store.count(QStringLiteral("releases")), 1);
    QCOMPARE(store.count(QStringLiteral("pool")), 0);
}

void TestSharedStore::processesStartingAtOnceMigrateOnce()
{
    QTemporaryDir dir;
    const TestStore fresh(dir.filePath(QStringLiteral("unused.db")));
    // Four operator commands on a database nobody migrated yet, at the same moment.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(CollectorProcess::executable(),
            { QStringLiteral("coordinator"), QStringLiteral("list"), QStringLiteral("--database"),
                fresh.location() });
    }
    for (const auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const SqliteFile store(fresh.location());
    QCOMPARE(store.strings(QStringLiteral("SELECT version FROM schema_version")),
        QStringList { QString::number(kCollectorSchema) });
    QCOMPARE(store.count(QStringLiteral("schema_version")), 1);
    QVERIFY(store.tables().contains(QStringLiteral("submissions")));
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
