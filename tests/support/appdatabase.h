#pragma once

// The device's database for unit tests: a fresh file with the app's migrations in its own
// temporary folder, and plain readers of its tables.

#include "database.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>
#include <memory>

namespace zs::test {

/// A fresh app database (appMigrations()) in its own temporary folder; make one per test.
class TempAppDatabase
{
public:
    TempAppDatabase();
    TempAppDatabase(const TempAppDatabase &) = delete;
    TempAppDatabase &operator=(const TempAppDatabase &) = delete;

    /// Open, migrated and the folder usable; check with QVERIFY2(db.isOpen(), errorString()).
    bool isOpen() const;
    QString errorString() const;
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    /// Closes the file and opens it again, as an app restart would; true when open again.
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// Every row of a table as column -> value, in rowid order.
QList<QVariantMap> rows(Database &db, const QString &table);
/// The column names of a table, in declaration order.
QStringList columns(Database &db, const QString &table);
/// The names of the user tables.
QStringList tables(Database &db);

} // namespace zs::test
