#include "appschema.h"

namespace zs {

QList<Migration> appMigrations()
{
    return {
        { 1,
            {
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                // One draft per survey; answers as the person goes, so a crash loses nothing.
                QStringLiteral("CREATE TABLE drafts (survey_id TEXT PRIMARY KEY,"
                               " survey_version INTEGER NOT NULL, answers TEXT NOT NULL,"
                               " position INTEGER NOT NULL DEFAULT 0)"),
                // Anonymised submissions waiting for the collector's acknowledgement.
                QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " submission_id TEXT NOT NULL UNIQUE, survey_id TEXT NOT NULL,"
                               " period TEXT NOT NULL, payload TEXT NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'pending'"
                               " CHECK (state IN ('pending', 'rejected')),"
                               " attempts INTEGER NOT NULL DEFAULT 0, error TEXT)"),
                // What remains after acknowledgement: which survey, which month. No answers.
                QStringLiteral("CREATE TABLE receipts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " survey_id TEXT NOT NULL, period TEXT NOT NULL)"),
            } },
        { 2,
            {
                // Regional resources (panels, actions, ideas) as last fetched, for offline use.
                QStringLiteral("CREATE TABLE cache (key TEXT PRIMARY KEY, etag TEXT NOT NULL,"
                               " body TEXT NOT NULL)"),
                // One random key per action or idea: the collector counts a device once per
                // target without being able to link targets to each other.
                QStringLiteral(
                    "CREATE TABLE anonymous_keys (target TEXT PRIMARY KEY, key TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE reactions (target TEXT NOT NULL, kind TEXT NOT NULL,"
                               " PRIMARY KEY (target, kind))"),
                // The secret that lets this device export or erase its panel membership.
                QStringLiteral("CREATE TABLE memberships (panel_id TEXT PRIMARY KEY,"
                               " secret TEXT NOT NULL, joined TEXT NOT NULL)"),
            } },
    };
}

bool eraseAppData(Database &db)
{
    const bool ok = db.transaction([&db] {
        for (const char *table : { "settings", "drafts", "outbox", "receipts", "cache",
                 "anonymous_keys", "reactions", "memberships" }) {
            if (!db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
                return false;
        }
        return true;
    });
    // Reclaim the freed pages so deleted answers do not linger in the file.
    if (ok && !db.exec(QStringLiteral("VACUUM")))
        qWarning("could not vacuum the database");
    return ok;
}

} // namespace zs
