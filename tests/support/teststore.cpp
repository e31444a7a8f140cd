#include "teststore.h"

#include "databaselocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace zs::test {

namespace {

const QString kAdminConnection = QStringLiteral("zs-test-pg-admin");

DatabaseLocation server()
{
    const QString url = qEnvironmentVariable("ZORGSTEM_TEST_PG");
    if (url.isEmpty())
        qFatal("ZORGSTEM_TEST_BACKEND=postgresql but ZORGSTEM_TEST_PG is not set: run "
               "./scripts/test, or start a server with ./scripts/test-postgres start (README)");
    QString error;
    const auto location = DatabaseLocation::parse(url, &error);
    if (!location || !location->isPostgres())
        qFatal("ZORGSTEM_TEST_PG is not a postgresql:// URL: %s", qPrintable(error));
    return *location;
}

/// The test's own connection to the server's maintenance database, for CREATE/DROP DATABASE.
QSqlDatabase admin()
{
    if (QSqlDatabase::contains(kAdminConnection))
        return QSqlDatabase::database(kAdminConnection);
    const DatabaseLocation l = server();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    l.applyTo(db);
    if (!db.open())
        qFatal("cannot connect to ZORGSTEM_TEST_PG: %s", qPrintable(db.lastError().text()));
    return db;
}

void adminExec(const QString &sql)
{
    QSqlQuery q(admin());
    if (!q.exec(sql))
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

} // namespace

bool usePostgres()
{
    return qEnvironmentVariable("ZORGSTEM_TEST_BACKEND") == QLatin1String("postgresql");
}

TestStore::TestStore(const QString &sqlitePath)
    : m_location(sqlitePath)
{
    if (!usePostgres())
        return;
    // Unique across the parallel test processes: the process id and a random part.
    static QAtomicInt counter;
    m_database = QStringLiteral("zs_test_%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1))
                     .arg(QRandomGenerator::global()->bounded(1000000));
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_database));
    DatabaseLocation l = server();
    l.database = m_database;
    m_location = l.toString();
}

TestStore::~TestStore()
{
    if (m_database.isEmpty())
        return;
    QSqlQuery q(admin());
    // FORCE: a collector that was SIGKILLed may leave its session for a moment.
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)))
        qWarning("could not drop %s: %s", qPrintable(m_database), qPrintable(q.lastError().text()));
}

QString TestStore::membersOf(const QString &location)
{
    QString error;
    const auto l = DatabaseLocation::parse(location, &error);
    if (l && l->isPostgres())
        return l->withSchema(QStringLiteral("members")).toString();
    return location + QStringLiteral(".members");
}

} // namespace zs::test
