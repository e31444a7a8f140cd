#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcDatabase, "zorgstem.database")

namespace zs {

namespace {
QAtomicInt s_connectionCounter;
// Below this much free space a write can fail half-way: probe() reports the store unavailable.
constexpr qint64 kMinFreeBytes = qint64(64) * 1024;
// A PostgreSQL server that does not answer within this many seconds is not there.
constexpr int kConnectTimeoutSeconds = 10;

bool isMemory(const DatabaseLocation &location)
{
    return !location.isPostgres() && location.path == QLatin1String(":memory:");
}
} // namespace

Database::Database(const QString &path, const QList<Migration> &migrations)
    : Database(DatabaseLocation::sqliteFile(path), migrations)
{ }

Database::Database(const DatabaseLocation &location, const QList<Migration> &migrations)
    : m_location(location)
    , m_dialect(location.backend)
    , m_connectionName(QStringLiteral("zs-db-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    if (!location.isPostgres() && !isMemory(location)) {
        const QFileInfo info(location.path);
        if (!QDir().mkpath(info.absolutePath())) {
            fail(QStringLiteral("create directory"), info.absolutePath());
            return;
        }
    }
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!m_db.isValid()) {
        fail(QStringLiteral("open"),
            QStringLiteral("the Qt SQL driver %1 is not installed").arg(m_dialect.driverName()));
        return;
    }
    if (!connect())
        return;
    if (!location.isPostgres() && !isMemory(location)) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            fail(QStringLiteral("enable WAL"), q.lastError(), {});
            return;
        }
        if (!exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return;
    }
    m_open = migrate(migrations);
}

Database::~Database()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::connect()
{
    m_location.applyTo(m_db);
    if (m_location.isPostgres())
        m_db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=zorgstem")
                                   .arg(kConnectTimeoutSeconds));
    if (!m_db.open()) {
        ++m_faults;
        return fail(QStringLiteral("open"),
            m_location.toString() + QStringLiteral(": ") + m_db.lastError().text());
    }
    for (const QString &statement : m_dialect.connectionSetup(m_location)) {
        if (!exec(statement))
            return false;
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.readSchemaVersion()) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::exec(const QString &sql, const QVariantList &binds, QSqlQuery *result)
{
    QSqlQuery local(m_db);
    QSqlQuery &q = result ? *result : local;
    if (result)
        q = QSqlQuery(m_db);
    if (binds.isEmpty() && isPostgres()) {
        // A simple query: PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES.
        if (!q.exec(sql))
            return fail(QStringLiteral("exec"), q.lastError(), sql);
        return true;
    }
    if (!q.prepare(sql))
        return fail(QStringLiteral("prepare"), q.lastError(), sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(QStringLiteral("exec"), q.lastError(), sql);
    return true;
}

QSqlQuery *Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        fail(QStringLiteral("prepare"), q->lastError(), sql);
        return nullptr;
    }
    return m_prepared.emplace(sql, std::move(q)).first->second.get();
}

bool Database::run(QSqlQuery &q)
{
    if (!q.exec())
        return fail(QStringLiteral("exec"), q.lastError(), q.lastQuery());
    return true;
}

bool Database::insertRows(
    const QString &into, int columns, const QVariantList &values, const QString &suffix)
{
    return insertRowsReturning(into, columns, values, suffix, {});
}

bool Database::insertRowsReturning(const QString &into, int columns, const QVariantList &values,
    const QString &suffix, const std::function<void(const QSqlQuery &)> &onRow)
{
    Q_ASSERT(columns > 0 && values.size() % columns == 0);
    const qsizetype rows = values.size() / columns;
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    // Chunks of kRowsPerInsert, then the rest in powers of two: at most eight statements per
    // table are ever prepared.
    qsizetype done = 0;
    for (qsizetype chunk = kRowsPerInsert; chunk >= 1; chunk /= 2) {
        while (rows - done >= chunk) {
            QString sql = QStringLiteral("INSERT INTO ") + into + QStringLiteral(" VALUES ");
            sql.reserve(sql.size() + chunk * (row.size() + 2) + suffix.size() + 1);
            for (qsizetype r = 0; r < chunk; ++r) {
                if (r > 0)
                    sql += QStringLiteral(", ");
                sql += row;
            }
            if (!suffix.isEmpty())
                sql += QLatin1Char(' ') + suffix;
            QSqlQuery *q = prepared(sql);
            if (!q)
                return false;
            const qsizetype first = done * columns;
            for (qsizetype v = 0; v < chunk * columns; ++v)
                q->bindValue(int(v), values.at(first + v));
            if (!run(*q))
                return false;
            if (onRow) {
                while (q->next())
                    onRow(*q);
                if (!finished(*q))
                    return false;
            }
            q->finish();
            done += chunk;
        }
    }
    return true;
}

bool Database::execBatch(const QString &sql, const QList<QVariantList> &columns)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return fail(QStringLiteral("prepare"), q.lastError(), sql);
    for (const QVariantList &column : columns)
        q.addBindValue(column);
    if (!q.execBatch())
        return fail(QStringLiteral("exec"), q.lastError(), sql);
    return true;
}

bool Database::finished(const QSqlQuery &q)
{
    if (!q.lastError().isValid())
        return true;
    return fail(QStringLiteral("read"), q.lastError(), q.lastQuery());
}

bool Database::transaction(const std::function<bool()> &fn)
{
    // SQLite: IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a
    // transaction never fails half-way because another writer came first (a deferred BEGIN can).
    if (!exec(m_dialect.beginWrite()))
        return false;
    if (fn() && exec(QStringLiteral("COMMIT")))
        return true;
    const QString err = m_error;
    // After some errors (a full disk) SQLite has rolled back already; this ROLLBACK then fails.
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_error = err;
    return false;
}

bool Database::readTransaction(const std::function<bool()> &fn)
{
    if (!exec(m_dialect.beginRead()))
        return false;
    const bool ok = fn();
    // Ends the snapshot either way; a read-only transaction has nothing to roll back.
    if (ok && exec(QStringLiteral("COMMIT")))
        return true;
    const QString err = m_error;
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_error = err;
    return false;
}

bool Database::lockTransaction(const QString &name)
{
    const QString sql = m_dialect.lockForTransaction();
    return sql.isEmpty() || exec(sql, { name });
}

bool Database::probe()
{
    // A read of the schema version, then a committed write of the same version: it fails when
    // the store cannot be read or written. PRAGMA takes no bound values; the number is the
    // store's own.
    QSqlQuery q;
    if (!exec(m_dialect.readSchemaVersion(), {}, &q)) {
        // A PostgreSQL server that restarted dropped the connection: connect again once.
        if (!isPostgres())
            return false;
        // Statements prepared on the dropped connection are gone with it (QPSQL prepares on
        // the server): prepared() makes them again on the new one.
        m_prepared.clear();
        m_db.close();
        if (!connect() || !exec(m_dialect.readSchemaVersion(), {}, &q))
            return false;
    }
    if (!q.next()) {
        if (!finished(q))
            return false;
        ++m_faults;
        return fail(QStringLiteral("probe"), QStringLiteral("no schema version"));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (!exec(m_dialect.writeSchemaVersion(version)))
        return false;
    if (!isPostgres() && !isMemory(m_location)) {
        // PostgreSQL's disk is the server's: it answers a full disk with an error (SQLSTATE 53100).
        QStorageInfo disk(QFileInfo(m_location.path).absolutePath());
        disk.refresh();
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kMinFreeBytes) {
            ++m_faults;
            return fail(QStringLiteral("probe"),
                QStringLiteral("only %1 bytes free on the disk of %2")
                    .arg(disk.bytesAvailable())
                    .arg(m_location.path));
        }
    }
    return true;
}

QString Database::integrityProblem()
{
    QSqlQuery q(m_db);
    const QString check = m_dialect.integrityCheck();
    if (check.isEmpty())
        return schemaVersion() < 0 ? m_db.lastError().text() : QString();
    if (!q.exec(check))
        return q.lastError().text();
    QStringList problems;
    while (q.next() && problems.size() < 5)
        problems.append(q.value(0).toString());
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    if (problems == QStringList { QStringLiteral("ok") })
        return {};
    return problems.isEmpty() ? QStringLiteral("quick_check gave no answer")
                              : problems.join(QStringLiteral("; "));
}

std::optional<bool> Database::hasTable(const QString &name)
{
    QSqlQuery q;
    if (!exec(m_dialect.tableExists(), { name }, &q) || !q.next())
        return std::nullopt;
    return q.value(0).toBool();
}

bool Database::checkpoint(const QStringList &vacuumTables)
{
    if (isPostgres()) {
        // VACUUM cannot run in a transaction block; exec() runs it as a simple query.
        return vacuumTables.isEmpty()
            || exec(QStringLiteral("VACUUM ") + vacuumTables.join(QStringLiteral(", ")));
    }
    QSqlQuery q(m_db);
    // The first column is 1 when a reader kept the checkpoint from finishing.
    if (!q.exec(m_dialect.checkpoint()) || !q.next())
        return fail(QStringLiteral("checkpoint"), q.lastError(), m_dialect.checkpoint());
    return q.value(0).toInt() == 0;
}

bool Database::overwriteDeleted()
{
    const QString sql = m_dialect.secureDelete();
    return sql.isEmpty() || exec(sql);
}

bool Database::migrate(const QList<Migration> &migrations)
{
    // PostgreSQL: two processes that start at once must not both run a migration; the lock is
    // the session's, held across the migrations' transactions.
    const QString lock = m_dialect.migrationLock();
    if (!lock.isEmpty() && !exec(lock))
        return false;
    bool ok = true;
    for (const QString &statement : m_dialect.prepareSchemaVersion(m_location)) {
        if (!exec(statement)) {
            ok = false;
            break;
        }
    }
    ok = ok && runMigrations(migrations);
    if (!lock.isEmpty()) {
        const QString err = m_error;
        QSqlQuery unlock(m_db);
        unlock.exec(m_dialect.migrationUnlock());
        m_error = err;
    }
    return ok;
}

bool Database::runMigrations(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(QStringLiteral("read schema version"), m_db.lastError().text());
    int latest = 0;
    for (const Migration &m : migrations)
        latest = std::max(latest, m.number);
    if (current > latest)
        return fail(QStringLiteral("open"),
            QStringLiteral("database schema %1 is newer than this program (%2)")
                .arg(current)
                .arg(latest));
    for (const Migration &m : migrations) {
        if (m.number <= current)
            continue;
        const bool ok = transaction([&] {
            for (const QString &written : m.statements) {
                for (const QString &statement : m_dialect.translate(written)) {
                    if (!exec(statement))
                        return false;
                }
            }
            return exec(m_dialect.writeSchemaVersion(m.number));
        });
        if (!ok)
            return false;
    }
    return true;
}

bool Database::fail(const QString &what, const QSqlError &error, const QString &sql)
{
    // A constraint refusal is an answer about the data; anything else is the store failing.
    const SqlDialect::ErrorKind kind = m_dialect.classify(error);
    if (kind != SqlDialect::ErrorKind::Refusal)
        ++m_faults;
    if (kind == SqlDialect::ErrorKind::Damaged)
        m_damaged = true;
    return fail(what, error.text() + (sql.isEmpty() ? QString() : QStringLiteral(" in: ") + sql));
}

bool Database::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("database %1 failed: %2").arg(what, detail);
    qCWarning(lcDatabase).noquote() << m_error;
    return false;
}

} // namespace zs
