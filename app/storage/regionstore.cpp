#include "regionstore.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace zs {

RegionStore::RegionStore(Database &db)
    : m_db(db)
{ }

std::optional<CachedResponse> RegionStore::cached(const QString &key)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT etag, body, fetched FROM cache WHERE key = ?"), { key }, &q)
        || !q.next())
        return std::nullopt;
    return CachedResponse { q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(),
        QDateTime::fromString(q.value(2).toString(), Qt::ISODate) };
}

bool RegionStore::cache(
    const QString &key, const QByteArray &etag, const QByteArray &body, const QDateTime &fetched)
{
    // An answer without an ETag is kept too, with an empty one: a null would bind as SQL NULL,
    // which the column refuses.
    const QString etagText = etag.isEmpty() ? QString(u""_s) : QString::fromUtf8(etag);
    return m_db.exec(
        QStringLiteral("INSERT INTO cache (key, etag, body, fetched) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET etag = excluded.etag,"
                       " body = excluded.body, fetched = excluded.fetched"),
        { key, etagText, QString::fromUtf8(body), fetched.toUTC().toString(Qt::ISODate) });
}

bool RegionStore::touch(const QString &key, const QDateTime &fetched)
{
    return m_db.exec(QStringLiteral("UPDATE cache SET fetched = ? WHERE key = ?"),
        { fetched.toUTC().toString(Qt::ISODate), key });
}

QString RegionStore::anonymousKey(const QString &target)
{
    QSqlQuery q;
    if (m_db.exec(QStringLiteral("SELECT key FROM anonymous_keys WHERE target = ?"), { target }, &q)
        && q.next())
        return q.value(0).toString();
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString key;
    for (const quint32 w : words)
        key += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    if (!m_db.exec(QStringLiteral("INSERT INTO anonymous_keys (target, key) VALUES (?, ?)"),
            { target, key }))
        return {};
    return key;
}

QStringList RegionStore::reactions(const QString &target)
{
    QStringList kinds;
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT kind FROM reactions WHERE target = ? ORDER BY kind"),
            { target }, &q))
        return kinds;
    while (q.next())
        kinds.append(q.value(0).toString());
    return kinds;
}

QHash<QString, QStringList> RegionStore::allReactions()
{
    QHash<QString, QStringList> all;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT target, kind FROM reactions ORDER BY target, kind"), {}, &q))
        return all;
    while (q.next())
        all[q.value(0).toString()].append(q.value(1).toString());
    return all;
}

bool RegionStore::addReaction(const QString &target, const QString &kind)
{
    return m_db.exec(QStringLiteral("INSERT OR IGNORE INTO reactions (target, kind) VALUES (?, ?)"),
        { target, kind });
}

bool RegionStore::removeReaction(const QString &target, const QString &kind)
{
    return m_db.exec(
        QStringLiteral("DELETE FROM reactions WHERE target = ? AND kind = ?"), { target, kind });
}

QList<DeviceMembership> RegionStore::memberships()
{
    QList<DeviceMembership> list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT panel_id, secret, joined FROM memberships ORDER BY panel_id"),
            {}, &q))
        return list;
    while (q.next())
        list.append(DeviceMembership {
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return list;
}

std::optional<DeviceMembership> RegionStore::membership(const QString &panel)
{
    for (const DeviceMembership &m : memberships()) {
        if (m.panel == panel)
            return m;
    }
    return std::nullopt;
}

bool RegionStore::addMembership(const DeviceMembership &m)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO memberships (panel_id, secret, joined) VALUES (?, ?, ?)"
                       " ON CONFLICT (panel_id) DO UPDATE SET secret = excluded.secret,"
                       " joined = excluded.joined"),
        { m.panel, m.secret, m.joined });
}

bool RegionStore::removeMembership(const QString &panel)
{
    return m_db.exec(QStringLiteral("DELETE FROM memberships WHERE panel_id = ?"), { panel });
}

} // namespace zs
