#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

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
    /// Runs fn inside a transaction; commits when fn returns true, rolls back otherwise.
    [[nodiscard]] bool transaction(const std::function<bool()> &fn);

    QSqlDatabase &connection() { return m_db; }

private:
    bool migrate(const QList<Migration> &migrations);
    bool fail(const QString &what, const QString &detail);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
};

} // namespace zs
