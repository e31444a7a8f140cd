#pragma once

#include <QString>

namespace zs::test {

/// Whether this test run is the PostgreSQL variant (ZORGSTEM_TEST_BACKEND=postgresql, which
/// ctest sets for the tests labelled postgresql).
bool usePostgres();

/// A fresh collector store for one test's collector: an SQLite file, or in the PostgreSQL
/// variant a new database on the server named by ZORGSTEM_TEST_PG (a postgresql:// URL to a
/// database the user may CREATE DATABASE from), dropped again at the end. Without that variable
/// the PostgreSQL variant does not pass: it stops with a message (./scripts/test starts a
/// server; README "Tests on PostgreSQL").
class TestStore
{
public:
    /// sqlitePath: the file the SQLite variant uses.
    explicit TestStore(const QString &sqlitePath);
    ~TestStore();
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    /// What --db is given: the file, or postgresql://...
    QString location() const { return m_location; }

    /// The panel members' store of a collector store location (serve's default): FILE.members,
    /// or the schema "members" of the same PostgreSQL database.
    static QString membersOf(const QString &location);

private:
    QString m_location;
    QString m_database; ///< the PostgreSQL database made for this store
};

} // namespace zs::test
