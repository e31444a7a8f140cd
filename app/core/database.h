#pragma once

#include <QHashFunctions>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <unordered_map>

namespace zs {

/// One numbered schema step; statements run in one transaction ending in user_version = number.
struct Migration
{
    int number;
    QStringList statements;
};

/// Owns one SQLite connection: WAL, numbered migrations, bound statements, checked errors.
class Database
{
public:
    /// Opens (creates) the file and migrates it; check isOpen()/errorString().
    Database(const QString &path, const QList<Migration> &migrations);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    int schemaVersion();

    /// Runs one statement with positional binds; on failure sets errorString() and returns false.
    [[nodiscard]] bool exec(
        const QString &sql, const QVariantList &binds = {}, QSqlQuery *result = nullptr);
    /// Runs fn inside a write transaction (BEGIN IMMEDIATE: the write lock is taken at the
    /// start, waiting up to the busy timeout); commits when fn returns true, rolls back otherwise.
    [[nodiscard]] bool transaction(const std::function<bool()> &fn);
    /// A statement prepared once and kept for the life of the connection (one per SQL text),
    /// forward-only; null (with errorString()) when it does not prepare. Bind its values and
    /// call run(); a SELECT's rows are read, then q->finish().
    QSqlQuery *prepared(const QString &sql);
    /// Executes a statement from prepared() with the values bound to it, checked like exec().
    [[nodiscard]] bool run(QSqlQuery &q);
    /// Runs fn inside a read transaction (a deferred BEGIN): every read in fn sees one snapshot
    /// of the file, and a writer on another connection goes on meanwhile (WAL).
    [[nodiscard]] bool readTransaction(const std::function<bool()> &fn);
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
    QString integrityProblem();
    /// True once SQLite called the file damaged (corrupt or not a database), e.g. at open.
    bool isDamaged() const { return m_damaged; }

    QSqlDatabase &connection() { return m_db; }

private:
    bool migrate(const QList<Migration> &migrations);
    bool fail(const QString &what, const QString &detail);
    bool fail(const QString &what, const QSqlError &error, const QString &sql);

    QString m_path;
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
