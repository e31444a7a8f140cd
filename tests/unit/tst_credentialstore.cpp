// The collector's keys and invitations (CredentialStore): one key per issuer, survey kind and
// year, kept across restarts; rotation by year with the old key accepted through the next year;
// invitations stored only as hashes, redeemed once, counted per month.

#include "collectorstore.h"
#include "credentialstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("collector.db")); }

private slots:
    void initTestCase()
    {
        CollectorStore store(path());
        QVERIFY(store.isOpen());
        QString error;
        QVERIFY(store.addEmployer(
            { QStringLiteral("zorg-a"), QStringLiteral("utrecht"), QStringLiteral("Zorg A") },
            &error));
    }

    void oneKeyPerIssuerKindAndYear()
    {
        QByteArray first;
        {
            CollectorStore store(path());
            CredentialStore &c = store.credentials();
            const auto a = c.keyFor(
                Issuer::employer(QStringLiteral("zorg-a"), QStringLiteral("exit")), 2026);
            QVERIFY(a);
            QCOMPARE(a->published.keyId, IssuerKey::idFor(a->published.spki));
            QCOMPARE(a->published.validFrom, QStringLiteral("2026-01"));
            QCOMPARE(a->published.validUntil, QStringLiteral("2027-12"));
            first = a->published.spki;
            // The same again, from the cache and from the file.
            QCOMPARE(
                c.keyFor(Issuer::employer(QStringLiteral("zorg-a"), QStringLiteral("exit")), 2026)
                    ->published.spki,
                first);
            // Another kind, another issuer, another year: other keys.
            const auto retention = c.keyFor(
                Issuer::employer(QStringLiteral("zorg-a"), QStringLiteral("retention")), 2026);
            const auto panel = c.keyFor(Issuer::panel(QStringLiteral("jongraat-utrecht")), 2026);
            const auto next = c.keyFor(
                Issuer::employer(QStringLiteral("zorg-a"), QStringLiteral("exit")), 2027);
            QVERIFY(retention && panel && next);
            QVERIFY(retention->published.spki != first);
            QVERIFY(panel->published.spki != first);
            QVERIFY(next->published.spki != first);
        }
        // After a restart the private key signs for the public key published before.
        CollectorStore store(path());
        const auto again = store.credentials().keyFor(
            Issuer::employer(QStringLiteral("zorg-a"), QStringLiteral("exit")), 2026);
        QVERIFY(again);
        QCOMPARE(again->published.spki, first);
        const auto b = blindrsa::blind(again->publicKey, QByteArray(32, 'k'), nullptr);
        const auto s = blindrsa::blindSign(again->privateKey, b->blindedMessage, nullptr);
        QVERIFY(s);
        QVERIFY(blindrsa::finalize(
            *blindrsa::PublicKey::fromSpki(first), QByteArray(32, 'k'), *s, b->inverse, nullptr));
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM issuer_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    // Rotation: a key is published and accepted from January of its year to December of the
    // next; so in 2027 both the 2026 and 2027 keys are listed, in 2028 only 2027's.
    void rotationByYear()
    {
        CollectorStore store(path());
        CredentialStore &c = store.credentials();
        const Issuer exit = Issuer::employer(QStringLiteral("zorg-a"), QStringLiteral("exit"));
        QCOMPARE(c.publishedKeys(exit, QStringLiteral("2025-12")).size(), 0);
        QCOMPARE(c.publishedKeys(exit, QStringLiteral("2026-06")).size(), 1);
        QCOMPARE(c.publishedKeys(exit, QStringLiteral("2027-12")).size(), 2);
        const auto in2028 = c.publishedKeys(exit, QStringLiteral("2028-01"));
        QCOMPARE(in2028.size(), 1);
        QCOMPARE(in2028.first().validFrom, QStringLiteral("2027-01"));
        QVERIFY(!c.key(c.publishedKeys(exit, QStringLiteral("2026-06")).first().keyId)
                     ->acceptsIn(QStringLiteral("2028-01")));
    }

    void invitationsAreHashedAndRedeemedOnce()
    {
        CollectorStore store(path());
        CredentialStore &c = store.credentials();
        const QDate expires = QDate::currentDate().addDays(30);
        const auto codes
            = c.createInvitations(QStringLiteral("zorg-a"), QStringLiteral("exit"), 20, expires);
        QVERIFY(codes);
        QCOMPARE(codes->size(), 20);
        QCOMPARE(QSet<QString>(codes->begin(), codes->end()).size(), 20);
        const QString code = *invitationcode::normalize(codes->first());
        const auto found = c.invitation(code);
        QVERIFY(found);
        QCOMPARE(found->employer, QStringLiteral("zorg-a"));
        QCOMPARE(found->expires, expires.toString(Qt::ISODate));
        QVERIFY(found->redeemed.isEmpty());
        QVERIFY(!c.invitation(*invitationcode::normalize(invitationcode::generate())));
        QVERIFY(c.redeem(code, QByteArray("h1"), QStringLiteral("2026-12")));
        QVERIFY(!c.redeem(code, QByteArray("h2"), QStringLiteral("2026-12")));
        QCOMPARE(c.invitation(code)->blindedHash, QByteArray("h1"));
        // Counts: 20 issued this month, one redeemed.
        const auto months = c.invitationMonths(QStringLiteral("zorg-a"), QDate::currentDate());
        QVERIFY(months);
        int issued = 0, redeemed = 0;
        for (const InvitationMonth &m : *months) {
            issued += m.issued;
            redeemed += m.redeemed;
        }
        QCOMPARE(issued, 20);
        QCOMPARE(redeemed, 1);
        // Expired once the day is past: counted in the month of issue.
        const auto later = c.invitationMonths(QStringLiteral("zorg-a"), expires.addDays(1));
        int expired = 0;
        for (const InvitationMonth &m : *later)
            expired += m.expired;
        QCOMPARE(expired, 19);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
