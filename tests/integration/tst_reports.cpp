// Reports from releases only, against the real collector (DESIGN §5 rules 5, 6 and 10, §5a) with
// k = 10: two employers in one region, 20 credentialed exit responses for A and 3 for B, and 20
// open responses (20, so the optional comment group stays far above k however it is noised).
// Before a cut nothing is shown; `releases cut` makes one release of A's pool, one of the
// region's verified pool (A and B) and one of the open pool, and none of B's pool of 3. Figures
// are noised (ε = 1, ±a few), so the checks are ranges and relations, never exact noisy numbers;
// a release once stored reads back byte for byte. How reports move between releases (rule 5's
// "a whole batch of at least k") is tst_privacy_releases.

#include "collectorprocess.h"
#include "credentials.h"
#include "reportfixtures.h"
#include "testsupport.h"

#include <QTest>

using namespace zs::test;

class TestReports : public ReportTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void nothingIsShownBeforeACut();
    void aCutMakesOneReleaseNearTheRealCount();
    void aSecondReadIsByteIdentical();
    void csvHasTheSameNumbersAsTheJson();
    void aPoolBelowKIsNotCutNorPublished();
    void employerSeesItsOwnAndTheRegionsVerifiedScope();
    void coordinatorSeesVerifiedAndOpen();
    void coordinatorSeesOnlyWhichEmployersHaveARelease();
    void refusals_data();
    void refusals();
    void textsCanBeCapped();
    void aSecondCutMovesTheTotal();

private:
    QString m_tokenA;
    QString m_tokenB;
    QString m_coordinator;
    QString m_otherCoordinator;
};

void TestReports::initTestCase()
{
    m_tokenA = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Zorggroep A"));
    m_tokenB = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-b"), QStringLiteral("Thuiszorg B"));
    m_coordinator = m_collector.addCoordinator(QStringLiteral("groningen"));
    m_otherCoordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
    QVERIFY2(!m_tokenA.isEmpty() && !m_tokenB.isEmpty() && !m_coordinator.isEmpty()
            && !m_otherCoordinator.isEmpty(),
        qPrintable(m_collector.lastError()));
    QVERIFY2(m_collector.start({ QStringLiteral("--k"), QStringLiteral("10") }),
        qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.k(), 10);

    QJsonArray items = credentialed(QStringLiteral("zorg-a"), 20, QStringLiteral("Opmerking A"));
    for (const QJsonValue &b :
        credentialed(QStringLiteral("zorg-b"), 3, QStringLiteral("Opmerking B")))
        items.append(b);
    for (int i = 0; i < 20; ++i) {
        QJsonObject answers = exitAnswers({ QStringLiteral("team") }, 2);
        answers.insert(QStringLiteral("comment"), QStringLiteral("Open opmerking %1").arg(i));
        items.append(exitSubmission({}, answers));
    }
    post(items);
    QCOMPARE(storedSubmissions(m_collector.dbPath()), 43);
}

void TestReports::cleanupTestCase()
{
    m_collector.kill();
}

void TestReports::nothingIsShownBeforeACut()
{
    for (const auto &[employer, token] : { std::pair { QStringLiteral("zorg-a"), m_tokenA },
             { QStringLiteral("zorg-b"), m_tokenB } }) {
        const QJsonObject r = report(employer, token);
        QCOMPARE(
            scopeNames(r), (QStringList { QStringLiteral("employer"), QStringLiteral("region") }));
        for (const QJsonValue &s : r.value(QLatin1String("scopes")).toArray()) {
            QVERIFY(s[QLatin1String("releases")].toArray().isEmpty());
            QVERIFY(s[QLatin1String("total")].isNull());
        }
        QVERIFY(!compact(r).contains("Opmerking"));
    }
    const HttpReply regional
        = get(QStringLiteral("/v1/reports/exit?region=groningen"), m_coordinator);
    QCOMPARE(regional.status, 200);
    for (const QJsonValue &s : regional.json().value(QLatin1String("scopes")).toArray())
        QVERIFY(s[QLatin1String("releases")].toArray().isEmpty());
    // Employer, verified and open pools of at least k; B's pool of 3 waits.
    QCOMPARE(cut(), 3);
}

void TestReports::aCutMakesOneReleaseNearTheRealCount()
{
    const QJsonObject r = report(QStringLiteral("zorg-a"), m_tokenA);
    QCOMPARE(r.value(QLatin1String("k")).toInt(), 10);
    QCOMPARE(r.value(QLatin1String("epsilon")).toDouble(), 1.0);
    const QJsonArray own = releasesOf(r, QStringLiteral("employer"));
    QCOMPARE(own.size(), 1);
    const QJsonObject release = own.at(0).toObject();
    QCOMPARE(release.value(QLatin1String("seq")).toInt(), 1);
    QCOMPARE(release.value(QLatin1String("months")).toArray(),
        (QJsonArray { thisPeriod(), thisPeriod() }));
    QVERIFY2(near(respondents(release), 20), compact(release).constData());
    // Every A response named workload and pay: near 20 each, and no reason nobody named is far
    // above 0.
    const QJsonObject reasons = questionOf(release, QStringLiteral("reasons"));
    QVERIFY(near(optionCount(reasons, QStringLiteral("workload")), 20));
    QVERIFY(near(optionCount(reasons, QStringLiteral("pay")), 20));
    QVERIFY(near(optionCount(reasons, QStringLiteral("aggression")), 0));
    // The total of one release is that release.
    const QJsonObject total
        = scopeNamed(r, QStringLiteral("employer")).value(QLatin1String("total")).toObject();
    QCOMPARE(total.value(QLatin1String("releases")).toInt(), 1);
    QCOMPARE(respondents(total), respondents(release));
    QCOMPARE(optionCount(questionOf(total, QStringLiteral("reasons")), QStringLiteral("pay")),
        optionCount(reasons, QStringLiteral("pay")));
    // The region's verified release: A and B together.
    const QJsonArray region = releasesOf(r, QStringLiteral("region"));
    QCOMPARE(region.size(), 1);
    QVERIFY(near(respondents(region.at(0)), 23));
}

void TestReports::aSecondReadIsByteIdentical()
{
    const QString path = QStringLiteral("/v1/reports/exit?employer=zorg-a");
    const HttpReply first = get(path, m_tokenA);
    const HttpReply second = get(path, m_tokenA);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(get(path, m_tokenA, true).body, get(path, m_tokenA, true).body);
}

void TestReports::csvHasTheSameNumbersAsTheJson()
{
    const QString path = QStringLiteral("/v1/reports/exit?employer=zorg-a");
    const QJsonObject json = report(QStringLiteral("zorg-a"), m_tokenA);
    const HttpReply r = get(path, m_tokenA, true);
    QVERIFY2(r.status == 200, r.describe());
    QVERIFY(r.header("Content-Type").startsWith("text/csv"));
    QVERIFY(r.body.startsWith("\xEF\xBB\xBFsep=,\r\n"
                              "scope,release,first_month,last_month,question,figure,value\r\n"));
    const QStringList lines = QString::fromUtf8(r.body).split(QStringLiteral("\r\n"));
    const QString m = thisPeriod();
    const QJsonValue release = releasesOf(json, QStringLiteral("employer")).at(0);
    const QJsonObject reasons = questionOf(release, QStringLiteral("reasons"));
    const QJsonObject total
        = scopeNamed(json, QStringLiteral("employer")).value(QLatin1String("total")).toObject();
    const QStringList expected {
        QStringLiteral("employer,1,%1,%1,,respondents.count,%2").arg(m).arg(respondents(release)),
        QStringLiteral("employer,total,%1,%1,,respondents.count,%2").arg(m).arg(respondents(total)),
        QStringLiteral("employer,1,%1,%1,reasons,options.workload.count,%2")
            .arg(m)
            .arg(optionCount(reasons, QStringLiteral("workload"))),
        QStringLiteral("region,1,%1,%1,,respondents.count,%2")
            .arg(m)
            .arg(respondents(releasesOf(json, QStringLiteral("region")).at(0))),
        QStringLiteral("employer,1,%1,%1,comment,text,Opmerking A7").arg(m),
    };
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line));
    // Texts come once in each release that holds them (A's and the region's), never in a total.
    QCOMPARE(r.body.count("Opmerking A7"), 2);
    QVERIFY(lines.contains(QStringLiteral("region,1,%1,%1,comment,text,Opmerking A7").arg(m)));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("employer,total,")))
            QVERIFY2(!line.contains(QLatin1String(",text,")), qPrintable(line));
    }
}

void TestReports::aPoolBelowKIsNotCutNorPublished()
{
    const QJsonObject r = report(QStringLiteral("zorg-b"), m_tokenB);
    const QJsonObject own = scopeNamed(r, QStringLiteral("employer"));
    QVERIFY(own.value(QLatin1String("releases")).toArray().isEmpty());
    QVERIFY(own.value(QLatin1String("total")).isNull());
    for (const QJsonValue &s : r.value(QLatin1String("scopes")).toArray()) {
        QStringList keys = s.toObject().keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList {
                QStringLiteral("releases"), QStringLiteral("scope"), QStringLiteral("total") }));
    }
    QVERIFY(!r.contains(QLatin1String("pending")));
    QCOMPARE(SqliteFile(m_collector.dbPath())
                 .rows(QStringLiteral("SELECT count(*) FROM releases WHERE scope LIKE ?"),
                     { QStringLiteral("%zorg-b%") })
                 .value(0)
                 .value(0)
                 .toInt(),
        0);
    // A second cut finds nothing new to release.
    QCOMPARE(cut(), 0);
}

void TestReports::employerSeesItsOwnAndTheRegionsVerifiedScope()
{
    const QJsonObject r = report(QStringLiteral("zorg-a"), m_tokenA);
    QCOMPARE(scopeNames(r), (QStringList { QStringLiteral("employer"), QStringLiteral("region") }));
    QCOMPARE(r.value(QLatin1String("employer"))[QLatin1String("id")].toString(),
        QStringLiteral("zorg-a"));
    const QByteArray ownBody = compact(scopeNamed(r, QStringLiteral("employer")));
    QVERIFY(ownBody.contains("Opmerking A"));
    QVERIFY(!ownBody.contains("Opmerking B"));
    // Open responses are never in an employer's report, not even in its benchmark.
    QVERIFY(!compact(r).contains("Open opmerking"));
    QVERIFY(!compact(r).contains("unverified"));
    // The benchmark is the region's 23 verified responses, not the 43 of all.
    QVERIFY(near(respondents(releasesOf(r, QStringLiteral("region")).at(0)), 23));
}

void TestReports::coordinatorSeesVerifiedAndOpen()
{
    const HttpReply reply = get(QStringLiteral("/v1/reports/exit?region=groningen"), m_coordinator);
    QVERIFY2(reply.status == 200, reply.describe());
    const QJsonObject r = reply.json();
    QCOMPARE(r.value(QLatin1String("region")).toString(), QStringLiteral("groningen"));
    QCOMPARE(scopeNames(r), (QStringList { QStringLiteral("verified"), QStringLiteral("open") }));
    const QJsonObject open = scopeNamed(r, QStringLiteral("open"));
    QCOMPARE(open.value(QLatin1String("unverified")).toBool(), true);
    QVERIFY(!scopeNamed(r, QStringLiteral("verified")).contains(QLatin1String("unverified")));
    QCOMPARE(open.value(QLatin1String("releases")).toArray().size(), 1);
    QVERIFY(near(respondents(open.value(QLatin1String("releases")).toArray().at(0)), 20));
    QVERIFY(compact(open).contains("Open opmerking"));
    QVERIFY(!compact(open).contains("Opmerking A"));
    QVERIFY(near(respondents(releasesOf(r, QStringLiteral("verified")).at(0)), 23));
    // The verified release is the very one the employers see as their benchmark.
    QCOMPARE(releasesOf(r, QStringLiteral("verified")).at(0),
        releasesOf(report(QStringLiteral("zorg-a"), m_tokenA), QStringLiteral("region")).at(0));
}

void TestReports::coordinatorSeesOnlyWhichEmployersHaveARelease()
{
    const HttpReply reply = get(QStringLiteral("/v1/regions/groningen/releases"), m_coordinator);
    QVERIFY2(reply.status == 200, reply.describe());
    const QJsonObject r = reply.json();
    QCOMPARE(r.value(QLatin1String("region")).toString(), QStringLiteral("groningen"));
    const QJsonArray list = r.value(QLatin1String("employers")).toArray();
    QCOMPARE(list.size(), 2);
    QJsonObject a;
    QJsonObject b;
    for (const QJsonValue &e : list) {
        (e[QLatin1String("id")].toString() == QLatin1String("zorg-a") ? a : b) = e.toObject();
        // Only an id, a name and booleans: never a figure of an employer.
        QCOMPARE(e.toObject().keys(),
            (QStringList {
                QStringLiteral("hasRelease"), QStringLiteral("id"), QStringLiteral("name") }));
    }
    QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("Zorggroep A"));
    QCOMPARE(b.value(QLatin1String("id")).toString(), QStringLiteral("zorg-b"));
    // A's 20 were cut into a release; B's 3 stay a pool below k; no stay survey yet.
    QCOMPARE(a.value(QLatin1String("hasRelease")).toObject(),
        (QJsonObject { { QStringLiteral("exit"), true }, { QStringLiteral("retention"), false } }));
    QCOMPARE(b.value(QLatin1String("hasRelease")).toObject(),
        (QJsonObject {
            { QStringLiteral("exit"), false }, { QStringLiteral("retention"), false } }));
    for (const char *figure : { "respondents", "questions", "Opmerking", "count", "percent" })
        QVERIFY2(!reply.body.contains(figure), figure);
    // The read is in the region's audit log like other reads.
    const HttpReply audit = get(QStringLiteral("/v1/regions/groningen/audit"), m_coordinator);
    QVERIFY2(audit.status == 200, audit.describe());
    QVERIFY(audit.body.contains("\"subject\":\"releases\""));
}

void TestReports::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    const QString a = QStringLiteral("/v1/reports/exit?employer=zorg-a");
    const QString g = QStringLiteral("/v1/reports/exit?region=groningen");
    QTest::newRow("no token") << a << QString() << 401;
    QTest::newRow("wrong token") << a << QStringLiteral("zse_") + QString(64, QLatin1Char('0'))
                                 << 401;
    QTest::newRow("another employer's report") << a << QStringLiteral("B") << 403;
    QTest::newRow("coordinator token as employer") << a << QStringLiteral("C") << 401;
    QTest::newRow("region without a coordinator token") << g << QStringLiteral("A") << 401;
    QTest::newRow("coordinator of another region") << g << QStringLiteral("U") << 403;
    const QString e = QStringLiteral("/v1/regions/groningen/releases");
    QTest::newRow("employer status without a token") << e << QString() << 401;
    QTest::newRow("employer status with an employer's token") << e << QStringLiteral("A") << 401;
    QTest::newRow("employer status for another region's coordinator")
        << e << QStringLiteral("U") << 403;
    QTest::newRow("neither employer nor region")
        << QStringLiteral("/v1/reports/exit") << QStringLiteral("A") << 400;
    QTest::newRow("unknown survey")
        << QStringLiteral("/v1/reports/pulse?employer=zorg-a") << QStringLiteral("A") << 404;
}

void TestReports::refusals()
{
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    const QString token = who == QLatin1String("A") ? m_tokenA
        : who == QLatin1String("B")                 ? m_tokenB
        : who == QLatin1String("C")                 ? m_coordinator
        : who == QLatin1String("U")                 ? m_otherCoordinator
                                                    : who;
    const HttpReply r = get(path, token);
    QVERIFY2(r.status == status, r.describe());
    QVERIFY(!r.body.contains("releases"));
}

void TestReports::textsCanBeCapped()
{
    const QString path = QStringLiteral("/v1/reports/exit?employer=zorg-a");
    const QJsonObject all = get(path, m_tokenA).json();
    const QJsonObject some = get(path + QStringLiteral("&texts=5"), m_tokenA).json();
    const QJsonObject full
        = questionOf(releasesOf(all, QStringLiteral("employer")).at(0), QStringLiteral("comment"));
    const QJsonObject capped
        = questionOf(releasesOf(some, QStringLiteral("employer")).at(0), QStringLiteral("comment"));
    QCOMPARE(full.value(QLatin1String("texts")).toArray().size(), 20);
    QVERIFY(!full.contains(QLatin1String("textsTotal")));
    // The first 5 of the release's (shuffled) texts, and how many there are.
    const QJsonArray five = capped.value(QLatin1String("texts")).toArray();
    QCOMPARE(five.size(), 5);
    for (qsizetype i = 0; i < five.size(); ++i)
        QCOMPARE(five.at(i), full.value(QLatin1String("texts")).toArray().at(i));
    QCOMPARE(capped.value(QLatin1String("textsTotal")).toInt(), 20);
    // Every figure but the texts is the same.
    QCOMPARE(some.value(QLatin1String("scopes"))[0][QLatin1String("total")],
        all.value(QLatin1String("scopes"))[0][QLatin1String("total")]);
    for (const QString &bad :
        { QStringLiteral("-1"), QStringLiteral("many"), QStringLiteral("1001") }) {
        const HttpReply r = get(path + QStringLiteral("&texts=") + bad, m_tokenA);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("field")].toString(),
            QStringLiteral("texts"));
    }
}

void TestReports::aSecondCutMovesTheTotal()
{
    // Reports read before this cut (their scopes kept by the collector) must not be what the
    // reads after it get: the cut runs in another process, as on a shared store.
    const QString path = QStringLiteral("/v1/reports/exit?employer=zorg-a");
    const QByteArray before = get(path, m_tokenA).body;
    QCOMPARE(
        releasesOf(QJsonDocument::fromJson(before).object(), QStringLiteral("employer")).size(), 1);
    post(credentialed(QStringLiteral("zorg-a"), 12, QStringLiteral("Tweede ronde ")));
    // A's pool and the region's verified pool; B's 3 still wait.
    QCOMPARE(cut(), 2);
    const HttpReply after = get(path, m_tokenA);
    QCOMPARE(after.status, 200);
    QVERIFY(after.body != before);
    for (const QString &name : { QStringLiteral("employer"), QStringLiteral("region") }) {
        const QJsonObject scope = scopeNamed(after.json(), name);
        const QJsonArray releases = scope.value(QLatin1String("releases")).toArray();
        QCOMPARE(releases.size(), 2);
        const QJsonObject total = scope.value(QLatin1String("total")).toObject();
        QCOMPARE(total.value(QLatin1String("releases")).toInt(), 2);
        QCOMPARE(respondents(total), respondents(releases.at(0)) + respondents(releases.at(1)));
        for (const QString &option : { QStringLiteral("pay"), QStringLiteral("workload") }) {
            const auto count = [&](const QJsonValue &figures) {
                return optionCount(questionOf(figures, QStringLiteral("reasons")), option);
            };
            QCOMPARE(count(total), count(releases.at(0)) + count(releases.at(1)));
        }
    }
    // The coordinator's picture of the same region moved too.
    const QJsonObject regional
        = get(QStringLiteral("/v1/reports/exit?region=groningen"), m_coordinator).json();
    QCOMPARE(releasesOf(regional, QStringLiteral("verified")).size(), 2);
    QCOMPARE(scopeNamed(regional, QStringLiteral("verified"))
                 .value(QLatin1String("total"))[QLatin1String("releases")]
                 .toInt(),
        2);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
