// DESIGN §5 rules 5 and 10 against the real collector with k = 10: a report moves only by a
// whole release of at least k new responses, however often it is read and the operator cuts,
// earlier releases never change, and k and epsilon can only be made stricter once a release
// exists. One employer with 10 credentialed exit responses, cut into its first release.

#include "collectorprocess.h"
#include "credentials.h"
#include "reportfixtures.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QTest>

using namespace zs::test;

class TestPrivacyReleases : public ReportTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void privacyRule3_unscrubbedTextReachesNoFileOrRelease();
    void privacyRule5_readsBetweenReleasesAreByteIdentical();
    void privacyRule5_kNewResponsesMakeExactlyOneNewRelease();
    void privacyRule5_serveRefusesAWeakerKOrEpsilon();
    void releasesAreCutAtTheMonthBoundary();
    void badReleaseOptionsAreRefusedAndChangeNothing();

private:
    QString m_tokenA;
    QString m_coordinator;
};

void TestPrivacyReleases::initTestCase()
{
    m_tokenA = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Zorggroep A"));
    m_coordinator = m_collector.addCoordinator(QStringLiteral("groningen"));
    QVERIFY2(!m_tokenA.isEmpty() && !m_coordinator.isEmpty(), qPrintable(m_collector.lastError()));
    QVERIFY2(m_collector.start({ QStringLiteral("--k"), QStringLiteral("10") }),
        qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.k(), 10);
    post(credentialed(QStringLiteral("zorg-a"), 10, QStringLiteral("Opmerking A")));
    // A's pool and the region's verified pool.
    QCOMPARE(cut(), 2);
}

void TestPrivacyReleases::cleanupTestCase()
{
    m_collector.kill();
}

void TestPrivacyReleases::privacyRule3_unscrubbedTextReachesNoFileOrRelease()
{
    // A client that skips the device's scrubber: the collector scrubs the same way before it
    // stores, so neither the file nor a release ever holds the phone number or the address.
    // Its own region, so the other tests' pools are not touched.
    const QString token = m_collector.addEmployer(
        QStringLiteral("utrecht"), QStringLiteral("zorg-u"), QStringLiteral("Zorg U"));
    QVERIFY2(!token.isEmpty(), qPrintable(m_collector.lastError()));
    QJsonArray items;
    for (int i = 0; i < 20; ++i) {
        QJsonObject answers = exitAnswers({ QStringLiteral("workload") }, 5);
        answers.insert(QStringLiteral("comment"),
            QStringLiteral("Bel me op 06-12345678 of mail jan.jansen@example.nl (%1)").arg(i));
        QJsonObject body = exitSubmission(QStringLiteral("zorg-u"), answers);
        QJsonObject strata = body.value(QLatin1String("strata")).toObject();
        strata.insert(QStringLiteral("region"), QStringLiteral("utrecht"));
        body.insert(QStringLiteral("strata"), strata);
        items.append(m_credentials.credentialed(body));
    }
    post(items);
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile f(m_collector.dbPath() + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("06-12345678"));
        QVERIFY(!bytes.contains("jan.jansen@example.nl"));
    }
    QCOMPARE(cut(), 2); // zorg-u's pool and utrecht's verified pool
    const HttpReply r = get(QStringLiteral("/v1/reports/exit?employer=zorg-u"), token);
    QCOMPARE(r.status, 200);
    const QJsonArray releases = releasesOf(r.json(), QStringLiteral("employer"));
    QCOMPARE(releases.size(), 1);
    const QJsonArray texts = questionOf(releases.first(), QStringLiteral("comment"))
                                 .value(QLatin1String("texts"))
                                 .toArray();
    QVERIFY(texts.size() > 0);
    for (const QJsonValue &t : texts) {
        QVERIFY2(!t.toString().contains(QLatin1String("12345678")), qPrintable(t.toString()));
        QVERIFY2(!t.toString().contains(QLatin1String("@example.nl")), qPrintable(t.toString()));
        QVERIFY(t.toString().startsWith(QLatin1String("Bel me op ")));
    }
    QVERIFY(!get(QStringLiteral("/v1/reports/exit?employer=zorg-u"), token, true)
                 .body.contains("12345678"));
}

void TestPrivacyReleases::privacyRule5_readsBetweenReleasesAreByteIdentical()
{
    // Between releases a report never moves, whatever arrives and however often the operator
    // cuts: the difference between two reports is always a whole batch of at least k.
    const QString path = QStringLiteral("/v1/reports/exit?employer=zorg-a");
    const QByteArray before = get(path, m_tokenA).body;
    const QByteArray regionalBefore
        = get(QStringLiteral("/v1/reports/exit?region=groningen"), m_coordinator).body;
    QVERIFY(before.contains("\"seq\":1"));
    int posted = 0;
    for (const int upTo : { 1, 3, m_collector.k() - 1 }) {
        post(credentialed(QStringLiteral("zorg-a"), upTo - posted, QStringLiteral("Nieuw ")));
        posted = upTo;
        QCOMPARE(cut(), 0);
        QCOMPARE(get(path, m_tokenA).body, before);
        QCOMPARE(get(QStringLiteral("/v1/reports/exit?region=groningen"), m_coordinator).body,
            regionalBefore);
    }
}

void TestPrivacyReleases::privacyRule5_kNewResponsesMakeExactlyOneNewRelease()
{
    // k - 1 new responses of A wait in A's pool and in the region's verified pool; one more
    // makes k in both.
    const QJsonObject before = report(QStringLiteral("zorg-a"), m_tokenA);
    post(credentialed(QStringLiteral("zorg-a"), 1, QStringLiteral("Laatste ")));
    QCOMPARE(cut(), 2);
    const QJsonObject after = report(QStringLiteral("zorg-a"), m_tokenA);
    for (const QString &scope : { QStringLiteral("employer"), QStringLiteral("region") }) {
        const QJsonArray old = releasesOf(before, scope);
        const QJsonArray now = releasesOf(after, scope);
        QCOMPARE(now.size(), old.size() + 1);
        for (qsizetype i = 0; i < old.size(); ++i)
            QCOMPARE(now.at(i), old.at(i));
        const QJsonValue added = now.last();
        QCOMPARE(added[QLatin1String("seq")].toInt(), int(old.size()) + 1);
        QVERIFY2(near(respondents(added), m_collector.k()), compact(added.toObject()).constData());
        const QJsonObject total = scopeNamed(after, scope).value(QLatin1String("total")).toObject();
        QCOMPARE(total.value(QLatin1String("releases")).toInt(), int(now.size()));
        QCOMPARE(respondents(total), respondents(now.at(0)) + respondents(now.at(1)));
    }
    // The new batch's texts are in the new release only, and only when its (optional) comment
    // group came out at k or more; otherwise the question is hidden with nothing inside.
    const QJsonValue added = releasesOf(after, QStringLiteral("employer")).last();
    const QJsonObject comment = questionOf(added, QStringLiteral("comment"));
    const QByteArray body = compact(comment);
    QVERIFY(!body.contains("Opmerking A"));
    if (comment.value(QLatin1String("answered"))[QLatin1String("suppressed")].toBool()) {
        QCOMPARE(comment.keys(),
            (QStringList { QStringLiteral("answered"), QStringLiteral("id"), QStringLiteral("text"),
                QStringLiteral("type") }));
    } else {
        QVERIFY(comment.value(QLatin1String("answered"))[QLatin1String("count")].toInt() >= 10);
        QVERIFY2(body.contains("Laatste 0") && body.contains("Nieuw 0"), body.constData());
    }
}

void TestPrivacyReleases::privacyRule5_serveRefusesAWeakerKOrEpsilon()
{
    // Releases so far use k = 10 and ε = 1: serving (or cutting) with less is refused.
    m_collector.kill();
    const QStringList serve { QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), m_collector.dbPath() };
    const auto weakerK
        = CollectorProcess::run(serve + QStringList { QStringLiteral("--k"), QStringLiteral("5") });
    QCOMPARE(weakerK.exitCode, 2);
    QVERIFY2(weakerK.err.contains("k can only be made stricter"), weakerK.err.constData());
    const auto weakerEpsilon = CollectorProcess::run(
        serve + QStringList { QStringLiteral("--epsilon"), QStringLiteral("2") });
    QCOMPARE(weakerEpsilon.exitCode, 2);
    QVERIFY2(weakerEpsilon.err.contains("epsilon can only be made stricter"),
        weakerEpsilon.err.constData());
    const auto cutWeaker = m_collector.cutReleases({ QStringLiteral("--k"), QStringLiteral("5") });
    QCOMPARE(cutWeaker.exitCode, 2);
    // Stricter is allowed.
    QVERIFY2(m_collector.start({ QStringLiteral("--k"), QStringLiteral("12"),
                 QStringLiteral("--epsilon"), QStringLiteral("0.5") }),
        qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.k(), 12);
}

void TestPrivacyReleases::releasesAreCutAtTheMonthBoundary()
{
    // serve cuts by itself when a new month has begun since its last cut: here the file says
    // the last cut was long ago, so the restart cuts the pool of 12 (k is 12 now) at once.
    const int before = int(
        releasesOf(report(QStringLiteral("zorg-a"), m_tokenA), QStringLiteral("employer")).size());
    post(credentialed(QStringLiteral("zorg-a"), 12, QStringLiteral("Maand")));
    QCOMPARE(
        releasesOf(report(QStringLiteral("zorg-a"), m_tokenA), QStringLiteral("employer")).size(),
        before);
    m_collector.kill();
    {
        SqliteFile db(m_collector.dbPath());
        QVERIFY(db.isOpen());
        db.rows(QStringLiteral("UPDATE settings SET value = '2000-01' WHERE key = 'lastCutMonth'"));
        QCOMPARE(
            db.strings(QStringLiteral("SELECT value FROM settings WHERE key = 'lastCutMonth'")),
            QStringList { QStringLiteral("2000-01") });
    }
    QVERIFY2(m_collector.restart(), qPrintable(m_collector.lastError()));
    const QJsonArray releases
        = releasesOf(report(QStringLiteral("zorg-a"), m_tokenA), QStringLiteral("employer"));
    QCOMPARE(releases.size(), before + 1);
    QCOMPARE(releases.last()[QLatin1String("k")].toInt(), 12);
    SqliteFile db(m_collector.dbPath());
    QCOMPARE(db.strings(QStringLiteral("SELECT value FROM settings WHERE key = 'lastCutMonth'")),
        QStringList { QDate::currentDate().toString(QStringLiteral("yyyy-MM")) });
}

void TestPrivacyReleases::badReleaseOptionsAreRefusedAndChangeNothing()
{
    // Every bad value of the new options is a usage error (exit 2) with its reason, and no
    // release, pool row or setting changes.
    post(credentialed(QStringLiteral("zorg-a"), 12, QStringLiteral("Optie")));
    const auto state = [&] {
        SqliteFile db(m_collector.dbPath());
        return db.strings(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM releases) || '/' ||"
                           " (SELECT COUNT(*) FROM pool) || '/' ||"
                           " (SELECT group_concat(key || '=' || value) FROM settings)"));
    };
    const QStringList before = state();
    const QString db = m_collector.dbPath();
    QList<std::pair<QStringList, QByteArray>> cases {
        { { QStringLiteral("--db"), db, QStringLiteral("--epsilon"), QStringLiteral("5") },
            "--epsilon must be a number from 0.1 to 2" },
        { { QStringLiteral("--db"), db, QStringLiteral("--epsilon"), QStringLiteral("abc") },
            "--epsilon must be a number from 0.1 to 2" },
        { { QStringLiteral("--db"), db, QStringLiteral("--k"), QStringLiteral("3") },
            "--k must be a whole number of at least 5" },
        { { QStringLiteral("--db"), db, QStringLiteral("--retention-months"), QStringLiteral("0") },
            "--retention-months must be a whole number of at least 1" },
        { {}, "--db" },
    };
    // A mistyped file must not become an empty store (a PostgreSQL database is there or not).
    if (!usePostgres())
        cases.append(
            { { QStringLiteral("--db"), db + QStringLiteral(".nope") }, "no database file" });
    for (const auto &[options, message] : cases) {
        const auto r = CollectorProcess::run(
            QStringList { QStringLiteral("releases"), QStringLiteral("cut") } + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
    QCOMPARE(state(), before);
    QVERIFY(!QFile::exists(db + QStringLiteral(".nope")));
}

QTEST_GUILESS_MAIN(TestPrivacyReleases)
#include "tst_privacy_releases.moc"
