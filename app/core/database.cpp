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
// How long a writer waits for another connection's write lock before it gives up (SQLITE_BUSY).
constexpr int kBusyTimeoutMs = 5000;
// Below this much free space a write can fail half-way: probe() reports the store unavailable.
constexpr qint64 kMinFreeBytes = qint64(64) * 1024;
// SQLITE_CONSTRAINT: a refusal of the data (a unique key), not a failing store.
constexpr int kSqliteConstraint = 19;
// SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is damaged.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
} // namespace

Database::Database(const QString &path, const QList<Migration> &migrations)
    : m_path(path)
    , m_connectionName(QStringLiteral("zs-db-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            fail(QStringLiteral("create directory"), info.absolutePath());
            return;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        fail(QStringLiteral("open"), m_db.lastError().text());
        return;
    }
    // Another connection (a CLI command while serve runs) may hold the write lock for a moment.
    if (!exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)))
        return;
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return;
    if (path != QLatin1String(":memory:")) {
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

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::exec(const QString &sql, const QVariantList &binds, QSqlQuery *result)
{
    QSqlQuery local(m_db);
    QSqlQuery &q = result ? *result : local;
    if (result)
        q = QSqlQuery(m_db);
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
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a transaction
    // never fails half-way because another writer came first (a deferred BEGIN can).
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
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
    if (!exec(QStringLiteral("BEGIN")))
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

bool Database::probe()
{
    // A read of the schema and of the version, then a committed write of the same version: it
    // fails when the file or its log cannot be read or written. PRAGMA takes no bound values;
    // the number is the file's own.
    QSqlQuery q;
    if (!exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), {}, &q)
        || !exec(QStringLiteral("PRAGMA user_version"), {}, &q))
        return false;
    if (!q.next()) {
        if (!finished(q))
            return false;
        ++m_faults;
        return fail(QStringLiteral("probe"), QStringLiteral("no schema version"));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return false;
    if (m_path != QLatin1String(":memory:")) {
        QStorageInfo disk(QFileInfo(m_path).absolutePath());
        disk.refresh();
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kMinFreeBytes) {
            ++m_faults;
            return fail(QStringLiteral("probe"),
                QStringLiteral("only %1 bytes free on the disk of %2")
                    .arg(disk.bytesAvailable())
                    .arg(m_path));
        }
    }
    return true;
}

QString Database::integrityProblem()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
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

bool Database::migrate(const QList<Migration> &migrations)
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
            for (const QString &statement : m.statements) {
                if (!exec(statement))
                    return false;
            }
            // PRAGMA does not accept bound values; the number is ours, not input.
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(m.number));
        });
        if (!ok)
            return false;
    }
    return true;
}

bool Database::fail(const QString &what, const QSqlError &error, const QString &sql)
{
    // A constraint refusal is an answer about the data; anything else is the store failing.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code != kSqliteConstraint)
        ++m_faults;
    if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
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
