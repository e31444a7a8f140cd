#pragma once

#include "databaselocation.h"
#include "sqldialect.h"

#include <QHashFunctions>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace zs {

/// One numbered schema step; statements run in one transaction ending in user_version = number
/// (PostgreSQL: the schema_version table). Written in SQLite's dialect; SqlDialect::translate()
/// rewrites them for PostgreSQL.
struct Migration
{
    int number;
    QStringList statements;
};

/// Owns one connection to an SQLite file (WAL) or a PostgreSQL schema: numbered migrations,
/// bound statements, checked errors. SQL that differs between the two is in SqlDialect.
///
/// On PostgreSQL: several processes may use one database at once. Migrations run under a
/// session advisory lock (two processes starting at once migrate one after the other);
/// transaction() is READ COMMITTED, so what must not happen twice is kept once by unique keys
/// (INSERT ... ON CONFLICT DO NOTHING) or by lockTransaction(). A statement without bound
/// values runs as a simple query (PostgreSQL cannot PREPARE BEGIN, SAVEPOINT or DDL).
class Database
{
public:
    /// Opens (creates) the SQLite file and migrates it; check isOpen()/errorString().
    Database(const QString &path, const QList<Migration> &migrations);
    /// Opens the SQLite file or connects to the PostgreSQL schema (created when missing), and
    /// migrates it.
    Database(const DatabaseLocation &location, const QList<Migration> &migrations);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    /// SQLite: the file; PostgreSQL: the location's URL without its password.
    QString path() const
    {
        return m_location.isPostgres() ? m_location.toString() : m_location.path;
    }
    const DatabaseLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect.isPostgres(); }
    int schemaVersion();

    /// Runs one statement with positional binds; on failure sets errorString() and returns false.
    [[nodiscard]] bool exec(
        const QString &sql, const QVariantList &binds = {}, QSqlQuery *result = nullptr);
    /// Runs fn inside a write transaction (SQLite: BEGIN IMMEDIATE, the write lock is taken at
    /// the start, waiting up to the busy timeout; PostgreSQL: BEGIN, READ COMMITTED); commits
    /// when fn returns true, rolls back otherwise.
    [[nodiscard]] bool transaction(const std::function<bool()> &fn);
    /// A statement prepared once and kept for the life of the connection (one per SQL text),
    /// forward-only; null (with errorString()) when it does not prepare. Bind its values and
    /// call run(); a SELECT's rows are read, then q->finish().
    QSqlQuery *prepared(const QString &sql);
    /// Executes a statement from prepared() with the values bound to it, checked like exec().
    [[nodiscard]] bool run(QSqlQuery &q);
    /// Runs fn inside a read transaction (SQLite: a deferred BEGIN; PostgreSQL: REPEATABLE READ,
    /// READ ONLY): every read in fn sees one snapshot of the store, and a writer on another
    /// connection goes on meanwhile (SQLite: WAL).
    [[nodiscard]] bool readTransaction(const std::function<bool()> &fn);
    /// Inside transaction(): waits for and holds, to the transaction's end, the lock of this
    /// name, across every process on the store (PostgreSQL: pg_advisory_xact_lock). A no-op on
    /// SQLite, where the transaction holds the only write lock already.
    [[nodiscard]] bool lockTransaction(const QString &name);
    /// Inserts rows given one after the other in `values` (`columns` values each) with
    /// statements of many rows each, "INSERT INTO <into> VALUES (?, ...), (?, ...) <suffix>",
    /// kept prepared: one round trip to PostgreSQL per up to kRowsPerInsert rows, not per row.
    [[nodiscard]] bool insertRows(
        const QString &into, int columns, const QVariantList &values, const QString &suffix = {});
    static constexpr qsizetype kRowsPerInsert = 128;
    /// insertRows() whose suffix ends in RETURNING: onRow is called for every row returned
    /// (SQLite 3.35+ and PostgreSQL), in the order the statements ran.
    [[nodiscard]] bool insertRowsReturning(const QString &into, int columns,
        const QVariantList &values, const QString &suffix,
        const std::function<void(const QSqlQuery &)> &onRow);
    /// Runs one statement once per row of the bound columns (QSqlQuery::execBatch), checked.
    [[nodiscard]] bool execBatch(const QString &sql, const QList<QVariantList> &columns);
    /// After a loop over q.next(): false (and a fault) when the loop ended on an error, not at
    /// the end of the rows.
    [[nodiscard]] bool finished(const QSqlQuery &q);

    /// Storage faults so far: failures that are not a constraint refusal (I/O error, full disk,
    /// read-only or corrupt file, busy). A caller compares two readings to learn whether a
    /// piece of work hit one.
    quint64 faults() const { return m_faults; }
    /// Checks that the store can be read and written now (a read, a committed write of the
    /// schema version, enough free disk space); false with errorString() when not.
    [[nodiscard]] bool probe();
    /// PRAGMA quick_check: empty when the file is sound, otherwise what is wrong with it.
    /// PostgreSQL: empty once the schema version can be read (the server checks its pages).
    QString integrityProblem();
    /// Whether the table exists in the store (its schema); nullopt on a fault.
    std::optional<bool> hasTable(const QString &name);
    /// SQLite: writes the WAL back into the main file and empties it (what secure_delete zeroed
    /// is then gone from the log too); false when it could not. PostgreSQL: VACUUMs the tables
    /// given, so erased rows' space is reclaimed (their bytes stay until it is reused).
    bool checkpoint(const QStringList &vacuumTables = {});
    /// SQLite: from now on deleted rows are overwritten with zeros in the file (secure_delete).
    /// PostgreSQL has no such setting: true, and checkpoint() VACUUMs instead.
    [[nodiscard]] bool overwriteDeleted();
    /// True once SQLite called the file damaged (corrupt or not a database), e.g. at open.
    bool isDamaged() const { return m_damaged; }

    QSqlDatabase &connection() { return m_db; }

private:
    bool connect();
    bool migrate(const QList<Migration> &migrations);
    bool runMigrations(const QList<Migration> &migrations);
    bool fail(const QString &what, const QString &detail);
    bool fail(const QString &what, const QSqlError &error, const QString &sql);

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    struct SqlHash
    {
        size_t operator()(const QString &sql) const { return qHash(sql); }
    };
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>, SqlHash> m_prepared;
    QString m_error;
    bool m_open = false;
    quint64 m_faults = 0;
    bool m_damaged = false;
};

} // namespace zs
