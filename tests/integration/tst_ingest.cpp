// Group commit (issue 12), against the real collector: submissions from many connections are
// stored by one writer in shared transactions and each is answered only after its commit. What
// must hold whatever the grouping: every 201 is stored exactly once, the same credential or id
// twice in a group is judged as before, a peer that leaves before its commit does not harm the
// collector, a crash loses no acknowledged submission, and reports and a release cut go on
// beside ingest. No assertion is about time.

#include "collectorprocess.h"
#include "credentials.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace zs::test;

namespace {

const QString kEmployer = QStringLiteral("zorg-i");
const QString kRegion = QStringLiteral("groningen");

/// Posts many bodies at once over several connections (QNetworkAccessManager opens at most six
/// per host, so several managers), and collects each answer by the body's index.
class Load
{
public:
    explicit Load(int managers = 4)
    {
        for (int i = 0; i < managers; ++i)
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
    }

    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };

    /// Sends every body now; onAnswer(index) runs as each comes back.
    void send(const QUrl &url, const QList<QByteArray> &bodies,
        const std::function<void(qsizetype)> &onAnswer = {})
    {
        m_answers = QList<Answer>(bodies.size());
        m_left = bodies.size();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QNetworkRequest request(url);
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(60000);
            QNetworkReply *reply
                = m_managers.at(std::size_t(i) % m_managers.size())->post(request, bodies.at(i));
            QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, i, onAnswer] {
                m_answers[i] = { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    QJsonDocument::fromJson(reply->readAll()).object() };
                reply->deleteLater();
                --m_left;
                if (onAnswer)
                    onAnswer(i);
                if (m_left == 0)
                    m_done.quit();
            });
        }
    }
    /// Waits until every answer (or network error) is in.
    void wait()
    {
        if (m_left > 0)
            m_done.exec();
    }
    const QList<Answer> &answers() const { return m_answers; }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QList<Answer> m_answers;
    qsizetype m_left = 0;
    QEventLoop m_done;
};

QString idOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("submissionId")).toString();
}

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void concurrentSinglesAreStoredOnce();
    void sameCredentialTwiceInOneGroup();
    void sameIdTwiceInOneGroup();
    void batchWithBadItemsStoresTheRest();
    void peersThatLeaveBeforeTheirCommit();
    void killedDuringLoadKeepsEveryAcknowledged();
    void reportsAndCutBesideIngest();

private:
    int count(const QString &sql, const QVariantList &binds = {})
    {
        SqliteFile db(m_collector->dbPath(), SqliteFile::Mode::ReadOnly);
        const auto rows = db.rows(sql, binds);
        return rows.isEmpty() ? -1 : rows.first().value(0).toInt();
    }
    QUrl submissions() const { return m_collector->url(QStringLiteral("/v1/submissions")); }

    std::unique_ptr<CollectorProcess> m_collector;
    QString m_token;
    Http m_http;
};

void TestIngest::init()
{
    m_collector = std::make_unique<CollectorProcess>();
    QVERIFY2(m_collector->start({ QStringLiteral("--rate-limits"), QStringLiteral("off") }),
        qPrintable(m_collector->lastError()));
    m_token = m_collector->addEmployer(kRegion, kEmployer, QStringLiteral("Zorg I"));
    QVERIFY2(!m_token.isEmpty(), qPrintable(m_collector->lastError()));
}

void TestIngest::concurrentSinglesAreStoredOnce()
{
    // 300 single submissions over 24 connections at once: the writer stores them in groups.
    QList<QByteArray> bodies;
    for (int i = 0; i < 300; ++i)
        bodies.append(compact(i % 2 ? exitSubmission() : retentionSubmission()));
    Load load;
    load.send(submissions(), bodies);
    load.wait();
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QCOMPARE(load.answers().at(i).status, 201);
        QCOMPARE(load.answers()
                     .at(i)
                     .json[QLatin1String("receipt")][QLatin1String("submissionId")]
                     .toString(),
            idOf(bodies.at(i)));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 300);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT submission_id) FROM submissions")), 300);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool")), 300);
    // A replay of all of them at once: every one a duplicate, nothing new stored.
    Load again;
    again.send(submissions(), bodies);
    again.wait();
    for (const Load::Answer &a : again.answers())
        QCOMPARE(a.status, 200);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 300);
}

void TestIngest::sameCredentialTwiceInOneGroup()
{
    // A window of 300 ms: the two requests sent together land in one group (were they not, the
    // answers would have to be the same).
    QVERIFY2(m_collector->start({ QStringLiteral("--rate-limits"), QStringLiteral("off"),
                 QStringLiteral("--commit-window-ms"), QStringLiteral("300") }),
        qPrintable(m_collector->lastError()));
    CredentialMaker credentials(*m_collector, m_http);
    const QJsonObject first = credentials.credentialed(exitSubmission(kEmployer));
    QVERIFY2(first[QLatin1String("credential")].isObject(), qPrintable(credentials.lastError()));
    QJsonObject second = exitSubmission(kEmployer, exitAnswers({ QStringLiteral("pay") }, 3));
    second.insert(QStringLiteral("credential"), first[QLatin1String("credential")]);
    Load load(2);
    load.send(submissions(), { compact(first), compact(second) });
    load.wait();
    QList<int> statuses { load.answers().at(0).status, load.answers().at(1).status };
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> { 201, 409 }));
    const Load::Answer &refused
        = load.answers().at(0).status == 409 ? load.answers().at(0) : load.answers().at(1);
    QCOMPARE(refused.json[QLatin1String("error")][QLatin1String("code")].toString(),
        QStringLiteral("credential_spent"));
    // Nothing of the refused one: one row, its answers and pools only, one spent token.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM spent_tokens")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT submission) FROM answers")), 1);

    // The same in one batch (always one group): the second use is refused on its own.
    const QJsonObject third = credentials.credentialed(exitSubmission(kEmployer));
    QJsonObject fourth = exitSubmission(kEmployer);
    fourth.insert(QStringLiteral("credential"), third[QLatin1String("credential")]);
    const HttpReply batch = m_http.post(submissions(), batchBody({ third, fourth }));
    QCOMPARE(batch.status, 200);
    const QJsonArray results = batch.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.at(0)[QLatin1String("status")].toInt(), 201);
    QCOMPARE(results.at(1)[QLatin1String("status")].toInt(), 409);
    QCOMPARE(results.at(1)[QLatin1String("error")][QLatin1String("code")].toString(),
        QStringLiteral("credential_spent"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool")), 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT submission) FROM answers")), 2);
}

void TestIngest::sameIdTwiceInOneGroup()
{
    QVERIFY2(m_collector->start({ QStringLiteral("--rate-limits"), QStringLiteral("off"),
                 QStringLiteral("--commit-window-ms"), QStringLiteral("300") }),
        qPrintable(m_collector->lastError()));
    // Two connections send the same submission together: one 201, the other the duplicate 200.
    const QJsonObject s = exitSubmission();
    Load load(2);
    load.send(submissions(), { compact(s), compact(s) });
    load.wait();
    QList<int> statuses { load.answers().at(0).status, load.answers().at(1).status };
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> { 200, 201 }));
    for (const Load::Answer &a : load.answers())
        QCOMPARE(a.json[QLatin1String("receipt")][QLatin1String("submissionId")].toString(),
            s.value(QLatin1String("submissionId")).toString());
    // In one batch: the same twice, then the same id with other content.
    const QJsonObject t = exitSubmission();
    QJsonObject changed = exitSubmission({}, exitAnswers({ QStringLiteral("pay") }, 2));
    changed.insert(QStringLiteral("submissionId"), t.value(QLatin1String("submissionId")));
    const HttpReply batch = m_http.post(submissions(), batchBody({ t, t, changed }));
    QCOMPARE(batch.status, 200);
    const QJsonArray results = batch.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.at(0)[QLatin1String("status")].toInt(), 201);
    QCOMPARE(results.at(1)[QLatin1String("status")].toInt(), 200);
    QCOMPARE(results.at(2)[QLatin1String("status")].toInt(), 409);
    QCOMPARE(results.at(2)[QLatin1String("error")][QLatin1String("code")].toString(),
        QStringLiteral("conflict"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool")), 2);
}

void TestIngest::batchWithBadItemsStoresTheRest()
{
    // Invalid items are judged before the writer; the rest of the batch is stored in one group
    // with other requests' items.
    QJsonObject badAnswer = exitSubmission();
    badAnswer.insert(QStringLiteral("answers"), QJsonObject { { QStringLiteral("enps"), 99 } });
    QJsonObject noCredential = exitSubmission(kEmployer);
    const QJsonArray items { exitSubmission(), badAnswer, retentionSubmission(), noCredential,
        exitSubmission() };
    Load load(2);
    load.send(submissions(),
        { batchBody(items), compact(retentionSubmission()), compact(exitSubmission()) });
    load.wait();
    QCOMPARE(load.answers().at(0).status, 200);
    const QJsonArray results = load.answers().at(0).json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 5);
    const QList<int> expected { 201, 422, 201, 422, 201 };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(results.at(i)[QLatin1String("status")].toInt(), expected.at(i));
    QCOMPARE(results.at(3)[QLatin1String("error")][QLatin1String("code")].toString(),
        QStringLiteral("credential_required"));
    QCOMPARE(load.answers().at(1).status, 201);
    QCOMPARE(load.answers().at(2).status, 201);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 5);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE submission_id IN (?, ?)"),
                 { badAnswer.value(QLatin1String("submissionId")).toString(),
                     noCredential.value(QLatin1String("submissionId")).toString() }),
        0);
}

void TestIngest::peersThatLeaveBeforeTheirCommit()
{
    // A long window, so each peer is gone before its group commits: the collector must neither
    // crash nor write to the closed sockets, and each submission is stored once or not at all.
    QVERIFY2(m_collector->start({ QStringLiteral("--rate-limits"), QStringLiteral("off"),
                 QStringLiteral("--commit-window-ms"), QStringLiteral("200") }),
        qPrintable(m_collector->lastError()));
    QList<QJsonObject> sent;
    std::vector<std::unique_ptr<QTcpSocket>> peers;
    for (int i = 0; i < 40; ++i) {
        const QJsonObject s = exitSubmission();
        const QByteArray body = compact(s);
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_collector->port());
        QVERIFY(socket->waitForConnected(10000));
        socket->write("POST /v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket->waitForBytesWritten(10000));
        sent.append(s);
        peers.push_back(std::move(socket));
    }
    // Half leave with a reset, half close politely, all before any answer is read.
    for (std::size_t i = 0; i < peers.size(); ++i) {
        if (i % 2)
            peers.at(i)->abort();
        else
            peers.at(i)->disconnectFromHost();
    }
    peers.clear();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_http.get(m_collector->url(QStringLiteral("/v1/health"))).status == 200, 30000);
    QVERIFY(m_collector->isRunning());
    // The writer stores in the order requests were handed to it: once a later submission is
    // answered, every group before it has been committed (or failed).
    QCOMPARE(m_http.postJson(submissions(), exitSubmission()).status, 201);
    // Each one is stored at most once, and its replay is answered to match: 200 when it was
    // stored, 201 when it was not.
    for (const QJsonObject &s : sent) {
        const QString id = s.value(QLatin1String("submissionId")).toString();
        const int stored = count(
            QStringLiteral("SELECT COUNT(*) FROM submissions WHERE submission_id = ?"), { id });
        QVERIFY(stored == 0 || stored == 1);
        const HttpReply replay = m_http.postJson(submissions(), s);
        QCOMPARE(replay.status, stored == 1 ? 200 : 201);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 41);
}

void TestIngest::killedDuringLoadKeepsEveryAcknowledged()
{
    // SIGKILL while 600 singles and 20 batches of 20 are in flight: every one answered 201
    // before the kill is in the file exactly once (a 201 is sent only after the commit).
    QList<QByteArray> bodies;
    for (int i = 0; i < 600; ++i)
        bodies.append(compact(exitSubmission()));
    for (int b = 0; b < 20; ++b) {
        QJsonArray items;
        for (int i = 0; i < 20; ++i)
            items.append(retentionSubmission());
        bodies.append(batchBody(items));
    }
    QStringList acknowledged;
    int answered = 0;
    Load load(6);
    load.send(submissions(), bodies, [&](qsizetype i) {
        const Load::Answer &a = load.answers().at(i);
        if (!m_collector->isRunning())
            return;
        if (a.status == 201) {
            acknowledged.append(idOf(bodies.at(i)));
        } else if (a.status == 200) {
            for (const QJsonValue &r : a.json.value(QLatin1String("results")).toArray()) {
                if (r[QLatin1String("status")].toInt() == 201)
                    acknowledged.append(
                        r[QLatin1String("receipt")][QLatin1String("submissionId")].toString());
            }
        }
        if (++answered == 250)
            m_collector->kill();
    });
    load.wait();
    QVERIFY(!m_collector->isRunning());
    QVERIFY(acknowledged.size() >= 200);
    SqliteFile db(m_collector->dbPath(), SqliteFile::Mode::ReadOnly);
    QSet<QString> stored;
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT submission_id FROM submissions")))
        stored.insert(row.value(0).toString());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), int(stored.size()));
    for (const QString &id : acknowledged)
        QVERIFY2(stored.contains(id), qPrintable(id));
    // SQLite's check of the file's pages (a PostgreSQL server checks its own).
    if (!usePostgres())
        QCOMPARE(db.rows(QStringLiteral("PRAGMA integrity_check")).value(0).value(0).toString(),
            QStringLiteral("ok"));
    // And it serves the same store again; a replay of an acknowledged one is a duplicate.
    QVERIFY2(m_collector->restart(), qPrintable(m_collector->lastError()));
    QCOMPARE(m_http.post(submissions(), bodies.first()).status,
        stored.contains(idOf(bodies.first())) ? 200 : 201);
}

void TestIngest::reportsAndCutBesideIngest()
{
    // Responses for the employer, cut into a first release, then more ingest while reports are
    // read and `releases cut` runs beside serve: every submission is answered 201, every report
    // 200, the cut succeeds, and no response is lost from its pool or counted twice.
    CredentialMaker credentials(*m_collector, m_http);
    const auto credentialedBatch = [&](int n) {
        QJsonArray items;
        for (int i = 0; i < n; ++i)
            items.append(credentials.credentialed(exitSubmission(kEmployer)));
        return items;
    };
    const HttpReply first = m_http.post(submissions(), batchBody(credentialedBatch(30)));
    QCOMPARE(first.status, 200);
    const auto firstCut = m_collector->cutReleases();
    QVERIFY2(firstCut.exitCode == 0, firstCut.err.constData());
    QCOMPARE(firstCut.out.trimmed().toInt(), 2); // the employer's pool and the region's verified

    QList<QByteArray> bodies;
    for (int i = 0; i < 40; ++i)
        bodies.append(compact(credentials.credentialed(exitSubmission(kEmployer))));
    for (int i = 0; i < 200; ++i)
        bodies.append(compact(exitSubmission()));
    for (const QByteArray &b : bodies)
        QVERIFY2(!b.isEmpty(), qPrintable(credentials.lastError()));
    Load load;
    load.send(submissions(), bodies);
    // While those are in flight: a cut beside serve and reports through serve.
    QProcess cut;
    cut.start(CollectorProcess::executable(),
        { QStringLiteral("releases"), QStringLiteral("cut"), QStringLiteral("--db"),
            m_collector->dbPath() });
    QList<int> reportStatuses;
    Http reader;
    const Http::Headers auth { { QByteArrayLiteral("Authorization"),
        "Bearer " + m_token.toUtf8() } };
    for (int i = 0; i < 5; ++i)
        reportStatuses.append(
            reader
                .get(m_collector->url(QStringLiteral("/v1/reports/exit?employer=") + kEmployer),
                    auth)
                .status);
    load.wait();
    // (It may have ended while the load's event loop ran: waitForFinished() is then false.)
    QVERIFY(cut.state() == QProcess::NotRunning || cut.waitForFinished(60000));
    QCOMPARE(cut.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cut.exitCode(), 0);
    for (const int status : reportStatuses)
        QCOMPARE(status, 200);
    for (const Load::Answer &a : load.answers())
        QCOMPARE(a.status, 201);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions")), 270);
    // Each scope's pool holds each of its responses at most once, and only stored ones.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool p WHERE NOT EXISTS"
                                  " (SELECT 1 FROM submissions s WHERE s.id = p.submission)")),
        0);
    // Both scopes of the employer's responses were cut from one snapshot: the cut took the same
    // responses out of each, and left the ones stored after it in both.
    const int employerPool = count(QStringLiteral("SELECT COUNT(*) FROM pool WHERE scope = ?"),
        { QStringLiteral("employer:") + kEmployer });
    const int verifiedPool = count(QStringLiteral("SELECT COUNT(*) FROM pool WHERE scope = ?"),
        { QStringLiteral("verified:") + kRegion });
    QCOMPARE(employerPool, verifiedPool);
    const int openPool = count(QStringLiteral("SELECT COUNT(*) FROM pool WHERE scope = ?"),
        { QStringLiteral("open:") + kRegion });
    QVERIFY(openPool >= 0 && openPool <= 200);
    QVERIFY(employerPool >= 0 && employerPool <= 40);
    // A last cut after ingest: the employer's pool (40, or what the beside-cut left) goes too.
    const auto lastCut = m_collector->cutReleases();
    QVERIFY2(lastCut.exitCode == 0, lastCut.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool WHERE scope = ?"),
                 { QStringLiteral("employer:") + kEmployer }),
        employerPool >= 10 ? 0 : employerPool);
    const HttpReply report = m_http.get(
        m_collector->url(QStringLiteral("/v1/reports/exit?employer=") + kEmployer), auth);
    QCOMPARE(report.status, 200);
    const QJsonArray releases = report.json()
                                    .value(QLatin1String("scopes"))
                                    .toArray()
                                    .at(0)[QLatin1String("releases")]
                                    .toArray();
    // The first release, the beside-cut's (if its snapshot held at least k new ones), the last.
    QVERIFY(releases.size() >= 2);
}

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
