#include "regionalstore.h"

#include "collectorstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace zs {

namespace {

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RegionalStore::RegionalStore(Database &db)
    : m_db(db)
{ }

std::optional<QString> RegionalStore::addCoordinator(const QString &region, qint64 *id)
{
    const QString token = CollectorStore::newToken(QLatin1String("zsc_"));
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("INSERT INTO coordinators (token_hash, region) VALUES (?, ?)"
                                  " RETURNING id"),
            { sha256(token), region }, &q)
        || !q.next())
        return std::nullopt;
    if (id)
        *id = q.value(0).toLongLong();
    return token;
}

QList<CoordinatorAccount> RegionalStore::coordinators()
{
    QList<CoordinatorAccount> list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT id, region, active FROM coordinators ORDER BY id"), {}, &q))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0 });
    return list;
}

std::optional<QString> RegionalStore::rotateCoordinatorToken(qint64 id)
{
    const QString token = CollectorStore::newToken(QLatin1String("zsc_"));
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("UPDATE coordinators SET token_hash = ?, active = 1 WHERE id = ?"),
            { sha256(token), id }, &q)
        || q.numRowsAffected() != 1)
        return std::nullopt;
    return token;
}

bool RegionalStore::revokeCoordinator(qint64 id)
{
    QSqlQuery q;
    return m_db.exec(
               QStringLiteral("UPDATE coordinators SET token_hash = ?, active = 0 WHERE id = ?"),
               { sha256(CollectorStore::newToken(QLatin1String("zsc_"))), id }, &q)
        && q.numRowsAffected() == 1;
}

std::optional<QString> RegionalStore::coordinatorRegion(const QString &token)
{
    QSqlQuery q;
    if (token.isEmpty()
        || !m_db.exec(QStringLiteral("SELECT region FROM coordinators"
                                     " WHERE token_hash = ? AND active = 1"),
            { sha256(token) }, &q)
        || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool RegionalStore::seedActions(const QJsonArray &actions, const QString &day)
{
    return m_db.transaction([&] {
        for (const QJsonValue &v : actions) {
            const QJsonObject a = v.toObject();
            const QString id = a.value(QLatin1String("id")).toString();
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO actions (id, region, body, updated)"
                                   " SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),"
                                   " CAST(? AS TEXT) WHERE NOT EXISTS"
                                   " (SELECT 1 FROM removed_actions WHERE id = ?)"
                                   " ON CONFLICT DO NOTHING"),
                    { id, a.value(QLatin1String("region")).toString(), compact(a), day, id }))
                return false;
        }
        return true;
    });
}

QJsonArray RegionalStore::actions(const QString &region)
{
    QJsonArray list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT id FROM actions WHERE region = ? ORDER BY id"), { region }, &q))
        return list;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (!m_db.finished(q))
        return list;
    for (const QString &id : ids) {
        if (const auto a = action(id))
            list.append(*a);
    }
    return list;
}

std::optional<QJsonObject> RegionalStore::action(const QString &id)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT body, updated FROM actions WHERE id = ?"), { id }, &q)
        || !q.next())
        return std::nullopt;
    QJsonObject a = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    a.insert(QStringLiteral("updated"), q.value(1).toString());
    a.insert(QStringLiteral("reactions"), reactionCounts(id));
    return a;
}

bool RegionalStore::upsertAction(const QJsonObject &a, const QString &day, bool *created)
{
    const QString id = a.value(QLatin1String("id")).toString();
    *created = !action(id).has_value();
    return m_db.transaction([&] {
        return m_db.exec(QStringLiteral("DELETE FROM removed_actions WHERE id = ?"), { id })
            && m_db.exec(QStringLiteral("INSERT INTO actions (id, region, body, updated)"
                                        " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                        " body = excluded.body, updated = excluded.updated"),
                { id, a.value(QLatin1String("region")).toString(), compact(a), day });
    });
}

bool RegionalStore::removeAction(const QString &id)
{
    return m_db.transaction([&] {
        return m_db.exec(QStringLiteral("DELETE FROM reactions WHERE action_id = ?"), { id })
            && m_db.exec(QStringLiteral("DELETE FROM actions WHERE id = ?"), { id })
            && m_db.exec(QStringLiteral("INSERT INTO removed_actions (id) VALUES (?)"
                                        " ON CONFLICT DO NOTHING"),
                { id });
    });
}

bool RegionalStore::react(
    const QString &actionId, const QString &kind, const QString &key, bool *added)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("INSERT INTO reactions (action_id, kind, key_hash) VALUES (?, ?, ?)"
                           " ON CONFLICT DO NOTHING"),
            { actionId, kind, sha256(actionId + QLatin1Char(':') + key) }, &q))
        return false;
    *added = q.numRowsAffected() > 0;
    return true;
}

QJsonObject RegionalStore::reactionCounts(const QString &actionId)
{
    QJsonObject counts { { QStringLiteral("useful"), 0 }, { QStringLiteral("help"), 0 } };
    QSqlQuery q;
    if (m_db.exec(QStringLiteral(
                      "SELECT kind, COUNT(*) FROM reactions WHERE action_id = ? GROUP BY kind"),
            { actionId }, &q)) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        (void)m_db.finished(q);
    }
    return counts;
}

std::optional<QString> RegionalStore::addIdea(
    const QString &region, const QJsonObject &idea, const QString &day, const QString &given)
{
    const QString id
        = given.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) : given;
    const QString name = idea.value(QLatin1String("name")).toString();
    if (!m_db.exec(QStringLiteral(
                       "INSERT INTO ideas (id, region, title, description, theme, will_help, name,"
                       " created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, region, idea.value(QLatin1String("title")).toString(),
                idea.value(QLatin1String("description")).toString(),
                idea.value(QLatin1String("theme")).toString(),
                idea.value(QLatin1String("willHelp")).toBool() ? 1 : 0,
                name.isEmpty() ? QVariant() : name, day }))
        return std::nullopt;
    return id;
}

RegionalStore::IdeaPage RegionalStore::ideas(
    const QString &region, bool withPrivate, int limit, const QString &after)
{
    // Keyset paging on (created, rowid), the list's own order: a page is found by index, and an
    // idea sent while someone pages shows up on the first page, never twice nor skipping one.
    IdeaPage page;
    QSqlQuery q;
    QString where = QStringLiteral("i.region = ?");
    QVariantList binds { region };
    if (!after.isEmpty()) {
        if (!m_db.exec(
                QStringLiteral("SELECT created, rowid FROM ideas WHERE id = ? AND region = ?"),
                { after, region }, &q))
            return page;
        if (!q.next()) {
            page.result = IdeaPage::Result::UnknownCursor;
            return page;
        }
        where += QStringLiteral(" AND (i.created < ? OR (i.created = ? AND i.rowid < ?))");
        binds << q.value(0) << q.value(0) << q.value(1);
    }
    binds << limit + 1;
    if (!m_db.exec(
            QStringLiteral(
                "SELECT i.id, i.title, i.description, i.theme, i.will_help, i.name, i.created,"
                " (SELECT COUNT(*) FROM idea_supports s WHERE s.idea_id = i.id)"
                " FROM ideas i WHERE i.hidden = 0 AND ")
                + where + QStringLiteral(" ORDER BY i.created DESC, i.rowid DESC LIMIT ?"),
            binds, &q))
        return page;
    while (q.next()) {
        if (page.ideas.size() == limit) {
            page.next = page.ideas.last()[QLatin1String("id")].toString();
            break;
        }
        QJsonObject idea { { QStringLiteral("id"), q.value(0).toString() },
            { QStringLiteral("title"), q.value(1).toString() },
            { QStringLiteral("description"), q.value(2).toString() },
            { QStringLiteral("theme"), q.value(3).toString() },
            { QStringLiteral("created"), q.value(6).toString() },
            { QStringLiteral("supports"), q.value(7).toInt() } };
        if (withPrivate) {
            idea.insert(QStringLiteral("willHelp"), q.value(4).toInt() != 0);
            if (!q.value(5).isNull())
                idea.insert(QStringLiteral("name"), q.value(5).toString());
        }
        page.ideas.append(idea);
    }
    if (!m_db.finished(q))
        return {};
    page.result = IdeaPage::Result::Ok;
    return page;
}

std::optional<QString> RegionalStore::ideaRegion(const QString &id, bool withHidden)
{
    QSqlQuery q;
    if (!m_db.exec(withHidden
                ? QStringLiteral("SELECT region FROM ideas WHERE id = ?")
                : QStringLiteral("SELECT region FROM ideas WHERE id = ? AND hidden = 0"),
            { id }, &q)
        || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool RegionalStore::hideIdea(const QString &id, bool *hidden)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("UPDATE ideas SET hidden = 1 WHERE id = ? AND hidden = 0"), { id }, &q))
        return false;
    *hidden = q.numRowsAffected() > 0;
    return true;
}

bool RegionalStore::support(const QString &ideaId, const QString &key, bool *added)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("INSERT INTO idea_supports (idea_id, key_hash) VALUES (?, ?)"
                                  " ON CONFLICT DO NOTHING"),
            { ideaId, sha256(ideaId + QLatin1Char(':') + key) }, &q))
        return false;
    *added = q.numRowsAffected() > 0;
    return true;
}

int RegionalStore::supports(const QString &ideaId)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT COUNT(*) FROM idea_supports WHERE idea_id = ?"), { ideaId }, &q)
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool RegionalStore::addRound(
    const QString &panel, const QJsonObject &definition, const QString &day)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO panel_rounds (survey_id, version, panel, definition, published)"
                       " VALUES (?, ?, ?, ?, ?)"),
        { definition.value(QLatin1String("id")).toString(),
            definition.value(QLatin1String("version")).toInt(), panel, compact(definition), day });
}

QList<std::pair<QString, QJsonObject>> RegionalStore::rounds()
{
    QList<std::pair<QString, QJsonObject>> list;
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral(
                       "SELECT panel, definition FROM panel_rounds ORDER BY published, survey_id"),
            {}, &q))
        return list;
    while (q.next())
        list.append({ q.value(0).toString(),
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() });
    if (!m_db.finished(q))
        list.clear();
    return list;
}

} // namespace zs
