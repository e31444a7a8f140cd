// Rate limits per peer address against the real collector (issue 7): a flood of ideas or of wrong
// bearer tokens gets 429 with Retry-After after its burst and stores nothing more; an honest care
// home (many people behind one address, here 127.0.0.1) is never limited with the defaults; and
// `--rate-limits off` lets the flood through. Small bursts are set by option so the floods stay
// short; counts are asserted, never times.
#include "regionalfixtures.h"

#include <QTest>
#include <string_view>

using namespace zs::test;

namespace {

QJsonObject idea(int i)
{
    return { { QStringLiteral("title"), QStringLiteral("Idee %1").arg(i) },
        { QStringLiteral("description"), QStringLiteral("Een idee tegen personeelstekort.") },
        { QStringLiteral("theme"), QStringLiteral("onboarding") },
        { QStringLiteral("willHelp"), false } };
}

QString deviceKey(int i)
{
    return QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
}

} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodOfIdeasIsLimitedAfterTheBurst()
    {
        CollectorProcess collector;
        QVERIFY2(collector.start({ QStringLiteral("--write-burst"), QStringLiteral("30") }),
            qPrintable(collector.lastError()));
        const QUrl url = collector.url(QStringLiteral("/v1/regions/utrecht/ideas"));
        int accepted = 0;
        HttpReply limited;
        for (int i = 0; i < 60; ++i) {
            const HttpReply r = m_http.postJson(url, idea(i));
            if (r.status == 201) {
                ++accepted;
                continue;
            }
            limited = r;
            break;
        }
        QCOMPARE(accepted, 30);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1, limited.describe().constData());
        // Still limited, and nothing more was stored.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_http.postJson(url, idea(100 + i)).status, 429);
        // Reactions share the bucket of anonymous writes.
        const HttpReply reaction = m_http.postJson(
            collector.url(QStringLiteral("/v1/actions/utrecht-jongraat-pilot/reactions")),
            { { QStringLiteral("kind"), QStringLiteral("useful") },
                { QStringLiteral("key"), deviceKey(1) } });
        QCOMPARE(reaction.status, 429);
        QCOMPARE(SqliteFile(collector.dbPath()).count(QStringLiteral("ideas")), 30);
        QCOMPARE(SqliteFile(collector.dbPath()).count(QStringLiteral("reactions")), 0);
        // Reads are never limited.
        QCOMPARE(m_http.get(url).status, 200);
    }

    void floodOfWrongTokensIsLimited()
    {
        CollectorProcess collector;
        QVERIFY2(collector.start(), qPrintable(collector.lastError())); // default: burst 20
        const QString token = collector.addEmployer(
            QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Zorg A"));
        QVERIFY(!token.isEmpty());
        const QUrl report = collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-a"));
        const QUrl stats = collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats"));
        int unauthorized = 0;
        HttpReply limited;
        for (int i = 0; i < 60; ++i) {
            // Wrong tokens on two routes count in one bucket.
            const HttpReply r = m_http.get(
                i % 2 ? report : stats, bearer(QStringLiteral("wrong-token-%1").arg(i)));
            if (r.status == 401) {
                ++unauthorized;
                continue;
            }
            limited = r;
            break;
        }
        QCOMPARE(unauthorized, 20);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        // Even the right token waits now: a guesser cannot tell a hit from the refusal.
        QCOMPARE(m_http.get(report, bearer(token)).status, 429);
        // Anonymous reads and writes are another bucket.
        QCOMPARE(m_http.get(collector.url(QStringLiteral("/v1/health"))).status, 200);
        QCOMPARE(
            m_http.post(collector.url(QStringLiteral("/v1/submissions")), compact(exitSubmission()))
                .status,
            201);
    }

    void honestCareHomeIsNeverLimited()
    {
        // 200 care workers behind one NAT (127.0.0.1): each sends a survey (their app uploads
        // its outbox, a batch of one to three), reacts to a few actions and supports an idea;
        // some send an idea or join the panel. Default limits.
        CollectorProcess collector;
        QVERIFY2(collector.start(), qPrintable(collector.lastError()));
        const QUrl submissions = collector.url(QStringLiteral("/v1/submissions"));
        const QUrl ideas = collector.url(QStringLiteral("/v1/regions/utrecht/ideas"));
        const QStringList actions
            = { QStringLiteral("utrecht-jongraat-pilot"), QStringLiteral("utrecht-halve-outflow") };
        QString ideaId;
        qint64 items = 0;
        for (int worker = 0; worker < 200; ++worker) {
            QJsonArray batch;
            for (int s = 0; s <= worker % 3; ++s)
                batch.append(s % 2 ? retentionSubmission() : exitSubmission());
            items += batch.size();
            const HttpReply sent = m_http.post(submissions, batchBody(batch));
            QVERIFY2(sent.status == 200, sent.describe().constData());
            for (const QString &action : actions) {
                for (const char *kind : { "useful", "help" }) {
                    if (action == actions.last() && kind == std::string_view("help"))
                        continue; // three reactions each
                    const HttpReply r = m_http.postJson(
                        collector.url(QStringLiteral("/v1/actions/%1/reactions").arg(action)),
                        { { QStringLiteral("kind"), QLatin1String(kind) },
                            { QStringLiteral("key"), deviceKey(worker) } });
                    QVERIFY2(r.status == 201, r.describe().constData());
                }
            }
            if (worker % 20 == 0) {
                const HttpReply r = m_http.postJson(ideas, idea(worker));
                QVERIFY2(r.status == 201, r.describe().constData());
                ideaId = r.json().value(QLatin1String("id")).toString();
            }
            const HttpReply support
                = m_http.postJson(collector.url(QStringLiteral("/v1/ideas/%1/support").arg(ideaId)),
                    { { QStringLiteral("key"), deviceKey(worker) } });
            QVERIFY2(support.status == 201, support.describe().constData());
            if (worker % 10 == 0) {
                const HttpReply join = m_http.postJson(
                    collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members")),
                    joinBody(QStringLiteral("Marloes Testpersoon"),
                        QStringLiteral("deelnemer%1@example.nl").arg(worker)));
                QVERIFY2(join.status == 201, join.describe().constData());
            }
        }
        QCOMPARE(storedSubmissions(collector.dbPath()), items);
        QCOMPARE(SqliteFile(collector.dbPath()).count(QStringLiteral("reactions")), 600);
    }

    void offLetsTheFloodThrough()
    {
        CollectorProcess collector;
        QVERIFY2(collector.start({ QStringLiteral("--rate-limits"), QStringLiteral("off"),
                     QStringLiteral("--write-burst"), QStringLiteral("5"),
                     QStringLiteral("--auth-burst"), QStringLiteral("2") }),
            qPrintable(collector.lastError()));
        const QUrl url = collector.url(QStringLiteral("/v1/regions/utrecht/ideas"));
        for (int i = 0; i < 40; ++i)
            QCOMPARE(m_http.postJson(url, idea(i)).status, 201);
        QCOMPARE(SqliteFile(collector.dbPath()).count(QStringLiteral("ideas")), 40);
        const QUrl stats = collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_http.get(stats, bearer(QStringLiteral("wrong"))).status, 401);
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("mode") << QStringList { QStringLiteral("--rate-limits"),
            QStringLiteral("maybe") };
        QTest::newRow("zero burst")
            << QStringList { QStringLiteral("--write-burst"), QStringLiteral("0") };
        QTest::newRow("not a number")
            << QStringList { QStringLiteral("--auth-failures-per-hour"), QStringLiteral("x") };
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const auto r = CollectorProcess::run(
            QStringList { QStringLiteral("serve"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                dir.filePath(QStringLiteral("c.db")) }
                + args,
            10000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--"));
    }

private:
    Http m_http;
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
