// The regional API against the real collector: coordinators (401/403 across regions), actions
// and reactions, panel membership (consent, age rule, export, erasure that leaves no trace,
// DESIGN §5 rule 7), panel rounds and ideas. Every refusal stores nothing.
#include "collectorprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace zs::test;

namespace {

QJsonObject label(const QString &nl, const QString &en)
{
    return { { QStringLiteral("nl"), nl }, { QStringLiteral("en"), en } };
}

QJsonObject action(const QString &id, const QString &region)
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("region"), region },
        { QStringLiteral("title"),
            label(
                QStringLiteral("Roosters samen maken"), QStringLiteral("Rosters made together")) },
        { QStringLiteral("description"),
            label(QStringLiteral("Teams maken hun rooster zelf."),
                QStringLiteral("Teams make their own roster.")) },
        { QStringLiteral("line"), QStringLiteral("anders_werken") },
        { QStringLiteral("themes"), QJsonArray { QStringLiteral("rosters") } },
        { QStringLiteral("commitment"),
            QJsonObject { { QStringLiteral("what"),
                              label(QStringLiteral("Zeggenschap"), QStringLiteral("Say")) },
                { QStringLiteral("who"), label(QStringLiteral("Teams"), QStringLiteral("Teams")) },
                { QStringLiteral("whoDoesWhat"),
                    label(QStringLiteral("Teams roosteren"), QStringLiteral("Teams roster")) },
                { QStringLiteral("withWhat"),
                    label(QStringLiteral("Een app"), QStringLiteral("An app")) } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("metric"),
                              label(QStringLiteral("Teams"), QStringLiteral("Teams")) },
                { QStringLiteral("baseline"), 0 }, { QStringLiteral("value"), 10 },
                { QStringLiteral("unit"), label(QStringLiteral("teams"), QStringLiteral("teams")) },
                { QStringLiteral("date"), QStringLiteral("2027-06-30") } } },
        { QStringLiteral("progress"), QJsonArray {} },
        { QStringLiteral("status"), QStringLiteral("planned") },
    };
}

QJsonObject joinBody()
{
    return { { QStringLiteral("name"), QStringLiteral("Marloes Testpersoon") },
        { QStringLiteral("email"), QStringLiteral("marloes.test@example.nl") },
        { QStringLiteral("occupation"), QStringLiteral("vpk_hbo") },
        { QStringLiteral("ageBand"), QStringLiteral("25-34") },
        { QStringLiteral("consentVersion"), 1 }, { QStringLiteral("consent"), true } };
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRegional : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_utrecht = coordinator(QStringLiteral("utrecht"));
        m_rijnmond = coordinator(QStringLiteral("rijnmond"));
        QVERIFY(m_utrecht.startsWith(QLatin1String("zsc_")));
        QVERIFY(m_rijnmond.startsWith(QLatin1String("zsc_")));
    }

    void coordinatorsActOnlyOnTheirRegion()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/regions/utrecht/actions"));
        const QByteArray body
            = compact(action(QStringLiteral("utrecht-rosters"), QStringLiteral("utrecht")));
        const qint64 before = actionCount();
        QCOMPARE(m_http.post(url, body).status, 401);
        QCOMPARE(m_http.post(url, body, "application/json", bearer(QStringLiteral("zsc_nonsense")))
                     .status,
            401);
        const HttpReply other = m_http.post(url, body, "application/json", bearer(m_rijnmond));
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(actionCount(), before);
        QCOMPARE(m_http
                     .get(m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats")),
                         bearer(m_rijnmond))
                     .status,
            403);
        QCOMPARE(
            m_http.get(m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats"))).status,
            401);
    }

    void publishAndUpdateAnAction()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/regions/utrecht/actions"));
        QJsonObject a = action(QStringLiteral("utrecht-rosters"), QStringLiteral("utrecht"));
        const HttpReply created
            = m_http.post(url, compact(a), "application/json", bearer(m_utrecht));
        QCOMPARE(created.status, 201);
        QCOMPARE(
            created.json().value(QLatin1String("updated")).toString().size(), 10); // a day, no time
        a.insert(QStringLiteral("status"), QStringLiteral("running"));
        a.insert(QStringLiteral("progress"),
            QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-11-01") },
                { QStringLiteral("value"), 3 },
                { QStringLiteral("note"),
                    label(QStringLiteral("Drie teams"), QStringLiteral("Three teams")) } } });
        const HttpReply updated
            = m_http.post(url, compact(a), "application/json", bearer(m_utrecht));
        QCOMPARE(updated.status, 200);
        const HttpReply list = m_http.get(url);
        QCOMPARE(list.status, 200);
        const QJsonArray actions = list.json().value(QLatin1String("actions")).toArray();
        const auto it = std::find_if(actions.begin(), actions.end(), [](const QJsonValue &v) {
            return v[QLatin1String("id")].toString() == QLatin1String("utrecht-rosters");
        });
        QVERIFY(it != actions.end());
        QCOMPARE((*it)[QLatin1String("status")].toString(), QStringLiteral("running"));
        QCOMPARE((*it)[QLatin1String("progress")].toArray().size(), 1);
        // ETag: a repeat with If-None-Match is 304.
        const QByteArray etag = list.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(m_http.get(url, { { "If-None-Match", etag } }).status, 304);
        // The seeded examples are there too.
        QVERIFY(std::any_of(actions.begin(), actions.end(),
            [](const QJsonValue &v) { return v[QLatin1String("example")].toBool(); }));
    }

    void badActionsAreRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("unknown field") << "ip" << QJsonValue(QStringLiteral("1.2.3.4")) << "ip";
        QTest::newRow("other region")
            << "region" << QJsonValue(QStringLiteral("rijnmond")) << "region";
        QTest::newRow("title not a label") << "title" << QJsonValue(QStringLiteral("x")) << "title";
        QTest::newRow("unknown line") << "line" << QJsonValue(QStringLiteral("sideways")) << "line";
        QTest::newRow("unknown theme")
            << "themes" << QJsonValue(QJsonArray { QStringLiteral("coffee") }) << "themes";
        QTest::newRow("bad status") << "status" << QJsonValue(QStringLiteral("maybe")) << "status";
        QTest::newRow("bad id") << "id" << QJsonValue(QStringLiteral("Has Spaces")) << "id";
        QTest::newRow("http source")
            << "source" << QJsonValue(QStringLiteral("http://x.nl")) << "source";
    }

    void badActionsAreRefusedAndNothingStored()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        QJsonObject a = action(QStringLiteral("utrecht-bad"), QStringLiteral("utrecht"));
        a.insert(field, value);
        const qint64 before = actionCount();
        const HttpReply r
            = m_http.post(m_collector.url(QStringLiteral("/v1/regions/utrecht/actions")),
                compact(a), "application/json", bearer(m_utrecht));
        QCOMPARE(r.status, 422);
        QCOMPARE(
            r.json()[QLatin1String("error")][QLatin1String("field")].toString(), expectedField);
        QCOMPARE(actionCount(), before);
    }

    void reactionsCountOncePerDevice()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/actions/utrecht-rosters/reactions"));
        const QJsonObject body { { QStringLiteral("kind"), QStringLiteral("help") },
            { QStringLiteral("key"), QStringLiteral("00112233445566778899aabbccddeeff") } };
        const HttpReply first = m_http.postJson(url, body);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json()[QLatin1String("reactions")][QLatin1String("help")].toInt(), 1);
        const HttpReply again = m_http.postJson(url, body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()[QLatin1String("reactions")][QLatin1String("help")].toInt(), 1);
        QCOMPARE(
            m_http.postJson(m_collector.url(QStringLiteral("/v1/actions/nope/reactions")), body)
                .status,
            404);
        QCOMPARE(m_http
                     .postJson(url,
                         { { QStringLiteral("kind"), QStringLiteral("like") },
                             { QStringLiteral("key"),
                                 QStringLiteral("00112233445566778899aabbccddeeff") } })
                     .status,
            422);
        QCOMPARE(m_http
                     .postJson(url,
                         { { QStringLiteral("kind"), QStringLiteral("useful") },
                             { QStringLiteral("key"), QStringLiteral("short") } })
                     .status,
            422);
    }

    void joinRefusalsStoreNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no consent") << "consent" << QJsonValue(false) << 422 << "consent_required";
        QTest::newRow("old consent text")
            << "consentVersion" << QJsonValue(0) << 409 << "consent_outdated";
        QTest::newRow("too old for Jong RAAT")
            << "ageBand" << QJsonValue(QStringLiteral("45-54")) << 422 << "not_eligible";
        QTest::newRow("bad e-mail")
            << "email" << QJsonValue(QStringLiteral("not-an-address")) << 422 << "invalid";
        QTest::newRow("empty name") << "name" << QJsonValue(QStringLiteral("")) << 422 << "invalid";
        QTest::newRow("extra field")
            << "employeeNumber" << QJsonValue(12345) << 422 << "unknown_field";
    }

    void joinRefusalsStoreNothing()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject body = joinBody();
        body.insert(field, value);
        const qint64 before = SqliteFile(membersPath()).count(QStringLiteral("members"));
        const HttpReply r = m_http.postJson(
            m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members")), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(SqliteFile(membersPath()).count(QStringLiteral("members")), before);
        QCOMPARE(
            m_http.postJson(m_collector.url(QStringLiteral("/v1/panels/nope/members")), joinBody())
                .status,
            404);
    }

    void privacyRule7_membershipIsApartAndErasureErases()
    {
        const HttpReply joined = m_http.postJson(
            m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members")), joinBody());
        QCOMPARE(joined.status, 201);
        const QString secret = joined.json().value(QLatin1String("secret")).toString();
        QVERIFY(secret.startsWith(QLatin1String("zsm_")));
        QCOMPARE(m_http
                     .get(m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats")),
                         bearer(m_utrecht))
                     .json()
                     .value(QLatin1String("members"))
                     .toInt(),
            1);

        // Export: the member sees what is stored, with the day joined (no time).
        const QUrl memberUrl
            = m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members/") + secret);
        const HttpReply exported = m_http.get(memberUrl);
        QCOMPARE(exported.status, 200);
        QCOMPARE(exported.json().value(QLatin1String("name")).toString(),
            QStringLiteral("Marloes Testpersoon"));
        QCOMPARE(exported.json().value(QLatin1String("joined")).toString().size(), 7); // a month

        // Apart: nothing identifying is in the main database file, and the secret is stored
        // nowhere in plain text. The wire format of a submission has no field for a member.
        const QByteArray main = fileBytes(m_collector.dbPath())
            + fileBytes(m_collector.dbPath() + QStringLiteral("-wal"));
        QVERIFY(!main.contains("Marloes"));
        QVERIFY(!main.contains("marloes.test@example.nl"));
        QVERIFY(!main.contains(secret.toUtf8()));
        QVERIFY(!(fileBytes(membersPath()) + fileBytes(membersPath() + QStringLiteral("-wal")))
                     .contains(secret.toUtf8()));
        QJsonObject submission = exitSubmission();
        submission.insert(QStringLiteral("memberSecret"), secret);
        const HttpReply refused
            = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), submission);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("unknown_field"));
        // No key to join on: the member table carries none of a submission's identifying or
        // linking columns (only the coarse occupation and age band a panel needs).
        const QStringList memberColumns
            = SqliteFile(membersPath()).columns(QStringLiteral("members"));
        for (const char *column : { "submission_id", "content_hash", "survey_id", "period",
                 "employer", "received_day", "region", "branch", "tenure_band", "id" })
            QVERIFY2(!memberColumns.contains(QLatin1String(column)), column);

        // Erase: gone from the API and from the bytes of the file and its log.
        QNetworkRequest request(memberUrl);
        QNetworkReply *reply = m_http.network()->deleteResource(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();
        QCOMPARE(m_http.get(memberUrl).status, 404);
        const QByteArray members
            = fileBytes(membersPath()) + fileBytes(membersPath() + QStringLiteral("-wal"));
        QVERIFY(!members.contains("Marloes"));
        QVERIFY(!members.contains("marloes.test@example.nl"));
    }

    void panelRounds()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/rounds"));
        QJsonObject round {
            { QStringLiteral("id"), QStringLiteral("jongraat-starters") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("kind"), QStringLiteral("panel") },
            { QStringLiteral("panel"), QStringLiteral("jongraat-utrecht") },
            { QStringLiteral("title"),
                label(QStringLiteral("Starters"), QStringLiteral("Starters")) },
            { QStringLiteral("intro"),
                label(QStringLiteral("Korte ronde"), QStringLiteral("Short round")) },
            { QStringLiteral("questions"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("buddy") },
                    { QStringLiteral("type"), QStringLiteral("scale") },
                    { QStringLiteral("text"),
                        label(QStringLiteral("Hoe nuttig?"), QStringLiteral("How useful?")) },
                    { QStringLiteral("required"), true }, { QStringLiteral("min"), 1 },
                    { QStringLiteral("max"), 5 } } } },
        };
        QJsonObject broken = round;
        broken.insert(QStringLiteral("kind"), QStringLiteral("gossip"));
        const HttpReply refused
            = m_http.post(url, compact(broken), "application/json", bearer(m_utrecht));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()[QLatin1String("error")][QLatin1String("field")].toString(),
            QStringLiteral("kind"));
        QCOMPARE(
            m_http.post(url, compact(round), "application/json", bearer(m_rijnmond)).status, 403);
        QCOMPARE(
            m_http.post(url, compact(round), "application/json", bearer(m_utrecht)).status, 201);
        QCOMPARE(
            m_http.post(url, compact(round), "application/json", bearer(m_utrecht)).status, 409);

        const auto surveys = [&](const QString &region) {
            QStringList ids;
            for (const QJsonValue &s :
                m_http.get(m_collector.url(QStringLiteral("/v1/surveys?region=") + region))
                    .json()
                    .value(QLatin1String("surveys"))
                    .toArray())
                ids.append(s[QLatin1String("id")].toString());
            return ids;
        };
        QVERIFY(surveys(QStringLiteral("utrecht")).contains(QStringLiteral("jongraat-starters")));
        QVERIFY(
            surveys(QStringLiteral("amersfoort")).contains(QStringLiteral("jongraat-starters")));
        QVERIFY(!surveys(QStringLiteral("rijnmond")).contains(QStringLiteral("jongraat-starters")));

        // Answers travel like any other: anonymous, validated against the round.
        const auto answer = [](int value, const QString &region) {
            QJsonObject a = submission(
                QStringLiteral("jongraat-starters"), { { QStringLiteral("buddy"), value } });
            a.insert(QStringLiteral("strata"), strata({}, region));
            return a;
        };
        const QUrl submissions = m_collector.url(QStringLiteral("/v1/submissions"));
        QCOMPARE(m_http.postJson(submissions, answer(4, QStringLiteral("utrecht"))).status, 201);
        QCOMPARE(m_http.postJson(submissions, answer(9, QStringLiteral("utrecht"))).status, 422);
        QCOMPARE(m_http.postJson(submissions, answer(4, QStringLiteral("rijnmond"))).status, 422);

        // A restart keeps the round.
        m_collector.kill();
        QVERIFY(m_collector.restart());
        QVERIFY(surveys(QStringLiteral("utrecht")).contains(QStringLiteral("jongraat-starters")));
    }

    void ideasShowNamesOnlyToTheCoordinator()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/regions/utrecht/ideas"));
        const QJsonObject idea { { QStringLiteral("title"), QStringLiteral("Vaste maatjes") },
            { QStringLiteral("description"),
                QStringLiteral("Elke starter een vaste collega als maatje.") },
            { QStringLiteral("theme"), QStringLiteral("onboarding") },
            { QStringLiteral("willHelp"), true },
            { QStringLiteral("name"), QStringLiteral("Kees Idee") } };
        const HttpReply sent = m_http.postJson(url, idea);
        QCOMPARE(sent.status, 201);
        const QString id = sent.json().value(QLatin1String("id")).toString();
        const HttpReply publicList = m_http.get(url);
        QVERIFY(!publicList.body.contains("Kees Idee"));
        QVERIFY(publicList.body.contains("Vaste maatjes"));
        QVERIFY(m_http.get(url, bearer(m_utrecht)).body.contains("Kees Idee"));
        QCOMPARE(m_http.get(url, bearer(m_rijnmond)).status, 403);

        const QUrl supportUrl = m_collector.url(QStringLiteral("/v1/ideas/%1/support").arg(id));
        const QJsonObject key { { QStringLiteral("key"),
            QStringLiteral("ffeeddccbbaa99887766554433221100") } };
        QCOMPARE(
            m_http.postJson(supportUrl, key).json().value(QLatin1String("supports")).toInt(), 1);
        QCOMPARE(
            m_http.postJson(supportUrl, key).json().value(QLatin1String("supports")).toInt(), 1);

        QJsonObject bad = idea;
        bad.insert(QStringLiteral("theme"), QStringLiteral("coffee"));
        QCOMPARE(m_http.postJson(url, bad).status, 422);
        bad = idea;
        bad.insert(QStringLiteral("title"), QStringLiteral("x"));
        QCOMPARE(m_http.postJson(url, bad).status, 422);
        QCOMPARE(
            m_http.postJson(m_collector.url(QStringLiteral("/v1/regions/atlantis/ideas")), idea)
                .status,
            404);
    }

private:
    QString coordinator(const QString &region)
    {
        const auto r = CollectorProcess::run({ QStringLiteral("coordinator"), QStringLiteral("add"),
            QStringLiteral("--db"), m_collector.dbPath(), QStringLiteral("--region"), region });
        return QString::fromUtf8(r.out).trimmed();
    }
    static Http::Headers bearer(const QString &token)
    {
        return { { "Authorization", "Bearer " + token.toUtf8() } };
    }
    QString membersPath() const { return m_collector.dbPath() + QStringLiteral(".members"); }
    qint64 actionCount()
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("actions"));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_utrecht;
    QString m_rijnmond;
};

QTEST_GUILESS_MAIN(TestRegional)
#include "tst_regional.moc"
