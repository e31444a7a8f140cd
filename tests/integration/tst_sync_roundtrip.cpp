// The app's real sync path against the real collector (DESIGN §6, §5 rule 8): app database,
// drafts, Anonymiser, Outbox and SyncClient on one side, the zorgstem-collector executable on the
// other; with the collector down, killed in the middle of an upload, and refusing an item. The
// profile names an employer, so each submission carries a one-time credential (DESIGN §5a),
// redeemed while the collector is up and added before the submission is queued, as the app will
// (it does not fetch credentials yet): every resend after a crash must be a duplicate, not a
// spent credential.

#include "anonymiser.h"
#include "collectorprocess.h"
#include "credentials.h"
#include "database.h"
#include "draftstore.h"
#include "outbox.h"
#include "profilestore.h"
#include "surveycatalog.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace zs;
using namespace zs::test;
using namespace std::chrono_literals;

/// A real network manager that lets a test see each reply before the client does.
class TappedNetwork : public QNetworkAccessManager
{
public:
    std::function<void(QNetworkReply *)> onReply;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        if (onReply)
            onReply(reply);
        return reply;
    }
};

class TestSyncRoundtrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripLeavesOnlyReceipts();
    void collectorDownThenUp();
    void killMidUploadLosesNothingAndDoublesNothing_data();
    void killMidUploadLosesNothingAndDoublesNothing();
    void appDiesBeforeAcknowledgementOnlyRepeats();
    void permanentRefusalDoesNotBlockOthers();

private:
    /// Saves a draft, then finishes it: anonymise and enqueue (which drops the draft). Returns the
    /// id.
    QString finishSurvey(const QString &surveyId, int variant);
    QStringList finishMany(int count);
    QSet<QString> serverIds() const;
    static quint16 deadPort();

    SurveyCatalog m_catalog;
    Anonymiser m_anonymiser;
    std::unique_ptr<TempAppDatabase> m_app;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<CollectorProcess> m_collector;
    Http m_http;
    std::unique_ptr<CredentialMaker> m_credentials;
    Profile m_profile;
};

void TestSyncRoundtrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = SurveyCatalog::builtIn();
    QVERIFY(m_catalog.latest(QStringLiteral("exit")));
    QVERIFY(m_catalog.latest(QStringLiteral("retention")));
}

void TestSyncRoundtrip::init()
{
    m_app = std::make_unique<TempAppDatabase>();
    QVERIFY2(m_app->isOpen(), qPrintable(m_app->errorString()));
    m_outbox = std::make_unique<Outbox>(m_app->db());
    m_drafts = std::make_unique<DraftStore>(m_app->db());

    ProfileStore profiles(m_app->db());
    QVERIFY(profiles.saveProfile(Profile { QStringLiteral("groningen"), QStringLiteral("vvt"),
        QStringLiteral("verzorgende_ig"), QStringLiteral("25-34"), QStringLiteral("3-5") }));
    m_profile = profiles.profile();
    QVERIFY2(m_profile.isComplete(), qPrintable(m_profile.invalidField()));

    m_collector = std::make_unique<CollectorProcess>();
    QVERIFY(!m_collector
                 ->addEmployer(QStringLiteral("groningen"), QStringLiteral("zorg-a"),
                     QStringLiteral("Zorggroep A"))
                 .isEmpty());
    m_credentials = std::make_unique<CredentialMaker>(*m_collector, m_http);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_sync = std::make_unique<SyncClient>(*m_outbox, m_network.get());
    m_sync->setBackoff(Backoff(50ms, 200ms, 1));
    m_sync->setTimeout(10s);
}

void TestSyncRoundtrip::cleanup()
{
    m_sync.reset();
    m_network.reset();
    m_credentials.reset();
    m_collector.reset();
    m_drafts.reset();
    m_outbox.reset();
    m_app.reset();
}

QString TestSyncRoundtrip::finishSurvey(const QString &surveyId, int variant)
{
    const SurveyDefinition *definition = m_catalog.latest(surveyId);
    QJsonObject answers;
    if (surveyId == QLatin1String("exit")) {
        answers
            = exitAnswers({ QStringLiteral("workload"), QStringLiteral("rosters") }, variant % 11);
        // Identifiers in free text are scrubbed on the device (rule 3).
        answers.insert(QStringLiteral("comment"),
            QStringLiteral("Mail me op jan.jansen@example.nl of bel 06-12345678 (%1)")
                .arg(variant));
    } else {
        answers = retentionAnswers(variant % 11);
    }
    if (!m_drafts->save(Draft { surveyId, definition->version, answers, 3 }))
        return {};
    Submission s = m_anonymiser.anonymise(*definition, answers, m_profile, QDate::currentDate());
    if (!s.strata.employer.isEmpty()) {
        const auto credential = m_credentials->forEmployer(s.strata.employer, surveyId);
        if (!credential) {
            qWarning("no credential: %s", qPrintable(m_credentials->lastError()));
            return {};
        }
        s.credential = *credential;
    }
    if (!m_outbox->enqueue(s) || m_drafts->load(surveyId))
        return {};
    return s.submissionId;
}

QStringList TestSyncRoundtrip::finishMany(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(
            finishSurvey(i % 3 == 2 ? QStringLiteral("retention") : QStringLiteral("exit"), i));
    return ids;
}

QSet<QString> TestSyncRoundtrip::serverIds() const
{
    const QStringList ids = SqliteFile(m_collector->dbPath())
                                .strings(QStringLiteral("SELECT submission_id FROM submissions"));
    return QSet<QString>(ids.begin(), ids.end());
}

quint16 TestSyncRoundtrip::deadPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestSyncRoundtrip::roundTripLeavesOnlyReceipts()
{
    QVERIFY2(m_collector->start(), qPrintable(m_collector->lastError()));
    const QStringList ids = finishMany(5);
    QVERIFY(!ids.contains(QString()));
    QCOMPARE(m_outbox->pendingCount(), 5);
    QVERIFY(m_drafts->surveysWithDraft().isEmpty());
    QList<QByteArray> payloads;
    for (const OutboxItem &item : m_outbox->pending(100))
        payloads.append(item.payload);
    QCOMPARE(payloads.size(), 5);

    QSignalSpy finished(m_sync.get(), &SyncClient::finished);
    m_sync->setCollector(m_collector->baseUrl());
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(m_sync->lastError()));
    QCOMPARE(m_sync->state(), SyncClient::State::Idle);
    QVERIFY(m_sync->lastSuccess().isValid());

    // The device: no answers left, only receipts (survey, month) — rule 8.
    QCOMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(m_outbox->rejectedCount(), 0);
    const SqliteFile app(m_app->db().path());
    QCOMPARE(app.count(QStringLiteral("outbox")), 0);
    QCOMPARE(app.count(QStringLiteral("drafts")), 0);
    QCOMPARE(app.columns(QStringLiteral("receipts")),
        (QStringList {
            QStringLiteral("id"), QStringLiteral("survey_id"), QStringLiteral("period") }));
    const auto receipts = m_outbox->receipts();
    QCOMPARE(receipts.size(), 5);
    for (const auto &[survey, period] : receipts) {
        QVERIFY(survey == QLatin1String("exit") || survey == QLatin1String("retention"));
        QCOMPARE(period, thisPeriod());
    }
    QCOMPARE(std::count_if(receipts.begin(), receipts.end(),
                 [](const auto &r) { return r.first == QLatin1String("exit"); }),
        4); // finishMany: every third one is a retention survey

    // The collector: exactly these submissions, with scrubbed text.
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 5);
    QCOMPARE(serverIds(), QSet<QString>(ids.begin(), ids.end()));
    const SqliteFile server(m_collector->dbPath());
    const QStringList texts
        = server.strings(QStringLiteral("SELECT text FROM answers WHERE text IS NOT NULL"));
    QCOMPARE(texts.size(), 4);
    for (const QString &t : texts) {
        QVERIFY2(!t.contains(QLatin1String("jan.jansen@example.nl"))
                && !t.contains(QLatin1String("12345678")),
            qPrintable(t));
        QVERIFY2(t.startsWith(QLatin1String("Mail me op ")), qPrintable(t));
    }

    // Replay of the very same batch by hand (a lost acknowledgement): same receipts, no new rows.
    QByteArray body = "{\"submissions\":[";
    for (qsizetype i = 0; i < payloads.size(); ++i)
        body += (i ? "," : "") + payloads.at(i);
    body += "]}";
    Http http;
    const HttpReply replay = http.post(m_collector->url(QStringLiteral("/v1/submissions")), body);
    QVERIFY2(replay.status == 200, replay.describe());
    const QJsonArray results = replay.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results.at(i)[QLatin1String("status")].toInt(), 200);
        QCOMPARE(results.at(i)[QLatin1String("receipt")][QLatin1String("submissionId")].toString(),
            QJsonDocument::fromJson(payloads.at(i))
                .object()
                .value(QLatin1String("submissionId"))
                .toString());
    }
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 5);

    // A further sync has nothing to do.
    m_sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 5);
}

void TestSyncRoundtrip::collectorDownThenUp()
{
    const quint16 port = deadPort();
    QVERIFY(port != 0);
    // The credentials come while the collector is up (when the invitation is entered); the
    // answers are queued and the collector goes away before the first upload.
    QVERIFY2(m_collector->start(), qPrintable(m_collector->lastError()));
    const QStringList ids = finishMany(4);
    QVERIFY(!ids.contains(QString()));
    m_collector->kill();

    QSignalSpy finished(m_sync.get(), &SyncClient::finished);
    QList<SyncClient::State> statesAtFailure;
    connect(m_sync.get(), &SyncClient::finished, this, [&](bool ok) {
        if (!ok)
            statesAtFailure.append(m_sync->state());
    });
    m_sync->setCollector(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(statesAtFailure.value(0), SyncClient::State::Waiting);
    QVERIFY(!m_sync->lastError().isEmpty());
    // It keeps retrying on its own (short backoff) and keeps everything.
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->consecutiveFailures() >= 3, 60000);
    QCOMPARE(m_outbox->pendingCount(), 4);
    QCOMPARE(m_outbox->rejectedCount(), 0);
    QVERIFY(m_outbox->receipts().isEmpty());
    for (const auto &state : statesAtFailure)
        QCOMPARE(state, SyncClient::State::Waiting);
    for (const OutboxItem &item : m_outbox->pending(10))
        QVERIFY(item.attempts >= 1);

    // The collector comes up (on that port if it is still free).
    QVERIFY2(
        m_collector->start({}, port) || m_collector->start(), qPrintable(m_collector->lastError()));
    m_sync->setCollector(m_collector->baseUrl());
    m_sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->pendingCount(), 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncClient::State::Idle, 60000);
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(m_sync->consecutiveFailures(), 0);
    QCOMPARE(m_outbox->receipts().size(), 4);
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 4);
    QCOMPARE(serverIds(), QSet<QString>(ids.begin(), ids.end()));
}

void TestSyncRoundtrip::killMidUploadLosesNothingAndDoublesNothing_data()
{
    // When, after the first receipts arrive, the collector dies: -1 at once (before the next
    // batch is posted), 0 right after the next batch was posted, n ms later (it may be storing).
    QTest::addColumn<int>("killAfterMs");
    QTest::newRow("before the next post") << -1;
    QTest::newRow("next batch just posted") << 0;
    QTest::newRow("next batch under way") << 3;
}

void TestSyncRoundtrip::killMidUploadLosesNothingAndDoublesNothing()
{
    QFETCH(int, killAfterMs);
    QVERIFY2(m_collector->start(), qPrintable(m_collector->lastError()));
    const QStringList ids = finishMany(300);
    QVERIFY(!ids.contains(QString()));
    QCOMPARE(m_outbox->pendingCount(), 300);

    m_sync->setBatchSize(50);
    m_sync->setCollector(m_collector->baseUrl());
    bool killed = false;
    int pendingAtKill = -1;
    connect(m_sync.get(), &SyncClient::outboxChanged, this, [&] {
        if (killed || m_outbox->pendingCount() >= 300)
            return;
        // The first receipts are in and the next batch is about to leave: crash the collector.
        killed = true;
        const auto crash = [&] {
            pendingAtKill = m_outbox->pendingCount();
            m_collector->kill();
        };
        if (killAfterMs < 0)
            crash();
        else
            QTimer::singleShot(killAfterMs, this, crash);
    });
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(killed && pendingAtKill >= 0, 60000);
    QVERIFY(!m_collector->isRunning());
    QVERIFY2(
        pendingAtKill > 0 && pendingAtKill < 300, QByteArray::number(pendingAtKill).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->consecutiveFailures() >= 1, 60000);
    QVERIFY(m_outbox->pendingCount() > 0);
    QCOMPARE(m_outbox->rejectedCount(), 0);
    const qint64 storedAtCrash = storedSubmissions(m_collector->dbPath());
    QVERIFY(storedAtCrash >= 300 - pendingAtKill && storedAtCrash < 300);
    qInfo("collector killed with %d of 300 pending, %lld stored", pendingAtKill, storedAtCrash);

    QVERIFY2(m_collector->restart(), qPrintable(m_collector->lastError()));
    m_sync->setCollector(m_collector->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT((m_sync->syncNow(), m_outbox->pendingCount() == 0), 120000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncClient::State::Idle, 60000);

    QCOMPARE(m_outbox->rejectedCount(), 0);
    QCOMPARE(m_outbox->receipts().size(), 300);
    const SqliteFile server(m_collector->dbPath());
    QCOMPARE(server.count(QStringLiteral("submissions")), 300);
    QCOMPARE(server.rows(QStringLiteral("SELECT COUNT(DISTINCT submission_id) FROM submissions"))
                 .value(0)
                 .value(0)
                 .toInt(),
        300);
    QCOMPARE(serverIds(), QSet<QString>(ids.begin(), ids.end()));
    // Every stored submission is whole: each has its answers.
    QCOMPARE(server.count(QStringLiteral("submissions"),
                 QStringLiteral(
                     "NOT EXISTS (SELECT 1 FROM answers a WHERE a.submission = submissions.id)")),
        0);
}

void TestSyncRoundtrip::appDiesBeforeAcknowledgementOnlyRepeats()
{
    // The other side of the crash window: the collector stored a batch and answered, but the
    // answer never reaches the outbox (the connection drops, then the app dies). After a restart
    // the app sends the batch again; nothing may be lost or doubled.
    QVERIFY2(m_collector->start(), qPrintable(m_collector->lastError()));
    const QStringList ids = finishMany(100);
    QVERIFY(!ids.contains(QString()));

    auto tapped = std::make_unique<TappedNetwork>();
    int posts = 0;
    qint64 storedWhenCut = -1;
    tapped->onReply = [&](QNetworkReply *reply) {
        if (++posts != 2)
            return;
        // Headers of the second batch's answer are in: the collector has committed it.
        connect(reply, &QNetworkReply::metaDataChanged, reply, [&, reply] {
            storedWhenCut = storedSubmissions(m_collector->dbPath());
            reply->abort();
        });
    };
    m_sync.reset();
    m_network = std::move(tapped);
    m_sync = std::make_unique<SyncClient>(*m_outbox, m_network.get());
    m_sync->setBackoff(
        Backoff(std::chrono::minutes(5), std::chrono::minutes(10), 1)); // no retry by itself
    m_sync->setBatchSize(50);
    m_sync->setCollector(m_collector->baseUrl());
    QSignalSpy finished(m_sync.get(), &SyncClient::finished);
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(storedWhenCut, 100);
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 100);
    QCOMPARE(m_outbox->pendingCount(), 50); // stored over there, not acknowledged here
    QCOMPARE(m_outbox->receipts().size(), 50);

    // The app dies and starts again.
    m_sync.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sync = std::make_unique<SyncClient>(*m_outbox, m_network.get());
    m_sync->setCollector(m_collector->baseUrl());
    QSignalSpy finishedAgain(m_sync.get(), &SyncClient::finished);
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!finishedAgain.isEmpty(), 60000);
    QVERIFY2(finishedAgain.last().at(0).toBool(), qPrintable(m_sync->lastError()));
    QCOMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(m_outbox->rejectedCount(), 0);
    QCOMPARE(m_outbox->receipts().size(), 100);
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 100);
    QCOMPARE(serverIds(), QSet<QString>(ids.begin(), ids.end()));
}

void TestSyncRoundtrip::permanentRefusalDoesNotBlockOthers()
{
    QVERIFY2(m_collector->start(), qPrintable(m_collector->lastError()));
    QStringList good = finishMany(2);

    // Crafted outbox rows the collector refuses for good: an unknown survey, an extra field.
    const auto craft = [&](const QJsonObject &payload) {
        const QString id = payload.value(QLatin1String("submissionId")).toString();
        return m_app->db().exec(
                   QStringLiteral("INSERT INTO outbox (submission_id, survey_id, period, "
                                  "payload) VALUES (?, ?, ?, ?)"),
                   { id, payload.value(QLatin1String("surveyId")).toString(), thisPeriod(),
                       QString::fromUtf8(compact(payload)) })
            ? id
            : QString();
    };
    QJsonObject unknownSurvey = exitSubmission();
    unknownSurvey.insert(QStringLiteral("surveyId"), QStringLiteral("no-such-survey"));
    QJsonObject extraField = exitSubmission();
    extraField.insert(QStringLiteral("deviceId"), QStringLiteral("device-123"));
    const QString badSurveyId = craft(unknownSurvey);
    QVERIFY(!badSurveyId.isEmpty());
    good += finishMany(2);
    const QString badFieldId = craft(extraField);
    QVERIFY(!badFieldId.isEmpty());
    good += finishMany(1);
    QVERIFY(!good.contains(QString()));
    QCOMPARE(m_outbox->pendingCount(), 7);

    QSignalSpy finished(m_sync.get(), &SyncClient::finished);
    m_sync->setBatchSize(3); // the refused items sit in batches with good ones
    m_sync->setCollector(m_collector->baseUrl());
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(m_sync->lastError()));
    QCOMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(m_outbox->rejectedCount(), 2);
    QMap<QString, QString> errors;
    for (const OutboxItem &item : m_outbox->rejected())
        errors.insert(item.submissionId, item.error);
    QVERIFY2(errors.value(badSurveyId).contains(QLatin1String("no-such-survey")),
        qPrintable(errors.value(badSurveyId)));
    QVERIFY2(errors.value(badFieldId).contains(QLatin1String("deviceId")),
        qPrintable(errors.value(badFieldId)));

    QCOMPARE(m_outbox->receipts().size(), 5);
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 5);
    QCOMPARE(serverIds(), QSet<QString>(good.begin(), good.end()));

    // A refused item is never retried; the person may discard it.
    m_sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(finished.last().at(0).toBool());
    for (const OutboxItem &item : m_outbox->rejected())
        QCOMPARE(item.attempts, 1);
    QVERIFY(m_outbox->discard(badSurveyId));
    QCOMPARE(m_outbox->rejectedCount(), 1);
    QCOMPARE(storedSubmissions(m_collector->dbPath()), 5);
}

QTEST_GUILESS_MAIN(TestSyncRoundtrip)
#include "tst_sync_roundtrip.moc"
