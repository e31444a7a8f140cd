#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDatabase, "zorgstem.database")

namespace zs {

namespace {
QAtomicInt s_connectionCounter;
}

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
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        fail(QStringLiteral("open"), m_db.lastError().text());
        return;
    }
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return;
    if (path != QLatin1String(":memory:")) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            fail(QStringLiteral("enable WAL"), q.lastError().text());
            return;
        }
        if (!exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return;
    }
    m_open = migrate(migrations);
}

Database::~Database()
{
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
        return fail(
            QStringLiteral("prepare"), q.lastError().text() + QStringLiteral(" in: ") + sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(QStringLiteral("exec"), q.lastError().text() + QStringLiteral(" in: ") + sql);
    return true;
}

bool Database::transaction(const std::function<bool()> &fn)
{
    if (!m_db.transaction())
        return fail(QStringLiteral("begin"), m_db.lastError().text());
    if (!fn()) {
        const QString err = m_error;
        m_db.rollback();
        m_error = err;
        return false;
    }
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return fail(QStringLiteral("commit"), err);
    }
    return true;
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

bool Database::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("database %1 failed: %2").arg(what, detail);
    qCWarning(lcDatabase).noquote() << m_error;
    return false;
}

} // namespace zs
