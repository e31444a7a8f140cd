#pragma once

#include <QString>

class QSqlDatabase;
#include <optional>

namespace zs {

/// Where a Database lives: an SQLite file, or a schema of a PostgreSQL database.
///
/// Written as a path (an SQLite file), `sqlite:///absolute/path`, or
/// `postgresql://[user[:password]@][host][:port]/database[?host=DIR&port=N&schema=NAME]`.
/// A host that starts with `/` (or `?host=/dir`) is the folder of the server's unix socket, as
/// libpq has it; a missing password comes from PGPASSWORD or ~/.pgpass (libpq). `schema` is
/// where the store's tables are (default `public`): two stores can share one database.
struct DatabaseLocation
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite: the file (or ":memory:")
    QString host; ///< PostgreSQL: host name, or the socket folder; empty: libpq's default
    int port = 0; ///< PostgreSQL: 0 for libpq's default
    QString user;
    QString password;
    QString database;
    QString schema; ///< PostgreSQL: empty means public

    static DatabaseLocation sqliteFile(const QString &path);
    /// nullopt with *error when text is neither a path nor a URL of the forms above.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);

    bool isPostgres() const { return backend == Backend::Postgres; }
    /// The schema the store's tables are in (PostgreSQL): schema, or "public".
    QString schemaName() const;
    /// The same database, another schema (PostgreSQL).
    DatabaseLocation withSchema(const QString &name) const;
    /// A form parse() reads back, without the password: for messages, logs and child processes.
    QString toString() const;
    /// Points a connection at this location: the file (SQLite), or the server, user, password
    /// and database (PostgreSQL; the schema is set once open). Connect options are the caller's.
    void applyTo(QSqlDatabase &db) const;
};

} // namespace zs
