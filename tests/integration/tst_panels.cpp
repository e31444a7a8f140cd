// Panels against the real collector (docs/protocol.md "Panels"): the list with its ETag,
// joining with versioned consent and the age rule, export, leave (erased from the file and its
// log), member counts for the coordinators of served regions only, and panel rounds that are
// validated like built-in surveys and served to the panel's regions. Refusals store nothing. A
// round's answers carry the member's one-time credential of that round (DESIGN §5a).
#include "joinrequest.h"
#include "membership.h"
#include "regionalfixtures.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace zs::test;

class TestPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_utrecht = m_collector.addCoordinator(QStringLiteral("utrecht"));
        m_amersfoort = m_collector.addCoordinator(QStringLiteral("amersfoort"));
        m_rijnmond = m_collector.addCoordinator(QStringLiteral("rijnmond"));
        for (const QString &token : { m_utrecht, m_amersfoort, m_rijnmond })
            QVERIFY(token.startsWith(QLatin1String("zsc_")));
        QVERIFY(m_collector.addCoordinator(QStringLiteral("atlantis")).isEmpty());
    }

    void listPanelsOfARegionWithEtag()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/regions/amersfoort/panels"));
        const HttpReply r = m_http.get(url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("region")).toString(), QStringLiteral("amersfoort"));
        const QJsonArray panels = r.json().value(QLatin1String("panels")).toArray();
        QCOMPARE(ids(panels), QStringList { QStringLiteral("jongraat-utrecht") });
        const QJsonObject p = panels.first().toObject();
        for (const char *key : { "name", "regions", "organiser", "style", "ageBands", "description",
                 "howItWorks", "meetings", "consentVersion", "consentText", "shares" })
            QVERIFY2(p.contains(QLatin1String(key)), key);
        const QByteArray etag = r.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(m_http.get(url, { { "If-None-Match", etag } }).status, 304);
        QCOMPARE(m_http.get(url, { { "If-None-Match", "\"other\"" } }).status, 200);
        QVERIFY(!ids(m_http.get(m_collector.url(QStringLiteral("/v1/regions/rijnmond/panels")))
                         .json()
                         .value(QLatin1String("panels"))
                         .toArray())
                     .contains(QStringLiteral("jongraat-utrecht")));
        QCOMPARE(
            m_http.get(m_collector.url(QStringLiteral("/v1/regions/atlantis/panels"))).status, 404);
    }

    void joinExportAndLeave()
    {
        QJsonObject body = joinBody(QStringLiteral("Fenna Verlaat"));
        body.remove(QStringLiteral("email"));
        body.insert(QStringLiteral("phone"), QStringLiteral("+31 6 1234 5678"));
        const HttpReply joined = m_http.postJson(panelUrl(QStringLiteral("/members")), body);
        QCOMPARE(joined.status, 201);
        QCOMPARE(joined.json().value(QLatin1String("panel")).toString(),
            QStringLiteral("jongraat-utrecht"));
        const QString secret = joined.json().value(QLatin1String("secret")).toString();
        QVERIFY(secret.startsWith(QLatin1String("zsm_")));
        // The year, never the month: a response's period is a month (DESIGN §5 rule 7).
        static const QRegularExpression yearOnly(QStringLiteral("^20\\d{2}$"));
        const QString year = joined.json().value(QLatin1String("joined")).toString();
        QVERIFY2(yearOnly.match(year).hasMatch(), qPrintable(year));

        const QUrl memberUrl = panelUrl(QStringLiteral("/members/") + secret);
        const HttpReply exported = m_http.get(memberUrl);
        QCOMPARE(exported.status, 200);
        const QJsonObject m = exported.json();
        QCOMPARE(m.value(QLatin1String("name")).toString(), QStringLiteral("Fenna Verlaat"));
        QCOMPARE(m.value(QLatin1String("phone")).toString(), QStringLiteral("+31 6 1234 5678"));
        QVERIFY(!m.contains(QLatin1String("email")));
        QCOMPARE(m.value(QLatin1String("consentVersion")).toInt(), 2);
        QCOMPARE(m.value(QLatin1String("joined")).toString(), year);
        // The age band was checked against Jong RAAT's rule and dropped: only the outcome stays.
        QCOMPARE(m.value(QLatin1String("ageRuleMet")), QJsonValue(true));
        QCOMPARE(m.keys(),
            (QStringList { QStringLiteral("ageRuleMet"), QStringLiteral("consentVersion"),
                QStringLiteral("joined"), QStringLiteral("name"), QStringLiteral("panel"),
                QStringLiteral("phone") }));
        zs::ProtocolError e;
        const auto membership = zs::Membership::fromJson(m, &e);
        QVERIFY2(membership, qPrintable(e.message));
        QCOMPARE(membership->validate(), std::nullopt);
        // The secret works only for its own panel.
        QCOMPARE(m_http
                     .get(m_collector.url(
                         QStringLiteral("/v1/panels/raatgevers-rijnmond/members/") + secret))
                     .status,
            404);
        // The scan below can find her: it reads every value of every table.
        QVERIFY(SqliteFile(membersPath(m_collector)).anyValueContains("Fenna Verlaat"));
        // The bytes of an SQLite file; a PostgreSQL server's pages are its own (README).
        if (!usePostgres())
            QVERIFY(fileAndWal(membersPath(m_collector)).contains("Fenna Verlaat"));

        QCOMPARE(send(m_http, "DELETE", memberUrl).status, 204);
        QCOMPARE(m_http.get(memberUrl).status, 404);
        QCOMPARE(send(m_http, "DELETE", memberUrl).status, 404);
        // Erased for real: a fresh read of the file and its log finds no trace.
        QCOMPARE(SqliteFile(membersPath(m_collector))
                     .count(QStringLiteral("members"), QStringLiteral("name = 'Fenna Verlaat'")),
            0);
        {
            const SqliteFile store(membersPath(m_collector));
            QVERIFY(!store.anyValueContains("Fenna Verlaat"));
            QVERIFY(!store.anyValueContains("+31 6 1234 5678"));
        }
        if (!usePostgres()) {
            const QByteArray bytes = fileAndWal(membersPath(m_collector));
            QVERIFY(!bytes.contains("Fenna Verlaat"));
            QVERIFY(!bytes.contains("+31 6 1234 5678"));
        }
    }

    // Issue 11: the app's outbox sends a join again when the answer was lost; with the same
    // request id it is the same membership and secret (200), never a second row with her name
    // that she could not export or erase.
    void aRepeatedJoinWithTheSameRequestIdIsTheSameMembership()
    {
        QJsonObject body = joinBody(QStringLiteral("Herhaal Jansen"));
        const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        body.insert(QStringLiteral("requestId"), requestId);
        const qint64 before = memberCount();
        const HttpReply first = m_http.postJson(panelUrl(QStringLiteral("/members")), body);
        QCOMPARE(first.status, 201);
        const QString secret = first.json().value(QLatin1String("secret")).toString();
        QCOMPARE(secret, zs::JoinRequest::secretFor(QStringLiteral("jongraat-utrecht"), requestId));
        const HttpReply again = m_http.postJson(panelUrl(QStringLiteral("/members")), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("secret")).toString(), secret);
        QCOMPARE(again.json().value(QLatin1String("joined")).toString(),
            first.json().value(QLatin1String("joined")).toString());
        QCOMPARE(memberCount(), before + 1);
        QVERIFY(!SqliteFile(membersPath(m_collector)).anyValueContains(requestId.toLatin1()));
        // A byte scan of the SQLite members file and its WAL (PostgreSQL has no such file).
        if (!usePostgres())
            QVERIFY(!fileAndWal(membersPath(m_collector)).contains(requestId.toLatin1()));
        // Leaving with the secret the app can work out itself erases that one row.
        QCOMPARE(
            send(m_http, "DELETE", panelUrl(QStringLiteral("/members/") + secret)).status, 204);
        QCOMPARE(memberCount(), before);
        body.insert(QStringLiteral("requestId"), 7);
        const HttpReply bad = m_http.postJson(panelUrl(QStringLiteral("/members")), body);
        QCOMPARE(bad.status, 422);
        QCOMPARE(errorField(bad), QStringLiteral("requestId"));
        QCOMPARE(memberCount(), before);
    }

    void joinRefusalsStoreNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no consent") << "consent" << QJsonValue(false) << 422 << "consent_required";
        QTest::newRow("consent left out") << "consent" << absent << 422 << "consent_required";
        QTest::newRow("consent as text")
            << "consent" << QJsonValue(QStringLiteral("true")) << 422 << "consent_required";
        QTest::newRow("old consent text")
            << "consentVersion" << QJsonValue(0) << 409 << "consent_outdated";
        // Version 1 said the panel keeps the occupation and age group; it no longer does.
        QTest::newRow("consent text of version 1")
            << "consentVersion" << QJsonValue(1) << 409 << "consent_outdated";
        QTest::newRow("consent version as text")
            << "consentVersion" << QJsonValue(QStringLiteral("1")) << 422 << "wrong_type";
        QTest::newRow("too old for Jong RAAT")
            << "ageBand" << QJsonValue(QStringLiteral("45-54")) << 422 << "not_eligible";
        QTest::newRow("unknown age band")
            << "ageBand" << QJsonValue(QStringLiteral("ancient")) << 422 << "unknown_value";
        QTest::newRow("no age band for Jong RAAT's age rule")
            << "ageBand" << absent << 422 << "unknown_value";
        // Data minimisation: no occupation group is asked for, so one sent is an unknown field.
        QTest::newRow("an occupation group")
            << "occupation" << QJsonValue(QStringLiteral("vpk_hbo")) << 422 << "unknown_field";
        QTest::newRow("no contact") << "email" << absent << 422 << "contact_required";
        QTest::newRow("bad e-mail")
            << "email" << QJsonValue(QStringLiteral("not-an-address")) << 422 << "invalid";
        QTest::newRow("e-mail as number") << "email" << QJsonValue(42) << 422 << "invalid";
        QTest::newRow("bad phone")
            << "phone" << QJsonValue(QStringLiteral("call me")) << 422 << "invalid";
        QTest::newRow("empty name")
            << "name" << QJsonValue(QStringLiteral(" ")) << 422 << "invalid";
        QTest::newRow("name left empty") << "name" << QJsonValue(QString()) << 422 << "invalid";
        QTest::newRow("name too long")
            << "name" << QJsonValue(QString(101, QLatin1Char('a'))) << 422 << "invalid";
        QTest::newRow("name as number") << "name" << QJsonValue(7) << 422 << "invalid";
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
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const qint64 before = memberCount();
        const HttpReply r = m_http.postJson(panelUrl(QStringLiteral("/members")), body);
        QVERIFY2(r.status == status, r.describe());
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(errorField(r), field);
        QCOMPARE(memberCount(), before);
    }

    void joinMalformedRequests()
    {
        const qint64 before = memberCount();
        const QUrl url = panelUrl(QStringLiteral("/members"));
        QCOMPARE(m_http.post(url, compact(joinBody()), "text/plain").status, 415);
        QCOMPARE(m_http.post(url, "{\"name\": ").status, 400);
        QCOMPARE(m_http.post(url, "[1, 2]").status, 400);
        QCOMPARE(
            m_http.postJson(m_collector.url(QStringLiteral("/v1/panels/nope/members")), joinBody())
                .status,
            404);
        QCOMPARE(memberCount(), before);
    }

    void aPanelWithoutAgeRuleTakesEveryone()
    {
        QJsonObject body
            = joinBody(QStringLiteral("Henk Ouder"), QStringLiteral("henk@example.nl"));
        body.insert(QStringLiteral("ageBand"), QStringLiteral("55plus"));
        const QUrl url = m_collector.url(QStringLiteral("/v1/panels/raatgevers-rijnmond/members"));
        const HttpReply r = m_http.postJson(url, body);
        QVERIFY2(r.status == 201, r.describe());
        // It needs no age band, and keeps that no age rule was met.
        body.remove(QStringLiteral("ageBand"));
        const HttpReply without = m_http.postJson(url, body);
        QVERIFY2(without.status == 201, without.describe());
        for (const HttpReply *joined : { &r, &without }) {
            const HttpReply exported = m_http.get(
                m_collector.url(QStringLiteral("/v1/panels/raatgevers-rijnmond/members/")
                    + joined->json().value(QLatin1String("secret")).toString()));
            QCOMPARE(exported.status, 200);
            QCOMPARE(exported.json().value(QLatin1String("ageRuleMet")), QJsonValue(false));
        }
    }

    void statsOnlyForCoordinatorsOfServedRegions()
    {
        const qint64 stored
            = SqliteFile(membersPath(m_collector))
                  .count(QStringLiteral("members"), QStringLiteral("panel = 'jongraat-utrecht'"));
        QVERIFY(m_http.postJson(panelUrl(QStringLiteral("/members")), joinBody()).status == 201);
        const QUrl url = panelUrl(QStringLiteral("/stats"));
        const HttpReply own = m_http.get(url, bearer(m_utrecht));
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json().value(QLatin1String("members")).toInt(), stored + 1);
        QCOMPARE(own.json().keys(),
            (QStringList { QStringLiteral("members"), QStringLiteral("panel") }));
        QVERIFY(!own.body.contains("Marloes")); // never member details
        QCOMPARE(m_http.get(url, bearer(m_amersfoort)).status, 200); // a served region
        const HttpReply other = m_http.get(url, bearer(m_rijnmond));
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(m_http.get(url).status, 401);
        QCOMPARE(m_http.get(url, bearer(QStringLiteral("zsc_0000"))).status, 401);
        QCOMPARE(
            m_http.get(m_collector.url(QStringLiteral("/v1/panels/nope/stats")), bearer(m_utrecht))
                .status,
            404);
    }

    void brokenRoundsAreRefusedWithTheirField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("unknown kind")
            << "kind" << QJsonValue(QStringLiteral("gossip")) << 422 << "kind";
        QTest::newRow("not a panel round")
            << "kind" << QJsonValue(QStringLiteral("pulse")) << 422 << "kind";
        QTest::newRow("other panel")
            << "panel" << QJsonValue(QStringLiteral("raatgevers-rijnmond")) << 422 << "panel";
        QTest::newRow("region not served")
            << "region" << QJsonValue(QStringLiteral("rijnmond")) << 422 << "region";
        QTest::newRow("no questions")
            << "questions" << QJsonValue(QJsonArray {}) << 422 << "questions";
        QTest::newRow("title not a label")
            << "title" << QJsonValue(QStringLiteral("Starters")) << 422 << "title";
        QTest::newRow("takes the exit survey's id")
            << "id" << QJsonValue(QStringLiteral("exit")) << 409 << "id";
    }

    void brokenRoundsAreRefusedWithTheirField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, expectedField);
        QJsonObject round = validRound(QStringLiteral("jongraat-broken"),
            QStringLiteral("jongraat-utrecht"), field == QLatin1String("id") ? 7 : 1);
        round.insert(field, value);
        const qint64 before = roundCount();
        const HttpReply r = m_http.post(panelUrl(QStringLiteral("/rounds")), compact(round),
            "application/json", bearer(m_utrecht));
        QVERIFY2(r.status == status, r.describe());
        QVERIFY2(errorField(r).startsWith(expectedField), r.describe());
        QCOMPARE(roundCount(), before);
        // The exit survey is still the built-in one, everywhere.
        for (const QString &region : { QStringLiteral("utrecht"), QStringLiteral("groningen") })
            QVERIFY(surveyIds(region).contains(QStringLiteral("exit")));
    }

    void aRoundIsServedToThePanelsRegionsAndAnswered()
    {
        const QUrl url = panelUrl(QStringLiteral("/rounds"));
        const QByteArray round = compact(
            validRound(QStringLiteral("jongraat-buddies"), QStringLiteral("jongraat-utrecht")));
        QCOMPARE(m_http.post(url, round).status, 401);
        QCOMPARE(m_http.post(url, round, "application/json", bearer(m_rijnmond)).status, 403);
        QCOMPARE(roundCount(), 0);
        const HttpReply published = m_http.post(url, round, "application/json", bearer(m_utrecht));
        QCOMPARE(published.status, 201);
        QCOMPARE(published.json().value(QLatin1String("surveyId")).toString(),
            QStringLiteral("jongraat-buddies"));
        QCOMPARE(published.json().value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(m_http.post(url, round, "application/json", bearer(m_utrecht)).status, 409);
        // Another region's coordinator cannot take the id over with a higher version.
        const HttpReply takeover
            = m_http.post(m_collector.url(QStringLiteral("/v1/panels/raatgevers-rijnmond/rounds")),
                compact(validRound(
                    QStringLiteral("jongraat-buddies"), QStringLiteral("raatgevers-rijnmond"), 2)),
                "application/json", bearer(m_rijnmond));
        QCOMPARE(takeover.status, 409);
        QCOMPARE(roundCount(), 1);

        QVERIFY(surveyIds(QStringLiteral("utrecht")).contains(QStringLiteral("jongraat-buddies")));
        QVERIFY(surveyIds(QStringLiteral("gooi-vechtstreek"))
                    .contains(QStringLiteral("jongraat-buddies")));
        QVERIFY(
            !surveyIds(QStringLiteral("rijnmond")).contains(QStringLiteral("jongraat-buddies")));

        const QUrl submissions = m_collector.url(QStringLiteral("/v1/submissions"));
        // Without the round's credential it does not count.
        const HttpReply uncredentialed
            = m_http.postJson(submissions, buddiesAnswer(4, QStringLiteral("amersfoort")));
        QCOMPARE(uncredentialed.status, 422);
        QCOMPARE(uncredentialed.errorCode(), QStringLiteral("credential_required"));
        // Each answer from another member, with that member's credential for the round.
        const QJsonObject accepted = fromMember(buddiesAnswer(4, QStringLiteral("amersfoort")));
        QVERIFY2(accepted.contains(QLatin1String("credential")), qPrintable(m_credentialError));
        QCOMPARE(m_http.postJson(submissions, accepted).status, 201);
        const QJsonObject outOfScale = fromMember(buddiesAnswer(9, QStringLiteral("utrecht")));
        QVERIFY2(outOfScale.contains(QLatin1String("credential")), qPrintable(m_credentialError));
        const HttpReply scale = m_http.postJson(submissions, outOfScale);
        QVERIFY2(scale.status == 422, scale.describe());
        QCOMPARE(errorField(scale), QStringLiteral("answers.buddy"));
        const QJsonObject notServed = fromMember(buddiesAnswer(4, QStringLiteral("rijnmond")));
        QVERIFY2(notServed.contains(QLatin1String("credential")), qPrintable(m_credentialError));
        const HttpReply region = m_http.postJson(submissions, notServed);
        QVERIFY2(region.status == 422, region.describe());
        QCOMPARE(errorField(region), QStringLiteral("strata.region"));
        QCOMPARE(SqliteFile(m_collector.dbPath())
                     .count(QStringLiteral("submissions"),
                         QStringLiteral("survey_id = 'jongraat-buddies'")),
            1);
    }

    void aRoundIsListedInEveryServedRegionAndSurvivesARestart()
    {
        // jongraat-buddies (published above) is in the list of each region the panel serves,
        // is answered from the panel's own region, and is still served after a crash.
        QVERIFY(
            surveyIds(QStringLiteral("amersfoort")).contains(QStringLiteral("jongraat-buddies")));
        const QUrl submissions = m_collector.url(QStringLiteral("/v1/submissions"));
        const QJsonObject answer = fromMember(buddiesAnswer(4, QStringLiteral("utrecht")));
        QVERIFY2(answer.contains(QLatin1String("credential")), qPrintable(m_credentialError));
        QCOMPARE(m_http.postJson(submissions, answer).status, 201);
        m_collector.kill();
        QVERIFY2(m_collector.restart(), qPrintable(m_collector.lastError()));
        QVERIFY(surveyIds(QStringLiteral("utrecht")).contains(QStringLiteral("jongraat-buddies")));
        QCOMPARE(roundCount(), 1);
    }

    // A round's report comes only from its releases: nothing before a cut, one release after,
    // for a coordinator of a served region only.
    void aRoundsReportComesFromItsReleases()
    {
        const QUrl submissions = m_collector.url(QStringLiteral("/v1/submissions"));
        for (int i = 0; i < 12; ++i) {
            const QJsonObject answer
                = fromMember(buddiesAnswer(1 + i % 5, QStringLiteral("utrecht")));
            QVERIFY2(answer.contains(QLatin1String("credential")), qPrintable(m_credentialError));
            QCOMPARE(m_http.postJson(submissions, answer).status, 201);
        }
        const QUrl report = panelUrl(QStringLiteral("/rounds/jongraat-buddies/report"));
        const auto releases = [&](const HttpReply &r) {
            return r.json()[QLatin1String("scopes")][0][QLatin1String("releases")].toArray();
        };
        HttpReply r = m_http.get(report, bearer(m_utrecht));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QLatin1String("scopes")][0][QLatin1String("scope")].toString(),
            QStringLiteral("round"));
        QCOMPARE(releases(r).size(), 0);
        QCOMPARE(m_collector.cutReleases().exitCode, 0);
        r = m_http.get(report, bearer(m_utrecht));
        QCOMPARE(r.status, 200);
        QCOMPARE(releases(r).size(), 1);
        // 14 answers so far (two from the tests above); the count is noisy.
        const int respondents
            = releases(r).at(0)[QLatin1String("respondents")][QLatin1String("count")].toInt();
        QVERIFY2(respondents >= 4 && respondents <= 24, qPrintable(QString::number(respondents)));
        QCOMPARE(m_http.get(report, bearer(m_amersfoort)).status, 200); // a served region
        QCOMPARE(m_http.get(report, bearer(m_rijnmond)).status, 403);
        QCOMPARE(m_http.get(report).status, 401);
        QCOMPARE(
            m_http.get(panelUrl(QStringLiteral("/rounds/nope/report")), bearer(m_utrecht)).status,
            404);
    }

    void wrongMethodsOnPanelPaths()
    {
        QCOMPARE(send(m_http, "PUT", panelUrl(QStringLiteral("/members"))).status, 405);
        QCOMPARE(
            send(m_http, "DELETE", m_collector.url(QStringLiteral("/v1/regions/utrecht/panels")))
                .status,
            405);
        QCOMPARE(m_http.get(panelUrl(QStringLiteral("/rounds"))).status, 405);
        QCOMPARE(m_http.post(panelUrl(QStringLiteral("/stats")), "{}").status, 405);
    }

private:
    /// A submission answering the jongraat-buddies round from a region.
    static QJsonObject buddiesAnswer(int value, const QString &region)
    {
        QJsonObject a = submission(
            QStringLiteral("jongraat-buddies"), { { QStringLiteral("buddy"), value } });
        a.insert(QStringLiteral("strata"), strata({}, region));
        return a;
    }
    /// The answer with the round's credential of a new member of jongraat-utrecht; without
    /// "credential" (and m_credentialError set) when a step fails.
    QJsonObject fromMember(const QJsonObject &answer)
    {
        return fromNewMember(m_http, m_collector, m_credentials, QStringLiteral("jongraat-utrecht"),
            answer, &m_credentialError);
    }
    QUrl panelUrl(const QString &tail) const
    {
        return m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht") + tail);
    }
    qint64 memberCount() const
    {
        return SqliteFile(membersPath(m_collector)).count(QStringLiteral("members"));
    }
    qint64 roundCount() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("panel_rounds"));
    }
    QStringList surveyIds(const QString &region)
    {
        return ids(m_http.get(m_collector.url(QStringLiteral("/v1/surveys?region=") + region))
                       .json()
                       .value(QLatin1String("surveys"))
                       .toArray());
    }

    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
    QString m_credentialError;
    QString m_utrecht;
    QString m_amersfoort;
    QString m_rijnmond;
};

QTEST_GUILESS_MAIN(TestPanels)
#include "tst_panels.moc"
