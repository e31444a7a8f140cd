// The collector's members file (server-stub/memberstore.*, DESIGN §5 rule 7): what it keeps of
// a member, and how it rewrites a file from before version 4, when it kept the occupation group,
// the age band and the month joined, and before version 5, when a round credential's row named
// its member and round. What a migration drops is gone from the file's bytes too.
#include "memberstore.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using test::SqliteFile;

namespace {

const QString kSecret = QStringLiteral("zsm_0123456789abcdef0123456789abcdef0123456789abcdef");

/// The members row's key of a secret, as the store makes it.
QByteArray secretHash(const QString &panel, const QString &secret)
{
    return QCryptographicHash::hash(
        (panel + QLatin1Char(':') + secret).toUtf8(), QCryptographicHash::Sha256);
}

/// The raw bytes of an SQLite file and its write-ahead log (what a disk holds).
QByteArray fileAndWal(const QString &path)
{
    QByteArray bytes;
    for (const QString &p : { path, path + QStringLiteral("-wal") }) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

/// Writes a members file as version 3 of the schema left it, in WAL mode as the store keeps it:
/// two members with their strata and months, and one round credential naming member and round.
bool writeVersion3(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        const QStringList statements = {
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral(
                "CREATE TABLE members (secret_hash BLOB PRIMARY KEY, panel TEXT NOT NULL,"
                " name TEXT NOT NULL, email TEXT, phone TEXT, occupation TEXT NOT NULL,"
                " age_band TEXT NOT NULL, consent_version INTEGER NOT NULL,"
                " joined TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE round_credentials (secret_hash BLOB NOT NULL,"
                           " round TEXT NOT NULL, round_blinding BLOB NOT NULL,"
                           " PRIMARY KEY (secret_hash, round)) WITHOUT ROWID"),
            QStringLiteral("PRAGMA user_version = 3"),
        };
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        const auto insert = [&](const QVariantList &values, const QString &sql) {
            ok = ok && q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = ok && q.exec();
        };
        const QString member
            = QStringLiteral("INSERT INTO members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert(
            { secretHash(QStringLiteral("jongraat-utrecht"), kSecret),
                QStringLiteral("jongraat-utrecht"), QStringLiteral("Marloes Oudbestand"),
                QStringLiteral("marloes@example.nl"), QVariant(), QStringLiteral("verzorgende_ig"),
                QStringLiteral("25-34"), 1, QStringLiteral("2025-11") },
            member);
        insert({ secretHash(QStringLiteral("raatgevers-rijnmond"), QStringLiteral("zsm_other")),
                   QStringLiteral("raatgevers-rijnmond"), QStringLiteral("Henk Oudbestand"),
                   QVariant(), QStringLiteral("06-12345678"), QStringLiteral("begeleider"),
                   QStringLiteral("55plus"), 1, QStringLiteral("2024-03") },
            member);
        insert({ secretHash(QStringLiteral("jongraat-utrecht"), kSecret),
                   QStringLiteral("jongraat-oude-ronde"), QByteArray(32, 'b') },
            QStringLiteral("INSERT INTO round_credentials VALUES (?, ?, ?)"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    return ok;
}

} // namespace

class TestMemberStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMemberKeepsNoStratum()
    {
        QTemporaryDir dir;
        MemberStore store(dir.filePath(QStringLiteral("members.db")));
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), 5);
        const auto secret
            = store.add({ QStringLiteral("jongraat-utrecht"), QStringLiteral("Sanne Nieuw"),
                QStringLiteral("sanne@example.nl"), QString(), 1, QStringLiteral("2026"), true });
        QVERIFY(secret);
        const auto m = store.find(QStringLiteral("jongraat-utrecht"), *secret);
        QVERIFY(m);
        QCOMPARE(m->name, QStringLiteral("Sanne Nieuw"));
        QCOMPARE(m->joined, QStringLiteral("2026"));
        QVERIFY(m->ageRuleMet);
        QVERIFY(m->phone.isEmpty());
        const SqliteFile file(store.database().path(), SqliteFile::Mode::ReadOnly);
        QCOMPARE(file.columns(QStringLiteral("members")),
            (QStringList { QStringLiteral("secret_hash"), QStringLiteral("panel"),
                QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                QStringLiteral("consent_version"), QStringLiteral("joined"),
                QStringLiteral("age_rule_met") }));
        QCOMPARE(file.columns(QStringLiteral("round_credentials")),
            (QStringList { QStringLiteral("member_key"), QStringLiteral("round_key"),
                QStringLiteral("round_blinding") }));
        // A new file has no table for round credentials of the old kind.
        QCOMPARE(file.tables(),
            (QStringList { QStringLiteral("members"), QStringLiteral("round_credentials") }));
    }

    void aRoundCredentialNamesNeitherMemberNorRound()
    {
        QTemporaryDir dir;
        MemberStore store(dir.filePath(QStringLiteral("members.db")));
        QVERIFY(store.isOpen());
        const QString panel = QStringLiteral("jongraat-utrecht");
        const auto secret = store.add({ panel, QStringLiteral("Ronde Lid"),
            QStringLiteral("ronde@example.nl"), QString(), 1, QStringLiteral("2026"), true });
        const auto other = store.add({ panel, QStringLiteral("Ander Lid"),
            QStringLiteral("ander@example.nl"), QString(), 1, QStringLiteral("2026"), true });
        QVERIFY(secret && other);
        const QString round = QStringLiteral("jongraat-ronde-x");
        QCOMPARE(store.roundCredential(panel, *secret, round), QByteArray());
        QVERIFY(store.recordRoundCredential(panel, *secret, round, QByteArray(32, 'a')));
        QVERIFY(!store.recordRoundCredential(panel, *secret, round, QByteArray(32, 'c')));
        QCOMPARE(store.roundCredential(panel, *secret, round), QByteArray(32, 'a'));
        // Another member, another round: not taken.
        QCOMPARE(store.roundCredential(panel, *other, round), QByteArray());
        QCOMPARE(store.roundCredential(panel, *secret, QStringLiteral("jongraat-ronde-y")),
            QByteArray());
        QVERIFY(store.recordRoundCredential(panel, *other, round, QByteArray(32, 'd')));

        const SqliteFile file(store.database().path(), SqliteFile::Mode::ReadOnly);
        const QList<QVariantList> rows = file.rows(
            QStringLiteral("SELECT member_key, round_key, round_blinding FROM round_credentials"));
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).at(0) != rows.at(1).at(0)); // two members, two keys
        QVERIFY(rows.at(0).at(1) != rows.at(1).at(1)); // one round, two keys
        for (const QVariantList &row : rows) {
            QVERIFY(
                row.at(0) != secretHash(panel, *secret) && row.at(0) != secretHash(panel, *other));
        }
        QVERIFY(!fileAndWal(store.database().path()).contains(round.toUtf8()));

        // Leaving erases the member's round credentials, and only theirs.
        QVERIFY(store.erase(panel, *secret));
        QCOMPARE(file.count(QStringLiteral("round_credentials")), 1);
        QCOMPARE(store.roundCredential(panel, *other, round), QByteArray(32, 'd'));
    }

    void migrationRewritesAnOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.db"));
        QVERIFY(writeVersion3(path));
        const QByteArray before = fileAndWal(path);
        for (const char *old : { "verzorgende_ig", "begeleider", "55plus", "2025-11", "2024-03",
                 "jongraat-oude-ronde", "age_band" })
            QVERIFY2(before.contains(old), old); // the scan reads what the file holds

        {
            MemberStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
            QCOMPARE(store.database().schemaVersion(), 5);
            const SqliteFile file(path, SqliteFile::Mode::ReadOnly);
            const QStringList columns = file.columns(QStringLiteral("members"));
            QVERIFY(!columns.contains(QStringLiteral("occupation")));
            QVERIFY(!columns.contains(QStringLiteral("age_band")));
            QVERIFY(columns.contains(QStringLiteral("age_rule_met")));
            // Jong RAAT has an age rule its members met at join; RAATgevers has none.
            QCOMPARE(file.rows(QStringLiteral(
                         "SELECT panel, joined, age_rule_met FROM members ORDER BY panel")),
                (QList<QVariantList> {
                    { QStringLiteral("jongraat-utrecht"), QStringLiteral("2025"), 1 },
                    { QStringLiteral("raatgevers-rijnmond"), QStringLiteral("2024"), 0 } }));
            const auto m = store.find(QStringLiteral("jongraat-utrecht"), kSecret);
            QVERIFY(m);
            QCOMPARE(m->name, QStringLiteral("Marloes Oudbestand"));
            QCOMPARE(m->joined, QStringLiteral("2025"));
            QVERIFY(m->ageRuleMet);
            // The dropped values are gone from the bytes on disk while the store is open (the
            // store checkpointed the migration into the main file and emptied the log).
            const QByteArray after = fileAndWal(path);
            for (const char *old :
                { "verzorgende_ig", "begeleider", "55plus", "2025-11", "2024-03", "age_band" })
                QVERIFY2(!after.contains(old), old);
            QVERIFY(after.contains("Marloes Oudbestand"));

            // The old round credential still counts, and is rekeyed once its member is back.
            QCOMPARE(file.count(QStringLiteral("round_credentials_v3")), 1);
            QCOMPARE(store.roundCredential(QStringLiteral("jongraat-utrecht"), kSecret,
                         QStringLiteral("jongraat-oude-ronde")),
                QByteArray(32, 'b'));
            QCOMPARE(file.count(QStringLiteral("round_credentials_v3")), 0);
            QCOMPARE(file.count(QStringLiteral("round_credentials")), 1);
            QVERIFY(!store.recordRoundCredential(QStringLiteral("jongraat-utrecht"), kSecret,
                QStringLiteral("jongraat-oude-ronde"), QByteArray(32, 'e')));
            QCOMPARE(store.roundCredential(QStringLiteral("jongraat-utrecht"), kSecret,
                         QStringLiteral("jongraat-oude-ronde")),
                QByteArray(32, 'b'));
        }
        // Opened again: the emptied old table is gone, and so is the round's name.
        MemberStore again(path);
        QVERIFY(again.isOpen());
        QCOMPARE(SqliteFile(path, SqliteFile::Mode::ReadOnly).tables(),
            (QStringList { QStringLiteral("members"), QStringLiteral("round_credentials") }));
        QVERIFY(!fileAndWal(path).contains("jongraat-oude-ronde"));
    }

    void leavingErasesOldRoundCredentialsToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.db"));
        QVERIFY(writeVersion3(path));
        {
            MemberStore store(path);
            QVERIFY(store.isOpen());
            QVERIFY(store.erase(QStringLiteral("jongraat-utrecht"), kSecret));
            QCOMPARE(SqliteFile(path).count(QStringLiteral("round_credentials_v3")), 0);
        }
        const QByteArray bytes = fileAndWal(path);
        for (const char *gone :
            { "Marloes Oudbestand", "marloes@example.nl", "jongraat-oude-ronde" })
            QVERIFY2(!bytes.contains(gone), gone);
        QVERIFY(bytes.contains("Henk Oudbestand"));
    }
};

QTEST_GUILESS_MAIN(TestMemberStore)
#include "tst_memberstore.moc"
