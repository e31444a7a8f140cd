// RegionStore: the offline cache of regional lists, the anonymous per-target keys behind
// reactions, and the device's panel memberships (only the secret, never the person's data).
#include "regionstore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

class TestRegionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_app = std::make_unique<test::TempAppDatabase>();
        QVERIFY2(m_app->isOpen(), qPrintable(m_app->errorString()));
    }
    void cleanup() { m_app.reset(); }

    void cacheKeepsTheLatestAnswerAndItsEtag()
    {
        RegionStore store(m_app->db());
        QVERIFY(!store.cached(QStringLiteral("actions/utrecht")));
        QVERIFY(store.cache(QStringLiteral("actions/utrecht"), "\"a\"", "{\"actions\":[]}"));
        QVERIFY(store.cache(QStringLiteral("actions/utrecht"), "\"b\"", "{\"actions\":[1]}"));
        const auto c = store.cached(QStringLiteral("actions/utrecht"));
        QVERIFY(c);
        QCOMPARE(c->etag, QByteArray("\"b\""));
        QCOMPARE(c->body, QByteArray("{\"actions\":[1]}"));
        QVERIFY(!store.cached(QStringLiteral("actions/rijnmond")));
    }

    // Issue 11: a list without an ETag is saved too (the column is NOT NULL), and every saved
    // list knows when the collector last sent or confirmed it, for its age on screen.
    void aListWithoutEtagIsSavedWithItsTime()
    {
        RegionStore store(m_app->db());
        const QDateTime at = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        QVERIFY(store.cache(QStringLiteral("ideas/utrecht"), QByteArray(), "{\"ideas\":[1]}", at));
        auto c = store.cached(QStringLiteral("ideas/utrecht"));
        QVERIFY(c);
        QCOMPARE(c->etag, QByteArray());
        QCOMPARE(c->body, QByteArray("{\"ideas\":[1]}"));
        QCOMPARE(c->fetched, at);
        // A 304 makes the saved answer as fresh as now.
        QVERIFY(store.touch(QStringLiteral("ideas/utrecht"), at.addSecs(300)));
        c = store.cached(QStringLiteral("ideas/utrecht"));
        QCOMPARE(c->fetched, at.addSecs(300));
        QCOMPARE(c->body, QByteArray("{\"ideas\":[1]}"));
    }

    void aRefusedReactionCanBeTakenBack()
    {
        RegionStore store(m_app->db());
        QVERIFY(store.addReaction(QStringLiteral("action:one"), QStringLiteral("useful")));
        QVERIFY(store.addReaction(QStringLiteral("action:one"), QStringLiteral("help")));
        QVERIFY(store.removeReaction(QStringLiteral("action:one"), QStringLiteral("useful")));
        QCOMPARE(
            store.reactions(QStringLiteral("action:one")), QStringList { QStringLiteral("help") });
    }

    void anonymousKeysAreRandomPerTargetAndStable()
    {
        RegionStore store(m_app->db());
        const QString a = store.anonymousKey(QStringLiteral("action:one"));
        const QString b = store.anonymousKey(QStringLiteral("action:two"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
        QVERIFY2(hex.match(a).hasMatch(), qPrintable(a));
        QVERIFY(hex.match(b).hasMatch());
        QVERIFY(a != b); // keys of different targets cannot be linked to each other
        QCOMPARE(store.anonymousKey(QStringLiteral("action:one")), a);
        // Survives a restart: the device stays one voice per target.
        QVERIFY2(m_app->reopen(), qPrintable(m_app->errorString()));
        RegionStore reopened(m_app->db());
        QCOMPARE(reopened.anonymousKey(QStringLiteral("action:one")), a);
    }

    void reactionsAreRecordedOnce()
    {
        RegionStore store(m_app->db());
        QVERIFY(store.reactions(QStringLiteral("action:one")).isEmpty());
        QVERIFY(store.addReaction(QStringLiteral("action:one"), QStringLiteral("useful")));
        QVERIFY(store.addReaction(QStringLiteral("action:one"), QStringLiteral("useful")));
        QVERIFY(store.addReaction(QStringLiteral("action:one"), QStringLiteral("help")));
        QCOMPARE(store.reactions(QStringLiteral("action:one")),
            QStringList({ QStringLiteral("help"), QStringLiteral("useful") }));
        QVERIFY(store.reactions(QStringLiteral("action:two")).isEmpty());
    }

    void privacyRule7_membershipKeepsOnlyTheSecret()
    {
        RegionStore store(m_app->db());
        QVERIFY(store.addMembership({ QStringLiteral("jongraat-utrecht"),
            QStringLiteral("zsm_secret"), QStringLiteral("2026-11-22") }));
        QCOMPARE(store.memberships().size(), 1);
        QCOMPARE(store.membership(QStringLiteral("jongraat-utrecht"))->secret,
            QStringLiteral("zsm_secret"));
        // The device keeps no name or contact details of the member, only the means to erase.
        QCOMPARE(test::columns(m_app->db(), QStringLiteral("memberships")),
            QStringList({ QStringLiteral("panel_id"), QStringLiteral("secret"),
                QStringLiteral("joined") }));
        QVERIFY(store.removeMembership(QStringLiteral("jongraat-utrecht")));
        QVERIFY(!store.membership(QStringLiteral("jongraat-utrecht")));
        QVERIFY(test::rows(m_app->db(), QStringLiteral("memberships")).isEmpty());
    }

private:
    std::unique_ptr<test::TempAppDatabase> m_app;
};

QTEST_GUILESS_MAIN(TestRegionStore)
#include "tst_regionstore.moc"
