// Database: numbered migrations in a transaction, user_version, refusing a newer schema,
// bound statements whose errors surface as false + errorString().

#include "appschema.h"
#include "database.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {

const Migration kOne { 1,
    { QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL)") } };
const Migration kTwo { 2,
    { QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, value TEXT)") } };
const Migration kThree { 3, { QStringLiteral("ALTER TABLE a ADD COLUMN extra TEXT") } };

/// Every failure is also logged once.
const QRegularExpression kDatabaseFailure(QStringLiteral("^database \\S+( \\S+)? failed: "));

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_counter));
    }

    void migratesToLatestAndSetsUserVersion()
    {
        Database db(path(), { kOne, kTwo });
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(test::tables(db), QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    }

    void createsMissingDirectories()
    {
        const QString nested = m_dir.filePath(QStringLiteral("x/y/z.sqlite"));
        Database db(nested, { kOne });
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(nested));
    }

    void usesWriteAheadLogOnFiles()
    {
        Database db(path(), { kOne });
        QSqlQuery q;
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode"), {}, &q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    }

    void reopeningRunsOnlyNewMigrations()
    {
        {
            Database db(path(), { kOne });
            QVERIFY(db.isOpen());
            QVERIFY(db.exec(
                QStringLiteral("INSERT INTO a (name) VALUES (?)"), { QStringLiteral("kept") }));
        }
        // Migration 1 would fail ("table a already exists") if it ran again.
        Database db(path(), { kOne, kTwo, kThree });
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(test::columns(db, QStringLiteral("a")),
            QStringList({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("extra") }));
        const auto rows = test::rows(db, QStringLiteral("a"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(QStringLiteral("name")).toString(), QStringLiteral("kept"));
    }

    void failedMigrationRollsBackWholeStep()
    {
        {
            Database db(path(), { kOne });
            QVERIFY(db.isOpen());
        }
        const Migration broken { 2,
            { QStringLiteral("CREATE TABLE half (id INTEGER)"),
                QStringLiteral("CREATE TABLE oops (id INTEGER"), // syntax error
                QStringLiteral("CREATE TABLE never (id INTEGER)") } };
        {
            QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
            Database db(path(), { kOne, broken });
            QVERIFY(!db.isOpen());
            QVERIFY(db.errorString().contains(QLatin1String("oops")));
        }
        Database db(path(), { kOne });
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 1);
        // The statement before the failing one was undone with it.
        QCOMPARE(test::tables(db), QStringList({ QStringLiteral("a") }));
    }

    void refusesDatabaseNewerThanCode()
    {
        {
            Database db(path(), { kOne, kTwo, kThree });
            QVERIFY(db.isOpen());
            QCOMPARE(db.schemaVersion(), 3);
        }
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        Database db(path(), { kOne, kTwo });
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 3); // left untouched
    }

    void execErrorsSurfaceAsFalse_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("binds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QStringLiteral("INSERT INTO a (name VALUES (?)")
                                << QVariantList { QStringLiteral("x") }
                                << QStringLiteral("prepare");
        QTest::newRow("unknown table") << QStringLiteral("SELECT * FROM nowhere") << QVariantList {}
                                       << QStringLiteral("nowhere");
        QTest::newRow("not null") << QStringLiteral("INSERT INTO a (name) VALUES (?)")
                                  << QVariantList { QVariant() } << QStringLiteral("NOT NULL");
        QTest::newRow("too few binds") << QStringLiteral("INSERT INTO a (id, name) VALUES (?, ?)")
                                       << QVariantList { 1 } << QStringLiteral("exec");
        QTest::newRow("duplicate key")
            << QStringLiteral("INSERT INTO a (id, name) VALUES (?, ?)")
            << QVariantList { 7, QStringLiteral("again") } << QStringLiteral("UNIQUE");
    }

    void execErrorsSurfaceAsFalse()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, binds);
        QFETCH(QString, expected);
        Database db(path(), { kOne });
        QVERIFY(db.isOpen());
        QVERIFY(db.errorString().isEmpty());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO a (id, name) VALUES (?, ?)"),
            { 7, QStringLiteral("first") }));
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        QVERIFY(!db.exec(sql, binds));
        QVERIFY2(
            db.errorString().contains(expected, Qt::CaseInsensitive), qPrintable(db.errorString()));
        QCOMPARE(test::rows(db, QStringLiteral("a")).size(), 1);
    }

    void constraintRefusalIsNotAStoreFault()
    {
        // A unique key or NOT NULL is an answer about the data; the collector's 503 is for the
        // rest (I/O, full disk, read-only, damage), so only that counts as a fault.
        Database db(path(), { kOne });
        QVERIFY(db.exec(QStringLiteral("INSERT INTO a (id, name) VALUES (1, 'x')")));
        const quint64 before = db.faults();
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO a (id, name) VALUES (1, 'again')")));
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO a (name) VALUES (NULL)")));
        QCOMPARE(db.faults(), before);
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        QVERIFY(!db.exec(QStringLiteral("SELECT * FROM nowhere")));
        QCOMPARE(db.faults(), before + 1);
    }

    void probeAndQuickCheckOnASoundFile()
    {
        Database db(path(), { kOne });
        const quint64 before = db.faults();
        QVERIFY2(db.probe(), qPrintable(db.errorString()));
        QCOMPARE(db.faults(), before);
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(db.integrityProblem(), QString());
        QVERIFY(!db.isDamaged());
    }

    void bindsAreValuesNotSql()
    {
        Database db(path(), { kOne });
        const QString hostile = QStringLiteral("x'); DROP TABLE a; --");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO a (name) VALUES (?)"), { hostile }));
        QSqlQuery q;
        QVERIFY(db.exec(QStringLiteral("SELECT name FROM a WHERE name = ?"), { hostile }, &q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), hostile);
    }

    void transactionCommitsOnTrue()
    {
        Database db(path(), { kOne });
        QVERIFY(db.transaction([&] {
            return db.exec(QStringLiteral("INSERT INTO a (name) VALUES ('one')"))
                && db.exec(QStringLiteral("INSERT INTO a (name) VALUES ('two')"));
        }));
        QCOMPARE(test::rows(db, QStringLiteral("a")).size(), 2);
    }

    void transactionRollsBackOnFalseAndKeepsError()
    {
        Database db(path(), { kOne });
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        const bool ok = db.transaction([&] {
            return db.exec(QStringLiteral("INSERT INTO a (name) VALUES ('one')"))
                && db.exec(QStringLiteral("INSERT INTO a (name) VALUES (NULL)"));
        });
        QVERIFY(!ok);
        QVERIFY2(
            db.errorString().contains(QLatin1String("NOT NULL")), qPrintable(db.errorString()));
        QCOMPARE(test::rows(db, QStringLiteral("a")).size(), 0);
    }

    void twoConnectionsAtOnce()
    {
        Database first(path(), { kOne });
        Database second(path(), { kOne });
        QVERIFY(first.isOpen());
        QVERIFY(second.isOpen());
        QVERIFY(first.exec(QStringLiteral("INSERT INTO a (name) VALUES ('seen')")));
        QCOMPARE(test::rows(second, QStringLiteral("a")).size(), 1);
    }

    void inMemoryDatabase()
    {
        Database db(QStringLiteral(":memory:"), { kOne, kTwo });
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 2);
    }

    void appSchemaTables()
    {
        test::TempAppDatabase app;
        QVERIFY2(app.isOpen(), qPrintable(app.errorString()));
        Database &db = app.db();
        int latest = 0;
        for (const Migration &m : appMigrations())
            latest = std::max(latest, m.number);
        QCOMPARE(db.schemaVersion(), latest);
        QCOMPARE(test::tables(db),
            QStringList({ QStringLiteral("anonymous_keys"), QStringLiteral("cache"),
                QStringLiteral("drafts"), QStringLiteral("memberships"), QStringLiteral("outbox"),
                QStringLiteral("reactions"), QStringLiteral("receipts"),
                QStringLiteral("redemptions"), QStringLiteral("requests"),
                QStringLiteral("settings") }));
        // The outbox only knows two states.
        QTest::ignoreMessage(QtWarningMsg, kDatabaseFailure);
        QVERIFY(!db.exec(
            QStringLiteral("INSERT INTO outbox (submission_id, survey_id, period, payload, state)"
                           " VALUES ('s', 'exit', '2026-11', '{}', 'sent')")));
    }

private:
    QString path() const { return m_path; }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
