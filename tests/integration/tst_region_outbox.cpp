// Issue 11: the app's regional writes (reactions, supports, ideas, panel joins and leaves) go
// through the durable outbox against the real collector: with the collector down they wait,
// they survive a restart of the app, and once it is back each reaches it exactly once, also
// when an answer was lost. Deleting everything leaves every panel first, offline too.
#include "appcontext.h"
#include "appcontroller.h"
#include "joinrequest.h"
#include "regionalfixtures.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::test;

class TestRegionOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY(!m_coordinator.isEmpty());
        const QJsonArray actions
            = m_http.get(m_collector.url(QStringLiteral("/v1/regions/utrecht/actions")))
                  .json()
                  .value(QLatin1String("actions"))
                  .toArray();
        QVERIFY(!actions.isEmpty());
        m_action = actions.first()[QLatin1String("id")].toString();
        const HttpReply idea = m_http.postJson(
            m_collector.url(QStringLiteral("/v1/regions/utrecht/ideas")), ideaBody("Te steunen"));
        QCOMPARE(idea.status, 201);
        m_idea = idea.json().value(QLatin1String("id")).toString();
    }

    void init()
    {
        if (!m_collector.isRunning())
            QVERIFY(m_collector.restart());
    }

    void writesWaitOfflineSurviveARestartAndGoOnce()
    {
        QTemporaryDir dir;
        const qint64 ideas = count(QStringLiteral("ideas"));
        const qint64 members = memberCount();
        const int useful = reactions(QStringLiteral("useful"));
        QString requestId;
        {
            AppContext app(dir.path(), m_collector.baseUrl());
            m_collector.kill();
            RegionRequests &requests = app.regionRequests();
            QVERIFY(requests.react(m_action, QStringLiteral("useful")));
            QVERIFY(!requests.react(m_action, QStringLiteral("useful"))); // once per device
            QVERIFY(requests.support(m_idea));
            QVERIFY(requests.sendIdea(QStringLiteral("utrecht"), idea("Zonder verbinding")));
            QVERIFY(requests.join(QStringLiteral("jongraat-utrecht"), join()));
            QCOMPARE(drain(app), false);
            QCOMPARE(app.outbox().requests().size(), 4);
            requestId = app.outbox()
                            .requests(QStringLiteral("join"))
                            .constFirst()
                            .body.value(QLatin1String("requestId"))
                            .toString();
            QVERIFY(!requestId.isEmpty());
        } // the app stops (as after a crash: nothing else is written)

        QVERIFY(m_collector.restart());
        // The first join went through but its answer was lost: the collector has it already.
        QJsonObject sent = join().toJson();
        sent.insert(QStringLiteral("requestId"), requestId);
        QCOMPARE(
            m_http
                .postJson(
                    m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members")), sent)
                .status,
            201);
        QCOMPARE(memberCount(), members + 1);

        AppContext app(dir.path(), m_collector.baseUrl());
        QCOMPARE(app.outbox().requests().size(), 4); // resumed from the database
        QSignalSpy done(&app.sync(), &SyncClient::requestFinished);
        QCOMPARE(drain(app), true);
        QCOMPARE(done.count(), 4);
        QVERIFY(app.outbox().requests().isEmpty());
        QCOMPARE(count(QStringLiteral("ideas")), ideas + 1);
        QCOMPARE(memberCount(), members + 1); // the repeat was the same membership
        QCOMPARE(reactions(QStringLiteral("useful")), useful + 1);
        const auto membership = app.regionStore().membership(QStringLiteral("jongraat-utrecht"));
        QVERIFY(membership);
        QCOMPARE(membership->secret,
            JoinRequest::secretFor(QStringLiteral("jongraat-utrecht"), requestId));
        QCOMPARE(m_http.get(memberUrl(membership->secret)).status, 200);

        // Sending again sends nothing twice.
        QCOMPARE(drain(app), true);
        QCOMPARE(count(QStringLiteral("ideas")), ideas + 1);

        // Leaving offline waits, then erases her on the collector.
        m_collector.kill();
        QVERIFY(app.regionRequests().leave(QStringLiteral("jongraat-utrecht")));
        QCOMPARE(drain(app), false);
        QVERIFY(app.regionStore().membership(QStringLiteral("jongraat-utrecht")));
        QVERIFY(m_collector.restart());
        QCOMPARE(drain(app), true);
        QVERIFY(!app.regionStore().membership(QStringLiteral("jongraat-utrecht")));
        QCOMPARE(memberCount(), members);
        QCOMPARE(m_http.get(memberUrl(membership->secret)).status, 404);
    }

    void aRefusedReactionIsNotGivenAfterAll()
    {
        QTemporaryDir dir;
        AppContext app(dir.path(), m_collector.baseUrl());
        QVERIFY(
            app.regionRequests().react(QStringLiteral("no-such-action"), QStringLiteral("help")));
        QVERIFY(!app.regionStore().reactions(QStringLiteral("action:no-such-action")).isEmpty());
        QSignalSpy done(&app.sync(), &SyncClient::requestFinished);
        QCOMPARE(drain(app), true);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(1).toBool(), false);
        QCOMPARE(done.first().at(4).toString(), QStringLiteral("unknown_action"));
        QVERIFY(app.regionStore().reactions(QStringLiteral("action:no-such-action")).isEmpty());
        QVERIFY(app.outbox().requests().isEmpty());
    }

    // DESIGN §5 rule 7: erasing everything first leaves every panel. Offline, only the leaves
    // and the secrets they need stay, until the collector has them; then those go too.
    void deleteEverythingOfflineLeavesEveryPanelWhenBack()
    {
        QTemporaryDir dir;
        const qint64 members = memberCount();
        QString secret;
        {
            AppContext app(dir.path(), m_collector.baseUrl());
            AppController controller(app);
            QCOMPARE(controller.saveProfile(profile()), QString());
            QVERIFY(app.regionRequests().join(QStringLiteral("jongraat-utrecht"), join()));
            QCOMPARE(drain(app), true);
            QCOMPARE(memberCount(), members + 1);
            secret = app.regionStore().membership(QStringLiteral("jongraat-utrecht"))->secret;
            // A second join went out, but no answer came before the connection went.
            QVERIFY(app.regionRequests().join(QStringLiteral("raatgevers-rijnmond"), join()));
            const OutboxRequest second = app.outbox().requests(QStringLiteral("join")).constFirst();
            QJsonObject body = second.body;
            QCOMPARE(m_http
                         .postJson(m_collector.url(
                                       QStringLiteral("/v1/panels/%1/members").arg(second.target)),
                             body)
                         .status,
                201);
            QVERIFY(app.outbox().countRequestAttempt(second.id));
            QCOMPARE(memberCount(), members + 2);
            m_collector.kill();

            QCOMPARE(controller.panelMemberships(), 2);
            QVERIFY(controller.deleteAllData());
            QCOMPARE(drain(app), false);
            QCOMPARE(controller.eraseWaiting(), 2);
            QVERIFY(!controller.profileComplete());
            // What stays: the two leaves and the one secret the device holds, nothing else.
            QStringList kinds;
            for (const OutboxRequest &r : app.outbox().requests())
                kinds.append(r.kind);
            QCOMPARE(kinds, (QStringList { QStringLiteral("leave"), QStringLiteral("leave") }));
            QCOMPARE(app.regionStore().memberships().size(), 1);
            QVERIFY(!fileBytes(dir.filePath(QStringLiteral("zorgstem.db")))
                         .contains("marloes.test@example.nl"));
            QCOMPARE(app.profiles().profile().region, QString());
        } // the app stops before the connection is back

        QVERIFY(m_collector.restart());
        AppContext app(dir.path(), m_collector.baseUrl());
        AppController controller(app);
        QCOMPARE(controller.eraseWaiting(), 2);
        QSignalSpy erased(&controller, &AppController::eraseChanged);
        QCOMPARE(drain(app), true);
        QCOMPARE(controller.eraseWaiting(), 0);
        QVERIFY(app.regionStore().memberships().isEmpty());
        QVERIFY(app.outbox().requests().isEmpty());
        QVERIFY(app.profiles().setting(QStringLiteral("erase.pending")).isEmpty());
        QCOMPARE(memberCount(), members); // both panels erased her
        QCOMPARE(m_http.get(memberUrl(secret)).status, 404);
        QVERIFY(
            !fileBytes(dir.filePath(QStringLiteral("zorgstem.db"))).contains(secret.toLatin1()));
    }

private:
    static QVariantMap profile()
    {
        return { { QStringLiteral("region"), QStringLiteral("utrecht") },
            { QStringLiteral("branch"), QStringLiteral("vvt") },
            { QStringLiteral("occupation"), QStringLiteral("vpk_mbo") },
            { QStringLiteral("ageBand"), QStringLiteral("25-34") },
            { QStringLiteral("tenureBand"), QStringLiteral("1-2") } };
    }
    static QJsonObject ideaBody(const char *title) { return idea(title).toJson(); }
    static Idea idea(const char *title)
    {
        Idea i;
        i.title = QString::fromUtf8(title);
        i.description = QStringLiteral("Elke starter krijgt een vaste collega als maatje.");
        i.theme = QStringLiteral("onboarding");
        return i;
    }
    static JoinRequest join()
    {
        JoinRequest r;
        r.name = QStringLiteral("Marloes Testpersoon");
        r.email = QStringLiteral("marloes.test@example.nl");
        r.ageBand = QStringLiteral("25-34");
        r.consentVersion = 2;
        r.consent = true;
        return r;
    }
    /// One drain of the outbox: true when everything reached the collector.
    static bool drain(AppContext &app)
    {
        QSignalSpy finished(&app.sync(), &SyncClient::finished);
        app.sync().syncNow();
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        return finished.first().at(0).toBool();
    }
    static QByteArray fileBytes(const QString &path) { return fileAndWal(path); }
    QUrl memberUrl(const QString &secret) const
    {
        return m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members/") + secret);
    }
    qint64 count(const QString &table) const
    {
        return SqliteFile(m_collector.dbPath()).count(table);
    }
    qint64 memberCount() const
    {
        return SqliteFile(membersPath(m_collector)).count(QStringLiteral("members"));
    }
    int reactions(const QString &kind) const
    {
        return int(SqliteFile(m_collector.dbPath())
                       .count(QStringLiteral("reactions"),
                           QStringLiteral("action_id = '%1' AND kind = '%2'").arg(m_action, kind)));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_coordinator;
    QString m_action;
    QString m_idea;
};

QTEST_GUILESS_MAIN(TestRegionOutbox)
#include "tst_region_outbox.moc"
