// The collector's HTTP API v1 (DESIGN §4) end to end: the real executable on an ephemeral port,
// driven over QNetworkAccessManager; every refusal is checked for status, error code and that
// nothing was stored. Submissions for an employer carry a real one-time credential (DESIGN §5a),
// redeemed through the collector's own endpoints (CredentialMaker).

#include "collectorprocess.h"
#include "credentials.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace zs::test;

class TestCollectorApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void surveysWithETag();
    void surveysNeedAKnownRegion();
    void employersOfARegion();
    void singleSubmissionIsIdempotent();
    void sameIdOtherContentConflicts();
    void batchJudgesEachItemOnItsOwn();
    void batchOfFiveHundredIsAccepted();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void unknownRouteAndMethod_data();
    void unknownRouteAndMethod();
    void reportAccess_data();
    void reportAccess();
    void kBelowMinimumIsRefused_data();
    void kBelowMinimumIsRefused();
    void garbageNeverBreaksTheCollector();

private:
    qint64 stored() const { return storedSubmissions(m_collector.dbPath()); }
    qint64 storedWithId(const QString &id) const
    {
        return SqliteFile(m_collector.dbPath())
            .count(QStringLiteral("submissions"), QStringLiteral("submission_id = ?"), { id });
    }

    /// The submission with a fresh credential of its employer; fails the test when none comes.
    QJsonObject credentialed(const QJsonObject &submission)
    {
        QJsonObject out = m_credentials.credentialed(submission);
        if (!out.contains(QLatin1String("credential")))
            qFatal("no credential: %s", qPrintable(m_credentials.lastError()));
        return out;
    }

    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
    QString m_tokenA;
    QString m_tokenB;
};

void TestCollectorApi::initTestCase()
{
    // Employers exist before the server starts and one is added while it runs.
    m_tokenA = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Zorggroep A"));
    QVERIFY2(m_tokenA.startsWith(QLatin1String("zse_")), qPrintable(m_collector.lastError()));
    QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.k(), 10);
    m_tokenB = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-b"), QStringLiteral("Thuiszorg B"));
    QVERIFY2(!m_tokenB.isEmpty(), qPrintable(m_collector.lastError()));
    QVERIFY(m_tokenB != m_tokenA);
    QVERIFY(!m_collector
                 .addEmployer(QStringLiteral("friesland"), QStringLiteral("fries-c"),
                     QStringLiteral("Friese Zorg C"))
                 .isEmpty());
    // A second registration of an id fails and hands out no token.
    QVERIFY(m_collector
                .addEmployer(
                    QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Again"))
                .isEmpty());
}

void TestCollectorApi::cleanupTestCase()
{
    m_collector.kill();
}

void TestCollectorApi::health()
{
    const HttpReply r = m_http.get(m_collector.url(QStringLiteral("/v1/health")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.json().value(QLatin1String("schemaVersion")).toInt(), 1);
}

void TestCollectorApi::surveysWithETag()
{
    const QUrl url = m_collector.url(QStringLiteral("/v1/surveys?region=groningen"));
    const HttpReply first = m_http.get(url);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 2, etag.constData());
    QStringList ids;
    for (const QJsonValue &s : first.json().value(QLatin1String("surveys")).toArray())
        ids.append(s[QLatin1String("id")].toString());
    QVERIFY2(ids.contains(QStringLiteral("exit")) && ids.contains(QStringLiteral("retention")),
        qPrintable(ids.join(QLatin1Char(','))));

    // Same content, same tag; a matching If-None-Match answers 304 without a body.
    QCOMPARE(m_http.get(url).header("ETag"), etag);
    const HttpReply notModified = m_http.get(url, { { "If-None-Match", etag } });
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE(notModified.header("ETag"), etag);

    const HttpReply stale = m_http.get(url, { { "If-None-Match", "\"0000\"" } });
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, first.body);
}

void TestCollectorApi::surveysNeedAKnownRegion()
{
    const HttpReply missing = m_http.get(m_collector.url(QStringLiteral("/v1/surveys")));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("missing_parameter"));
    const HttpReply unknown
        = m_http.get(m_collector.url(QStringLiteral("/v1/surveys?region=atlantis")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_region"));
}

void TestCollectorApi::employersOfARegion()
{
    const HttpReply r
        = m_http.get(m_collector.url(QStringLiteral("/v1/regions/groningen/employers")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("region")).toString(), QStringLiteral("groningen"));
    QMap<QString, QString> employers;
    for (const QJsonValue &e : r.json().value(QLatin1String("employers")).toArray()) {
        QCOMPARE(
            e.toObject().keys(), (QStringList { QStringLiteral("id"), QStringLiteral("name") }));
        employers.insert(e[QLatin1String("id")].toString(), e[QLatin1String("name")].toString());
    }
    QCOMPARE(employers.value(QStringLiteral("zorg-a")), QStringLiteral("Zorggroep A"));
    QCOMPARE(employers.value(QStringLiteral("zorg-b")), QStringLiteral("Thuiszorg B"));
    QCOMPARE(employers.size(), 2); // the Frisian one is not listed here
    QVERIFY(!r.body.contains("zse_"));

    const HttpReply friesland
        = m_http.get(m_collector.url(QStringLiteral("/v1/regions/friesland/employers")));
    QCOMPARE(friesland.json().value(QLatin1String("employers")).toArray().size(), 1);

    const HttpReply unknown
        = m_http.get(m_collector.url(QStringLiteral("/v1/regions/atlantis/employers")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_region"));
}

void TestCollectorApi::singleSubmissionIsIdempotent()
{
    const qint64 before = stored();
    QVERIFY(before >= 0);
    const QJsonObject s = credentialed(exitSubmission(QStringLiteral("zorg-a")));
    const QString id = s.value(QLatin1String("submissionId")).toString();

    const HttpReply created
        = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), s);
    QVERIFY2(created.status == 201, created.describe());
    const QJsonObject receipt = created.json().value(QLatin1String("receipt")).toObject();
    QCOMPARE(receipt.value(QLatin1String("submissionId")).toString(), id);
    QCOMPARE(receipt.value(QLatin1String("surveyId")).toString(), QStringLiteral("exit"));
    QCOMPARE(receipt.value(QLatin1String("surveyVersion")).toInt(), exitSurvey().version);
    QCOMPARE(receipt.value(QLatin1String("period")).toString(), thisPeriod());
    QCOMPARE(stored(), before + 1);
    QCOMPARE(storedWithId(id), 1);

    // The exact repeat (a lost acknowledgement), credential and all, answers 200 with the same
    // receipt, no new row: a duplicate, not a spent credential.
    for (int i = 0; i < 3; ++i) {
        const HttpReply repeat
            = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), s);
        QVERIFY2(repeat.status == 200, repeat.describe());
        QCOMPARE(repeat.json().value(QLatin1String("receipt")).toObject(), receipt);
    }
    QCOMPARE(stored(), before + 1);
    QCOMPARE(storedWithId(id), 1);
}

void TestCollectorApi::sameIdOtherContentConflicts()
{
    QJsonObject s = credentialed(
        exitSubmission(QStringLiteral("zorg-a"), exitAnswers({ QStringLiteral("pay") }, 3)));
    const QString id = s.value(QLatin1String("submissionId")).toString();
    QCOMPARE(m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), s).status, 201);
    const qint64 before = stored();

    s.insert(QStringLiteral("answers"), exitAnswers({ QStringLiteral("pay") }, 9));
    const HttpReply conflict
        = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), s);
    QVERIFY2(conflict.status == 409, conflict.describe());
    QCOMPARE(conflict.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(stored(), before);
    // The first content stays.
    const QStringList enps
        = SqliteFile(m_collector.dbPath())
              .strings(QStringLiteral("SELECT a.value FROM answers a JOIN submissions s"
                                      " ON s.id = a.submission WHERE s.submission_id = ?"
                                      " AND a.question = 'enps'"),
                  { id });
    QCOMPARE(enps, QStringList { QStringLiteral("3") });
}

void TestCollectorApi::batchJudgesEachItemOnItsOwn()
{
    const qint64 before = stored();
    const QJsonObject valid1 = credentialed(exitSubmission(QStringLiteral("zorg-a")));
    const QJsonObject valid2 = credentialed(retentionSubmission(QStringLiteral("zorg-b")));
    QJsonObject unknownField = exitSubmission();
    unknownField.insert(QStringLiteral("deviceId"), QStringLiteral("abc"));
    QJsonObject unknownSurvey = exitSubmission();
    unknownSurvey.insert(QStringLiteral("surveyId"), QStringLiteral("no-such-survey"));
    QJsonObject otherContent = valid2;
    otherContent.insert(QStringLiteral("answers"), retentionAnswers(1));

    const QJsonArray items { valid1, unknownField, valid2, 42, valid1, unknownSurvey,
        otherContent };
    const HttpReply r
        = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
    QVERIFY2(r.status == 200, r.describe());
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), items.size());

    struct Expected
    {
        int status;
        const char *code; // nullptr: a receipt for the item at that index
    };
    const Expected expected[] = { { 201, nullptr }, { 422, "unknown_field" }, { 201, nullptr },
        { 400, "malformed" }, { 200, nullptr }, { 422, "unknown_survey" }, { 409, "conflict" } };
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QByteArray where = "item " + QByteArray::number(i) + ": " + compact(result);
        QVERIFY2(
            result.value(QLatin1String("status")).toInt() == expected[i].status, where.constData());
        if (expected[i].code) {
            QVERIFY2(!result.contains(QLatin1String("receipt")), where.constData());
            QCOMPARE(result.value(QLatin1String("error"))[QLatin1String("code")].toString(),
                QLatin1String(expected[i].code));
        } else {
            QVERIFY2(!result.contains(QLatin1String("error")), where.constData());
            QCOMPARE(
                result.value(QLatin1String("receipt"))[QLatin1String("submissionId")].toString(),
                items.at(i)[QLatin1String("submissionId")].toString());
        }
    }
    QCOMPARE(stored(), before + 2);
    QCOMPARE(storedWithId(valid1.value(QLatin1String("submissionId")).toString()), 1);
    QCOMPARE(storedWithId(valid2.value(QLatin1String("submissionId")).toString()), 1);
    QCOMPARE(storedWithId(unknownField.value(QLatin1String("submissionId")).toString()), 0);
    QCOMPARE(storedWithId(unknownSurvey.value(QLatin1String("submissionId")).toString()), 0);
    // valid2 kept its first content (retentionAnswers(8)).
    QCOMPARE(
        SqliteFile(m_collector.dbPath())
            .strings(QStringLiteral(
                         "SELECT a.value FROM answers a JOIN submissions s ON s.id = a.submission"
                         " WHERE s.submission_id = ? AND a.question = 'enps'"),
                { valid2.value(QLatin1String("submissionId")).toString() }),
        QStringList { QStringLiteral("8") });
}

void TestCollectorApi::batchOfFiveHundredIsAccepted()
{
    // The limit itself is allowed (501 is refused in badInputStoresNothing).
    const qint64 before = stored();
    QJsonArray items;
    for (int i = 0; i < 500; ++i)
        items.append(
            i % 2 ? credentialed(exitSubmission(QStringLiteral("zorg-b"))) : retentionSubmission());
    const HttpReply r
        = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
    QVERIFY2(r.status == 200, r.describe());
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 500);
    for (const QJsonValue &result : results)
        QCOMPARE(result[QLatin1String("status")].toInt(), 201);
    QCOMPARE(stored(), before + 500);
}

void TestCollectorApi::badInputStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray json = QByteArrayLiteral("application/json");
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject s = exitSubmission(QStringLiteral("zorg-a"));
        s.insert(key, value);
        return compact(s);
    };
    const auto withStratum = [](const QString &key, const QJsonValue &value) {
        QJsonObject s = exitSubmission(QStringLiteral("zorg-a"));
        QJsonObject st = s.value(QLatin1String("strata")).toObject();
        st.insert(key, value);
        s.insert(QStringLiteral("strata"), st);
        return compact(s);
    };
    const auto withAnswer = [](const QString &key, const QJsonValue &value) {
        QJsonObject answers = exitAnswers();
        answers.insert(key, value);
        return compact(exitSubmission(QStringLiteral("zorg-a"), answers));
    };

    QTest::newRow("malformed JSON")
        << QByteArray("{\"submissionId\": ") << json << 400 << "malformed";
    QTest::newRow("empty body") << QByteArray() << json << 400 << "malformed";
    QTest::newRow("trailing garbage")
        << compact(exitSubmission()) + "}}" << json << 400 << "malformed";
    QTest::newRow("top-level array") << QByteArray("[1, 2, 3]") << json << 400 << "malformed";
    QTest::newRow("top-level string") << QByteArray("\"exit\"") << json << 400 << "malformed";
    QTest::newRow("top-level array of submissions")
        << "[" + compact(exitSubmission()) + "]" << json << 400 << "malformed";
    QTest::newRow("version as string") << with(QStringLiteral("surveyVersion"), QStringLiteral("1"))
                                       << json << 422 << "wrong_type";
    QTest::newRow("version fraction")
        << with(QStringLiteral("surveyVersion"), 1.5) << json << 422 << "wrong_type";
    QTest::newRow("submissionId as number")
        << with(QStringLiteral("submissionId"), 12345) << json << 422 << "wrong_type";
    QTest::newRow("strata as string") << with(QStringLiteral("strata"), QStringLiteral("groningen"))
                                      << json << 422 << "wrong_type";
    QTest::newRow("answers as array")
        << with(QStringLiteral("answers"), QJsonArray { 1, 2 }) << json << 422 << "wrong_type";
    QTest::newRow("stratum as number")
        << withStratum(QStringLiteral("branch"), 7) << json << 422 << "wrong_type";
    QTest::newRow("missing answers") << [] {
        QJsonObject s = exitSubmission();
        s.remove(QStringLiteral("answers"));
        return compact(s);
    }() << json << 422 << "wrong_type";
    QTest::newRow("submissionId not a UUID v4")
        << with(QStringLiteral("submissionId"), QStringLiteral("1234")) << json << 422 << "invalid";
    QTest::newRow("period with a day")
        << with(QStringLiteral("period"), QStringLiteral("2026-11-03")) << json << 422 << "invalid";
    QTest::newRow("unknown survey")
        << with(QStringLiteral("surveyId"), QStringLiteral("no-such-survey")) << json << 422
        << "unknown_survey";
    QTest::newRow("unknown version")
        << with(QStringLiteral("surveyVersion"), 99) << json << 409 << "unknown_version";
    QTest::newRow("unknown field") << with(QStringLiteral("deviceId"), QStringLiteral("a1b2"))
                                   << json << 422 << "unknown_field";
    QTest::newRow("unknown stratum")
        << withStratum(QStringLiteral("email"), QStringLiteral("x@y.nl")) << json << 422
        << "unknown_field";
    QTest::newRow("unknown region value")
        << withStratum(QStringLiteral("region"), QStringLiteral("atlantis")) << json << 422
        << "unknown_value";
    QTest::newRow("unknown employer")
        << withStratum(QStringLiteral("employer"), QStringLiteral("nobody")) << json << 422
        << "unknown_employer";
    QTest::newRow("employer of another region")
        << withStratum(QStringLiteral("employer"), QStringLiteral("fries-c")) << json << 422
        << "unknown_employer";
    QTest::newRow("answer out of range")
        << withAnswer(QStringLiteral("enps"), 11) << json << 422 << "out_of_range";
    QTest::newRow("unknown question")
        << withAnswer(QStringLiteral("email"), QStringLiteral("x@y.nl")) << json << 422
        << "unknown_question";
    QTest::newRow("wrong content type")
        << compact(exitSubmission()) << QByteArray("text/plain") << 415 << "unsupported_media_type";
    QTest::newRow("form content type")
        << compact(exitSubmission()) << QByteArray("application/x-www-form-urlencoded") << 415
        << "unsupported_media_type";

    // Just over 4 MiB of otherwise well-formed JSON.
    QJsonObject big = exitSubmission();
    QJsonObject answers = exitAnswers();
    answers.insert(
        QStringLiteral("comment"), QString(qsizetype(4) * 1024 * 1024, QLatin1Char('x')));
    big.insert(QStringLiteral("answers"), answers);
    QTest::newRow("body over 4 MiB") << compact(big) << json << 413 << "too_large";

    QJsonArray many;
    for (int i = 0; i < 501; ++i)
        many.append(exitSubmission());
    QTest::newRow("batch of 501") << batchBody(many) << json << 413 << "batch_too_large";
    QTest::newRow("empty batch") << batchBody({}) << json << 422 << "empty_batch";
    QTest::newRow("batch not an array")
        << QByteArray("{\"submissions\": {}}") << json << 400 << "malformed";
    QTest::newRow("batch with extra key")
        << QByteArray("{\"submissions\": [], \"deviceId\": \"x\"}") << json << 400 << "malformed";
}

void TestCollectorApi::badInputStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);

    const SqliteFile db(m_collector.dbPath());
    const qint64 submissionsBefore = db.count(QStringLiteral("submissions"));
    const qint64 answersBefore = db.count(QStringLiteral("answers"));
    QVERIFY(submissionsBefore >= 0 && answersBefore >= 0);

    const HttpReply r
        = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), body, contentType);
    QVERIFY2(r.status == status, r.describe());
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());

    QCOMPARE(db.count(QStringLiteral("submissions")), submissionsBefore);
    QCOMPARE(db.count(QStringLiteral("answers")), answersBefore);
    QCOMPARE(m_http.get(m_collector.url(QStringLiteral("/v1/health"))).status, 200);
}

void TestCollectorApi::unknownRouteAndMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown route") << QByteArray("GET") << "/v1/nope" << 404 << "not_found";
    QTest::newRow("root") << QByteArray("GET") << "/" << 404 << "not_found";
    QTest::newRow("other version") << QByteArray("GET") << "/v2/health" << 404 << "not_found";
    QTest::newRow("post to unknown route")
        << QByteArray("POST") << "/v1/nope" << 404 << "not_found";
    QTest::newRow("get submissions")
        << QByteArray("GET") << "/v1/submissions" << 405 << "method_not_allowed";
    QTest::newRow("post health") << QByteArray("POST") << "/v1/health" << 405
                                 << "method_not_allowed";
    QTest::newRow("employers with a tail")
        << QByteArray("GET") << "/v1/regions/groningen/employers/x" << 404 << "not_found";
}

void TestCollectorApi::unknownRouteAndMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);

    const qint64 before = stored();
    const HttpReply r = method == "GET" ? m_http.get(m_collector.url(path))
                                        : m_http.postJson(m_collector.url(path), exitSubmission());
    QVERIFY2(r.status == status, r.describe());
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(stored(), before);
}

void TestCollectorApi::reportAccess_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray bearerA = "Bearer " + m_tokenA.toLatin1();
    QTest::newRow("no token") << "/v1/reports/exit?employer=zorg-a" << QByteArray() << 401
                              << "unauthorized";
    QTest::newRow("wrong token") << "/v1/reports/exit?employer=zorg-a"
                                 << QByteArray("Bearer zse_0000") << 401 << "unauthorized";
    QTest::newRow("token without Bearer")
        << "/v1/reports/exit?employer=zorg-a" << m_tokenA.toLatin1() << 401 << "unauthorized";
    QTest::newRow("other employer's token")
        << "/v1/reports/exit?employer=zorg-a"
        << "Bearer " + m_tokenB.toLatin1() << 403 << "forbidden";
    QTest::newRow("another employer's id")
        << "/v1/reports/exit?employer=zorg-b" << bearerA << 403 << "forbidden";
    QTest::newRow("another region's employer")
        << "/v1/reports/retention?employer=fries-c" << bearerA << 403 << "forbidden";
    QTest::newRow("no employer") << "/v1/reports/exit" << bearerA << 400 << "missing_parameter";
    QTest::newRow("own exit report")
        << "/v1/reports/exit?employer=zorg-a" << bearerA << 200 << QString();
    QTest::newRow("own retention report")
        << "/v1/reports/retention?employer=zorg-a" << bearerA << 200 << QString();
}

void TestCollectorApi::reportAccess()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);

    Http::Headers headers;
    if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    const HttpReply r = m_http.get(m_collector.url(path), headers);
    QVERIFY2(r.status == status, r.describe());
    QCOMPARE(r.errorCode(), code);
    if (status == 200)
        QCOMPARE(r.json().value(QLatin1String("employer"))[QLatin1String("id")].toString(),
            QStringLiteral("zorg-a"));
    else
        QVERIFY(!r.json().contains(QLatin1String("questions")));
}

void TestCollectorApi::kBelowMinimumIsRefused_data()
{
    QTest::addColumn<QString>("k");
    QTest::newRow("4") << "4";
    QTest::newRow("0") << "0";
    QTest::newRow("negative") << "-10";
    QTest::newRow("not a number") << "ten";
}

void TestCollectorApi::kBelowMinimumIsRefused()
{
    QFETCH(QString, k);
    QTemporaryDir dir;
    const auto r = CollectorProcess::run(
        { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), dir.filePath(QStringLiteral("k.db")), QStringLiteral("--k"),
            k },
        20000);
    QVERIFY2(!r.crashed, "the collector kept running (or crashed) instead of refusing the k");
    QVERIFY(r.exitCode != 0);
    QVERIFY(!r.out.contains("listening"));
    QVERIFY(r.err.contains("--k"));
}

void TestCollectorApi::garbageNeverBreaksTheCollector()
{
    QRandomGenerator random(20261103); // fixed: a failure can be replayed
    const auto randomBytes = [&](int maxLength) {
        QByteArray b(int(random.bounded(maxLength + 1)), Qt::Uninitialized);
        for (char &c : b)
            c = char(random.bounded(256));
        return b;
    };
    const auto randomValue = [&]() -> QJsonValue {
        switch (random.bounded(9)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return QJsonValue(random.bounded(2) == 0);
        case 2:
            return QJsonValue(double(random.bounded(-1000000, 1000000)) / 7.0);
        case 3:
            return QJsonValue(1e300);
        case 4:
            return QJsonValue(QString::fromLatin1(randomBytes(20).toBase64()));
        case 5:
            return QJsonArray { 1, QStringLiteral("x"), QJsonObject {} };
        case 6:
            return QJsonObject { { QStringLiteral("a"), QJsonArray {} } };
        case 7:
            return QJsonValue(QString(2000, QChar(0x00e9)));
        default:
            return QJsonValue(QStringLiteral("workload"));
        }
    };
    const auto mutateObject = [&](QJsonObject s) {
        const QStringList keys = s.keys();
        const QString key = random.bounded(4) == 0 ? QStringLiteral("extra")
                                                   : keys.at(random.bounded(keys.size()));
        if (random.bounded(3) == 0 && s.value(key).isObject()) {
            QJsonObject inner = s.value(key).toObject();
            const QStringList innerKeys = inner.keys();
            if (!innerKeys.isEmpty())
                inner.insert(innerKeys.at(random.bounded(innerKeys.size())), randomValue());
            s.insert(key, inner);
        } else if (random.bounded(5) == 0) {
            s.remove(key);
        } else {
            s.insert(key, randomValue());
        }
        return s;
    };

    const qint64 before = stored();
    qint64 created = 0;
    int answered = 0;
    QMap<int, int> statuses;
    const QList<QByteArray> contentTypes = { "application/json", "application/json; charset=utf-8",
        "text/plain", "application/octet-stream", "multipart/form-data; boundary=x" };
    for (int round = 0; round < 200; ++round) {
        const QJsonObject valid = random.bounded(2)
            ? credentialed(exitSubmission(QStringLiteral("zorg-a")))
            : retentionSubmission();
        QByteArray body;
        QByteArray contentType = "application/json";
        QString path = QStringLiteral("/v1/submissions");
        bool get = false;
        switch (round % 8) {
        case 0:
            body = randomBytes(400);
            break;
        case 1:
            body = compact(valid);
            body.truncate(int(random.bounded(body.size())));
            break;
        case 2:
            body = compact(valid);
            for (int m = 0, n = int(random.bounded(1, 6)); m < n; ++m)
                body[int(random.bounded(body.size()))] = char(random.bounded(256));
            break;
        case 3:
            body = compact(mutateObject(mutateObject(valid)));
            break;
        case 4: {
            QJsonArray items;
            for (int i = 0, n = int(random.bounded(1, 12)); i < n; ++i)
                items.append(
                    random.bounded(3) == 0 ? randomValue() : QJsonValue(mutateObject(valid)));
            body = batchBody(items);
            break;
        }
        case 5:
            body = QByteArray(int(random.bounded(1, 3000)), '[')
                + QByteArray(int(random.bounded(1, 3000)), ']');
            contentType = contentTypes.at(random.bounded(contentTypes.size()));
            break;
        case 6:
            body = compact(valid);
            contentType = contentTypes.at(random.bounded(contentTypes.size()));
            break;
        default: {
            get = true;
            const QString junk
                = QString::fromLatin1(randomBytes(24).toBase64(QByteArray::Base64UrlEncoding));
            const QStringList paths = { QStringLiteral("/v1/surveys?region=") + junk,
                QStringLiteral("/v1/regions/") + junk + QStringLiteral("/employers"),
                QStringLiteral("/v1/reports/exit?employer=") + junk, QStringLiteral("/v1/") + junk,
                QStringLiteral("/v1/reports/retention?employer=zorg-a&employer=") + junk };
            path = paths.at(random.bounded(paths.size()));
            break;
        }
        }
        const HttpReply r = get ? m_http.get(m_collector.url(path),
                                { { "Authorization", "Bearer " + randomBytes(10).toHex() } })
                                : m_http.post(m_collector.url(path), body, contentType);
        const QByteArray where = "round " + QByteArray::number(round) + ": " + r.describe();
        QVERIFY2(r.status >= 200 && r.status < 500, where.constData());
        if (r.status >= 400)
            QVERIFY2(!r.errorCode().isEmpty(), where.constData());
        ++statuses[r.status];
        if (r.status == 201)
            ++created;
        if (r.status == 200 && !get && r.json().contains(QLatin1String("results"))) {
            for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray()) {
                const int itemStatus = result[QLatin1String("status")].toInt();
                QVERIFY2(itemStatus >= 200 && itemStatus < 500, where.constData());
                if (itemStatus == 201)
                    ++created;
            }
        }
        ++answered;
    }
    QCOMPARE(answered, 200);
    // The garbage really went through different checks, not the same one 200 times.
    qInfo().noquote() << "statuses seen:" << QDebug::toString(statuses);
    QVERIFY(statuses.size() >= 5);
    const HttpReply health = m_http.get(m_collector.url(QStringLiteral("/v1/health")));
    QCOMPARE(health.status, 200);
    QVERIFY(m_collector.isRunning());
    QCOMPARE(stored(), before + created);
}

QTEST_GUILESS_MAIN(TestCollectorApi)
#include "tst_collectorapi.moc"
