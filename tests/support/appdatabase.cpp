#include "appdatabase.h"

#include "appschema.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace zs::test {

TempAppDatabase::TempAppDatabase()
    : m_path(m_dir.filePath(QStringLiteral("app.sqlite")))
    , m_db(std::make_unique<Database>(m_path, appMigrations()))
{ }

bool TempAppDatabase::isOpen() const
{
    return m_dir.isValid() && m_db->isOpen();
}

QString TempAppDatabase::errorString() const
{
    return m_dir.isValid() ? m_db->errorString() : m_dir.errorString();
}

bool TempAppDatabase::reopen()
{
    m_db.reset(); // the old connection closes before the new one opens
    m_db = std::make_unique<Database>(m_path, appMigrations());
    return m_db->isOpen();
}

QList<QVariantMap> rows(Database &db, const QString &table)
{
    QList<QVariantMap> result;
    // In insertion order where the table has one; a table WITHOUT ROWID has none to give.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table))
        && !q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return result;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        result.append(row);
    }
    return result;
}

QStringList columns(Database &db, const QString &table)
{
    QStringList names;
    QSqlQuery q;
    if (!db.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table), {}, &q))
        return names;
    while (q.next())
        names.append(q.value(1).toString());
    return names;
}

QStringList tables(Database &db)
{
    QStringList names;
    QSqlQuery q;
    if (!db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name"),
            {}, &q))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace zs::test
