// The operator's side of the real collector: tokens listed, rotated and revoked while it runs
// (the old token answers 401 at once), a duplicate employer, --help for every command, the
// app's --help without a display, and serve's --config file.

#include "auditlog.h"
#include "clisupport.h"
#include "collectorprocess.h"
#include "credentialstore.h"
#include "regionalfixtures.h"
#include "releasestore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using namespace zs;
using namespace zs::test;

namespace {

CollectorProcess::Result run(const QStringList &args)
{
    return CollectorProcess::run(args);
}

/// True when the text holds something shaped like one of our tokens.
bool holdsToken(const QByteArray &text)
{
    static const QRegularExpression token(QStringLiteral("zs[ec]_[0-9a-f]{16}"));
    return token.match(QString::fromUtf8(text)).hasMatch();
}

/// The one line a token command prints on stdout: the token and nothing else.
QString tokenLine(const CollectorProcess::Result &r)
{
    static const QRegularExpression token(QStringLiteral("^zs[ec]_[0-9a-f]{64}\n$"));
    const QString out = QString::fromUtf8(r.out);
    return token.match(out).hasMatch() ? out.trimmed() : QString();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

} // namespace

class TestOperator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError())); }

    void employerTokenRotatesAndRevokesWhileServing()
    {
        const QString first = m_collector.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-r"), QStringLiteral("Zorg R"));
        QVERIFY2(!first.isEmpty(), qPrintable(m_collector.lastError()));
        const QUrl report = m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-r"));
        QCOMPARE(m_http.get(report, bearer(first)).status, 200);

        const auto rotated = run(
            { QStringLiteral("employer"), QStringLiteral("rotate-token"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("zorg-r") });
        QCOMPARE(rotated.exitCode, 0);
        const QString second = tokenLine(rotated);
        QVERIFY2(!second.isEmpty(), rotated.out.constData());
        QVERIFY(!holdsToken(rotated.err)); // messages on stderr, never a token
        QCOMPARE(m_http.get(report, bearer(first)).status, 401);
        QCOMPARE(m_http.get(report, bearer(second)).status, 200);

        const auto listed = run({ QStringLiteral("employer"), QStringLiteral("list"),
            QStringLiteral("--db"), m_collector.dbPath() });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("zorg-r\tutrecht\tZorg R\tactive\n"));
        QVERIFY(!holdsToken(listed.out + listed.err));

        const auto revoked
            = run({ QStringLiteral("employer"), QStringLiteral("revoke"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("zorg-r") });
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(revoked.out.isEmpty());
        const HttpReply refused = m_http.get(report, bearer(second));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(run({ QStringLiteral("employer"), QStringLiteral("list"), QStringLiteral("--db"),
                        m_collector.dbPath() })
                    .out.contains("zorg-r\tutrecht\tZorg R\trevoked\n"));
        // Revoking a token does not take the employer out of the region's list.
        QVERIFY(m_http.get(m_collector.url(QStringLiteral("/v1/regions/utrecht/employers")))
                    .body.contains("zorg-r"));

        // A rotation brings a revoked employer back with a fresh token.
        const QString third = tokenLine(run(
            { QStringLiteral("employer"), QStringLiteral("rotate-token"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("zorg-r") }));
        QCOMPARE(m_http.get(report, bearer(third)).status, 200);
        QCOMPARE(m_http.get(report, bearer(second)).status, 401);
    }

    void tokensAreStoredOnlyAsHashes()
    {
        const QString token = m_collector.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-h"), QStringLiteral("Zorg H"));
        const QString coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY(!token.isEmpty() && !coordinator.isEmpty());
        QFile file(m_collector.dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QFile wal(m_collector.dbPath() + QStringLiteral("-wal"));
        const QByteArray bytes
            = file.readAll() + (wal.open(QIODevice::ReadOnly) ? wal.readAll() : "");
        QVERIFY(!bytes.contains(token.toLatin1()));
        QVERIFY(!bytes.contains(token.toLatin1().mid(4)));
        QVERIFY(!bytes.contains(coordinator.toLatin1().mid(4)));
    }

    void duplicateEmployerIsAClearRefusal()
    {
        const QString token = m_collector.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-d"), QStringLiteral("Zorg D"));
        QVERIFY(!token.isEmpty());
        const auto again = run({ QStringLiteral("employer"), QStringLiteral("add"),
            QStringLiteral("--db"), m_collector.dbPath(), QStringLiteral("--region"),
            QStringLiteral("rijnmond"), QStringLiteral("--id"), QStringLiteral("zorg-d"),
            QStringLiteral("--name"), QStringLiteral("Other") });
        QCOMPARE(again.exitCode, cli::kExitExists);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.contains("employer 'zorg-d' already exists"), again.err.constData());
        QVERIFY(!again.err.contains("UNIQUE") && !again.err.contains("SQL"));
        const QUrl report = m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-d"));
        QCOMPARE(m_http.get(report, bearer(token)).status, 200); // nothing changed
    }

    void unknownIdsAndBadInputChangeNothing()
    {
        const auto missing
            = run({ QStringLiteral("employer"), QStringLiteral("revoke"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("nobody") });
        QCOMPARE(missing.exitCode, cli::kExitNotFound);
        QVERIFY(missing.err.contains("no employer 'nobody'"));
        QCOMPARE(
            run({ QStringLiteral("coordinator"), QStringLiteral("revoke"), QStringLiteral("--db"),
                    m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("999") })
                .exitCode,
            cli::kExitNotFound);
        QCOMPARE(
            run({ QStringLiteral("coordinator"), QStringLiteral("revoke"), QStringLiteral("--db"),
                    m_collector.dbPath(), QStringLiteral("--id"), QStringLiteral("x") })
                .exitCode,
            cli::kExitUsage);
        QCOMPARE(run({ QStringLiteral("employer"), QStringLiteral("rotate-token"),
                         QStringLiteral("--db"), m_collector.dbPath() })
                     .exitCode,
            cli::kExitUsage);
        // list, rotate and revoke never create a database at a mistyped path.
        const QString typo = m_collector.dbPath() + QStringLiteral(".typo");
        QCOMPARE(run({ QStringLiteral("employer"), QStringLiteral("list"), QStringLiteral("--db"),
                         typo })
                     .exitCode,
            cli::kExitUsage);
        QVERIFY(!QFile::exists(typo));
    }

    void coordinatorTokenRotatesAndRevokesWhileServing()
    {
        const auto added
            = run({ QStringLiteral("coordinator"), QStringLiteral("add"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--region"), QStringLiteral("utrecht") });
        QCOMPARE(added.exitCode, 0);
        const QString first = tokenLine(added);
        QVERIFY(!first.isEmpty());
        static const QRegularExpression idLine(
            QStringLiteral("^coordinator (\\d+) for region utrecht$"));
        const auto match = idLine.match(QString::fromUtf8(added.err).trimmed());
        QVERIFY2(match.hasMatch(), added.err.constData());
        const QString id = match.captured(1);
        const QUrl stats = m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats"));
        QCOMPARE(m_http.get(stats, bearer(first)).status, 200);

        const auto listed = run({ QStringLiteral("coordinator"), QStringLiteral("list"),
            QStringLiteral("--db"), m_collector.dbPath() });
        QVERIFY(listed.out.contains((id + QStringLiteral("\tutrecht\tactive\n")).toUtf8()));
        QVERIFY(!holdsToken(listed.out + listed.err));

        const auto rotated = run({ QStringLiteral("coordinator"), QStringLiteral("rotate-token"),
            QStringLiteral("--db"), m_collector.dbPath(), QStringLiteral("--id"), id });
        QCOMPARE(rotated.exitCode, 0);
        const QString second = tokenLine(rotated);
        QVERIFY(!second.isEmpty() && second != first);
        QVERIFY(!holdsToken(rotated.err));
        QCOMPARE(m_http.get(stats, bearer(first)).status, 401);
        QCOMPARE(m_http.get(stats, bearer(second)).status, 200);

        QCOMPARE(run({ QStringLiteral("coordinator"), QStringLiteral("revoke"),
                         QStringLiteral("--db"), m_collector.dbPath(), QStringLiteral("--id"), id })
                     .exitCode,
            0);
        QCOMPARE(m_http.get(stats, bearer(second)).status, 401);
        QVERIFY(run({ QStringLiteral("coordinator"), QStringLiteral("list"), QStringLiteral("--db"),
                        m_collector.dbPath() })
                    .out.contains((id + QStringLiteral("\tutrecht\trevoked\n")).toUtf8()));
    }

    void schema2TokensSurviveTheUpgrade()
    {
        // A file as schema 2 left it: employers without "active", coordinators without an id,
        // submissions with integer keys, and none of the later tables (schema 4: keys,
        // invitations, spent tokens; schema 5: pools, releases, settings).
        CollectorProcess old;
        QStringList laterTables;
        const QString employerToken = old.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-old"), QStringLiteral("Zorg Old"));
        QVERIFY(!employerToken.isEmpty());
        const QString coordinatorToken = QStringLiteral("zsc_") + QString(64, QLatin1Char('a'));
        {
            const SqliteFile file(old.dbPath());
            const QByteArray hash
                = QCryptographicHash::hash(coordinatorToken.toUtf8(), QCryptographicHash::Sha256);
            for (const QString &sql : { QStringLiteral("ALTER TABLE employers DROP COLUMN active"),
                     QStringLiteral("DROP TABLE coordinators"),
                     QStringLiteral("CREATE TABLE coordinators (token_hash BLOB PRIMARY KEY,"
                                    " region TEXT NOT NULL)"),
                     QStringLiteral("PRAGMA user_version = 2") })
                file.rows(sql);
            static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+)"));
            for (const QString &sql : CredentialStore::schema()) {
                if (const auto m = createTable.match(sql); m.hasMatch())
                    laterTables.append(m.captured(1));
            }
            QVERIFY(laterTables.size() >= 3);
            // Schema 5 (releases): pools, releases and settings are new; submissions and answers
            // had integer keys then, so they go back to their schema 1 shape.
            const int credentialTables = int(laterTables.size());
            for (const QString &sql : ReleaseStore::schema()) {
                if (const auto m = createTable.match(sql);
                    m.hasMatch() && !m.captured(1).endsWith(QLatin1String("_v5")))
                    laterTables.append(m.captured(1));
            }
            QVERIFY(laterTables.size() >= credentialTables + 3);
            // Schema 6 (issue 10): the audit log and removed actions are new, ideas gained
            // "hidden".
            for (const QString &sql : AuditLog::schema()) {
                if (const auto m = createTable.match(sql); m.hasMatch())
                    laterTables.append(m.captured(1));
            }
            laterTables.append(QStringLiteral("removed_actions"));
            file.rows(QStringLiteral("ALTER TABLE ideas DROP COLUMN hidden"));
            QVERIFY(!file.columns(QStringLiteral("ideas")).contains(QStringLiteral("hidden")));
            for (const QString &sql :
                { QStringLiteral("DROP TABLE answers"), QStringLiteral("DROP TABLE submissions"),
                    QStringLiteral("CREATE TABLE submissions (id INTEGER PRIMARY KEY,"
                                   " submission_id TEXT NOT NULL UNIQUE,"
                                   " content_hash BLOB NOT NULL, survey_id TEXT NOT NULL,"
                                   " survey_version INTEGER NOT NULL, period TEXT NOT NULL,"
                                   " region TEXT NOT NULL, branch TEXT NOT NULL,"
                                   " occupation TEXT NOT NULL, age_band TEXT NOT NULL,"
                                   " tenure_band TEXT NOT NULL, employer TEXT,"
                                   " received_day TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE answers (submission INTEGER NOT NULL"
                                   " REFERENCES submissions (id) ON DELETE CASCADE,"
                                   " question TEXT NOT NULL, item TEXT, option TEXT,"
                                   " value INTEGER, text TEXT)") })
                file.rows(sql);
            for (const QString &table : laterTables) {
                file.rows(QStringLiteral("DROP TABLE ") + table);
                QVERIFY2(!file.tables().contains(table), qPrintable(table));
            }
            file.rows(QStringLiteral("INSERT INTO coordinators (token_hash, region) VALUES (?, ?)"),
                { hash, QStringLiteral("utrecht") });
            QVERIFY(!file.columns(QStringLiteral("employers")).contains(QStringLiteral("active")));
            QCOMPARE(file.count(QStringLiteral("coordinators")), 1);
            QCOMPARE(file.rows(QStringLiteral("PRAGMA user_version")).value(0).value(0).toInt(), 2);
        }
        const auto listed = run({ QStringLiteral("coordinator"), QStringLiteral("list"),
            QStringLiteral("--db"), old.dbPath() });
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, QByteArray("id\tregion\ttoken\n1\tutrecht\tactive\n"));
        QVERIFY2(old.start(), qPrintable(old.lastError()));
        QCOMPARE(m_http
                     .get(old.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats")),
                         bearer(coordinatorToken))
                     .status,
            200);
        QCOMPARE(m_http
                     .get(old.url(QStringLiteral("/v1/reports/exit?employer=zorg-old")),
                         bearer(employerToken))
                     .status,
            200);
        // The upgrade made the later tables too: the old employer's invitations work.
        const QStringList tables = SqliteFile(old.dbPath()).tables();
        for (const QString &table : laterTables)
            QVERIFY2(tables.contains(table), qPrintable(table));
        const HttpReply created
            = m_http.post(old.url(QStringLiteral("/v1/employers/zorg-old/invitations")),
                R"({"survey": "exit", "count": 2})", "application/json", bearer(employerToken));
        QVERIFY2(created.status == 201, created.describe().constData());
        QCOMPARE(created.json().value(QLatin1String("invitations")).toArray().size(), 2);
    }

    void helpListsEveryCommandAndOption()
    {
        const auto all = run({ QStringLiteral("--help") });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(run({ QStringLiteral("help") }).out, all.out);
        for (const cli::Command &c : cli::commands()) {
            QVERIFY2(
                all.out.contains((QStringLiteral("  ") + c.name).toUtf8()), qPrintable(c.name));
            const auto one
                = run(QStringList { QStringLiteral("help") } + c.name.split(QLatin1Char(' ')));
            QCOMPARE(one.exitCode, 0);
            QVERIFY2(one.out.contains("--db <file>"), qPrintable(c.name));
            QVERIFY(all.out.contains(one.out));
            QCOMPARE(
                run(c.name.split(QLatin1Char(' ')) + QStringList { QStringLiteral("--help") }).out,
                one.out);
        }
        const auto serve = run({ QStringLiteral("help"), QStringLiteral("serve") });
        for (const char *option : { "--listen", "--db", "--members-db", "--surveys", "--config" })
            QVERIFY2(serve.out.contains(option), option);
        QCOMPARE(
            run({ QStringLiteral("help"), QStringLiteral("nothing") }).exitCode, cli::kExitUsage);
        const auto unknown = run({ QStringLiteral("employer"), QStringLiteral("fire") });
        QCOMPARE(unknown.exitCode, cli::kExitUsage);
        QVERIFY(unknown.err.contains("--help"));
    }

    void appHelpNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QLatin1String(name));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ZS_APP_BIN), { QStringLiteral("--help") });
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray out = app.readAllStandardOutput();
        QVERIFY2(out.contains("--data-dir") && out.contains("--collector"), out.constData());
    }

    void serveReadsAConfigFileAndTheCommandLineWins()
    {
        QTemporaryDir dir;
        // listen and db come from CollectorProcess's command line and override the file's.
        const QString config = writeFile(dir, QStringLiteral("collector.ini"),
            "# an operator's file\nk = 12\nlisten = 127.0.0.1:1\ndb = /nonexistent/x.db\n");
        CollectorProcess fromFile;
        QVERIFY2(fromFile.start({ QStringLiteral("--config"), config }),
            qPrintable(fromFile.lastError()));
        QCOMPARE(fromFile.k(), 12);
        QCOMPARE(m_http.get(fromFile.url(QStringLiteral("/v1/health"))).status, 200);
        // The command line's --db, not the file's, was opened (on PostgreSQL a database).
        if (!usePostgres())
            QVERIFY(QFile::exists(fromFile.dbPath()));

        CollectorProcess overridden;
        QVERIFY2(overridden.start({ QStringLiteral("--config"), config, QStringLiteral("--k"),
                     QStringLiteral("15") }),
            qPrintable(overridden.lastError()));
        QCOMPARE(overridden.k(), 15);
    }

    void unknownConfigKeyIsAClearError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("never.db"));
        for (const QByteArray &text :
            { QByteArray("k = 12\nlisen = 127.0.0.1:0\n"), QByteArray("[server]\nk = 12\n") }) {
            const QString config = writeFile(dir, QStringLiteral("bad.ini"), text);
            const auto r = run({ QStringLiteral("serve"), QStringLiteral("--config"), config,
                QStringLiteral("--db"), db });
            QCOMPARE(r.exitCode, cli::kExitUsage);
            QVERIFY2(r.err.contains("unknown key '"), r.err.constData());
            QVERIFY2(r.err.contains(config.toUtf8()), r.err.constData());
            QVERIFY(!QFile::exists(db));
        }
        const auto missing = run({ QStringLiteral("serve"), QStringLiteral("--config"),
            dir.filePath(QStringLiteral("none.ini")), QStringLiteral("--db"), db });
        QCOMPARE(missing.exitCode, cli::kExitUsage);
        QVERIFY(missing.err.contains("cannot read the config file"));
        QVERIFY(!QFile::exists(db));
    }

private:
    CollectorProcess m_collector;
    Http m_http;
};

QTEST_GUILESS_MAIN(TestOperator)
#include "tst_operator.moc"
