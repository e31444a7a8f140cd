// The dashboards' sign-in (SessionManager) against the real collector (issue 10): a pasted token
// or a zorgstem://signin link is checked with GET /v1/session; wrong, empty and unreachable say
// why; "remember on this computer" goes to the system keychain through QtKeychain, and signing
// out deletes it; a token revoked while signed in ends the session.
//
// Two CTest entries run this file: tst_sessionmanager without any secret service (no D-Bus
// session: the honest CI case, where the token stays in memory and the page says so), and
// tst_sessionmanager_keychain inside dbus-run-session with gnome-keyring-daemon unlocked
// (ZS_SECRET_SERVICE=1), where the token really goes into and out of the keychain.

#include "appcontext.h"
#include "regionalfixtures.h"
#include "sessionmanager.h"
#include "tokenvault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zs;
using namespace zs::test;

namespace {

bool withSecretService()
{
    return qEnvironmentVariableIntValue("ZS_SECRET_SERVICE") == 1;
}

/// Waits until the session is no longer busy.
bool settled(SessionManager &s)
{
    return QTest::qWaitFor([&] { return !s.busy(); }, 15000);
}

/// The keychain entry's content; "" when there is none (or no keychain).
TokenVault::Result stored(TokenVault &vault)
{
    TokenVault::Result result;
    bool done = false;
    vault.load(SessionManager::kKeychainKey, [&](const TokenVault::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        result.detail = QStringLiteral("the keychain did not answer");
    return result;
}

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppContext> context()
    {
        return std::make_unique<AppContext>(
            m_dir.filePath(QStringLiteral("app")), m_collector.baseUrl());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_employer = m_collector.addEmployer(QStringLiteral("utrecht"),
            QStringLiteral("zorg-utrecht"), QStringLiteral("Zorg Utrecht"));
        m_coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY(!m_employer.isEmpty() && !m_coordinator.isEmpty());
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        // A keychain service of this run only: never the app's, never a previous run's.
        m_service
            = QStringLiteral("zorgstem-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void employerTokenSignsIn()
    {
        auto ctx = context();
        TokenVault vault(m_service);
        SessionManager session(*ctx, &vault);
        QSignalSpy changed(&session, &SessionManager::changed);
        QVERIFY(!session.signedIn());
        QCOMPARE(session.collectorUrl(), m_collector.baseUrl().toDisplayString());
        session.signIn(QStringLiteral("  ") + m_employer + QStringLiteral("\n"), {}, false);
        QVERIFY(settled(session));
        QVERIFY2(session.signedIn(), qPrintable(session.message()));
        QCOMPARE(session.role(), QStringLiteral("employer"));
        QCOMPARE(session.employer(), QStringLiteral("zorg-utrecht"));
        QCOMPARE(session.name(), QStringLiteral("Zorg Utrecht"));
        QCOMPARE(session.region(), QStringLiteral("utrecht"));
        QCOMPARE(session.token(), m_employer);
        QVERIFY(!session.remembered());
        QVERIFY(changed.count() >= 1);
        // No property QML can read holds the token.
        for (int i = 0; i < session.metaObject()->propertyCount(); ++i)
            QVERIFY(
                !session.metaObject()->property(i).read(&session).toString().contains(m_employer));

        session.signOut();
        QVERIFY(!session.signedIn());
        QVERIFY(session.token().isEmpty());
        QVERIFY(session.name().isEmpty());
    }

    void coordinatorTokenSignsInToo()
    {
        auto ctx = context();
        TokenVault vault(m_service);
        SessionManager session(*ctx, &vault);
        session.signIn(m_coordinator, m_collector.baseUrl().toString(), false);
        QVERIFY(settled(session));
        QCOMPARE(session.role(), QStringLiteral("coordinator"));
        QCOMPARE(session.region(), QStringLiteral("utrecht"));
        QVERIFY(session.employer().isEmpty());
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("collector");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("Paste the token");
        QTest::newRow("wrong") << QStringLiteral("zse_wrong") << QString()
                               << QStringLiteral("does not accept this token");
        QTest::newRow("unreachable")
            << QStringLiteral("zse_x") << QStringLiteral("http://127.0.0.1:9")
            << QStringLiteral("No connection to the collector at http://127.0.0.1:9");
        QTest::newRow("not a web address")
            << QStringLiteral("zse_x") << QStringLiteral("ftp://example.org")
            << QStringLiteral("must start with https://");
        QTest::newRow("broken link") << QStringLiteral("zorgstem://signin?collector=x") << QString()
                                     << QStringLiteral("not complete");
    }

    void refusalsSayWhy()
    {
        QFETCH(QString, token);
        QFETCH(QString, collector);
        QFETCH(QString, says);
        auto ctx = context();
        TokenVault vault(m_service);
        SessionManager session(*ctx, &vault);
        session.signIn(token, collector, true);
        QVERIFY(settled(session));
        QVERIFY(!session.signedIn());
        QVERIFY2(session.message().contains(says), qPrintable(session.message()));
        QVERIFY(ctx->profiles().setting(SessionManager::kCollectorSetting).isEmpty());
    }

    void signinLinkWaitsForTheClick()
    {
        auto ctx = context();
        TokenVault vault(m_service);
        SessionManager session(*ctx, &vault);
        QSignalSpy received(&session, &SessionManager::linkReceived);
        QVERIFY(!session.openLink(QStringLiteral("zorgstem://invite?code=ABCD-EFGH-JKMN")));
        const QString link
            = QStringLiteral("zorgstem://signin?token=%1&collector=%2")
                  .arg(m_employer,
                      QString::fromUtf8(QUrl::toPercentEncoding(m_collector.baseUrl().toString())));
        QVERIFY(session.openLink(link));
        QCOMPARE(received.count(), 1);
        QVERIFY(session.hasLink());
        QCOMPARE(session.linkCollector(), m_collector.baseUrl().toDisplayString());
        QVERIFY(!session.signedIn()); // nothing is sent before the person says so
        session.signInWithLink(false);
        QVERIFY(settled(session));
        QVERIFY(session.signedIn());
        QVERIFY(!session.hasLink());
        QCOMPARE(session.name(), QStringLiteral("Zorg Utrecht"));

        // A link pasted into the token field works the same.
        SessionManager pasted(*ctx, &vault);
        pasted.signIn(link, {}, false);
        QVERIFY(settled(pasted));
        QVERIFY(pasted.signedIn());
    }

    void rememberUsesTheKeychainOrSaysItCannot()
    {
        auto ctx = context();
        TokenVault vault(m_service);
        {
            SessionManager session(*ctx, &vault);
            session.signIn(m_employer, {}, true);
            QVERIFY(settled(session));
            QVERIFY(session.signedIn());
            if (withSecretService()) {
                QVERIFY2(session.remembered(), qPrintable(session.keychainMessage()));
                QVERIFY(session.keychainMessage().contains(
                    QLatin1String("Remembered on this computer")));
                QCOMPARE(stored(vault).token, m_employer);
                QCOMPARE(ctx->profiles().setting(SessionManager::kCollectorSetting),
                    m_collector.baseUrl().toString());
            } else {
                // No secret service: said plainly, and the token stays in memory only.
                QVERIFY(!session.remembered());
                QVERIFY2(session.keychainMessage().contains(QLatin1String("kept in memory only")),
                    qPrintable(session.keychainMessage()));
                qInfo("without a keychain: %s", qPrintable(session.keychainMessage()));
                QVERIFY(stored(vault).unavailable);
                QVERIFY(ctx->profiles().setting(SessionManager::kCollectorSetting).isEmpty());
                QVERIFY(session.signedIn()); // still signed in for this run
            }
        }
        // The next start: signed in again from the keychain, or not at all.
        SessionManager next(*ctx, &vault);
        next.restore();
        QVERIFY(settled(next));
        QCOMPARE(next.signedIn(), withSecretService());
        if (!withSecretService())
            return;
        QVERIFY(next.remembered());
        QCOMPARE(next.name(), QStringLiteral("Zorg Utrecht"));
        // Signing out forgets it everywhere.
        next.signOut();
        QVERIFY(QTest::qWaitFor([&] { return stored(vault).notFound; }, 10000));
        QVERIFY(ctx->profiles().setting(SessionManager::kCollectorSetting).isEmpty());
        SessionManager after(*ctx, &vault);
        after.restore();
        QVERIFY(settled(after));
        QVERIFY(!after.signedIn());
    }

    void signingInWithoutRememberForgetsAnEarlierOne()
    {
        if (!withSecretService())
            QSKIP("needs a secret service (the tst_sessionmanager_keychain entry)");
        auto ctx = context();
        TokenVault vault(m_service);
        SessionManager session(*ctx, &vault);
        session.signIn(m_employer, {}, true);
        QVERIFY(settled(session));
        QVERIFY(session.remembered());
        session.signIn(m_coordinator, {}, false);
        QVERIFY(settled(session));
        QCOMPARE(session.role(), QStringLiteral("coordinator"));
        QVERIFY(QTest::qWaitFor([&] { return stored(vault).notFound; }, 10000));
    }

    void revokedTokenEndsTheSession()
    {
        const QString token = m_collector.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-weg"), QStringLiteral("Zorg Weg"));
        auto ctx = context();
        TokenVault vault(m_service);
        SessionManager session(*ctx, &vault);
        session.signIn(token, {}, withSecretService());
        QVERIFY(settled(session));
        QVERIFY(session.signedIn());
        QCOMPARE(CollectorProcess::run(
                     { QStringLiteral("employer"), QStringLiteral("revoke"), QStringLiteral("--db"),
                         m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("zorg-weg") })
                     .exitCode,
            0);
        QSignalSpy expired(&session, &SessionManager::expired);
        int status = -1;
        session.send("GET", QStringLiteral("/v1/reports/exit?employer=zorg-weg"), {},
            "application/json", [&](const CollectorReply &r) { status = r.status; });
        QVERIFY(QTest::qWaitFor([&] { return status != -1; }, 10000));
        QCOMPARE(status, 401);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!session.signedIn());
        QVERIFY(session.message().contains(QLatin1String("no longer valid")));
        if (withSecretService())
            QVERIFY(QTest::qWaitFor([&] { return stored(vault).notFound; }, 10000));
    }

private:
    CollectorProcess m_collector;
    QTemporaryDir m_dir;
    QString m_employer;
    QString m_coordinator;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
