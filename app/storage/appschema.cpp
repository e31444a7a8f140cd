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
        { 3,
            {
                // The employer leaves the profile (DESIGN §5a): answers count for an employer only
                // through its invitation. Whoever had one saved is told so once, on the home page.
                QStringLiteral("INSERT INTO settings (key, value) SELECT 'notice.employerRemoved',"
                               " '1' FROM settings WHERE key = 'profile.employer' AND value <> ''"),
                QStringLiteral("DELETE FROM settings WHERE key = 'profile.employer'"
                               " OR key LIKE 'employers.%'"),
                // Answers queued with the old profile employer would now be refused for want of a
                // credential: they are sent as open answers of the region instead (less, not more).
                QStringLiteral(
                    "UPDATE outbox SET payload = json_remove(payload, '$.strata.employer')"
                    " WHERE state = 'pending'"
                    " AND json_extract(payload, '$.strata.employer') IS NOT NULL"),
                // A refusal's wire code (credential_spent, ...), so the app can say it in words.
                QStringLiteral("ALTER TABLE outbox ADD COLUMN error_code TEXT"),
                // Invitations being redeemed (DESIGN §5a), one row per typed code: queued (typed,
                // not looked up yet) -> looked_up (whose it is) -> blinded (token, inverse and
                // blinded message persisted before the request is sent, so a retry sends the very
                // same message) -> signed (the credential; the code is gone), or refused.
                QStringLiteral(
                    "CREATE TABLE redemptions (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN"
                    " ('queued', 'looked_up', 'blinded', 'signed', 'refused')),"
                    " code TEXT UNIQUE, employer TEXT, employer_name TEXT, region TEXT,"
                    " survey TEXT, key_id TEXT, expires TEXT, spki BLOB, token BLOB, inverse BLOB,"
                    " blinded BLOB, signature BLOB, error TEXT,"
                    " CHECK ((state = 'signed') = (code IS NULL)) )"),
            } },
        { 4,
            {
                // A panel round's credential goes through the same queue (issue 8): a row of kind
                // 'round' names the panel, the round and the membership's secret instead of a code.
                // SQLite cannot change a CHECK, so the table is made again with its rows and ids.
                QStringLiteral(
                    "CREATE TABLE redemptions_v4 (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " kind TEXT NOT NULL DEFAULT 'invitation' CHECK (kind IN ('invitation', "
                    "'round')),"
                    " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN"
                    " ('queued', 'looked_up', 'blinded', 'signed', 'refused')),"
                    " code TEXT UNIQUE, employer TEXT, employer_name TEXT, region TEXT,"
                    " survey TEXT, key_id TEXT, expires TEXT, spki BLOB, token BLOB, inverse BLOB,"
                    " blinded BLOB, signature BLOB, error TEXT, panel TEXT, round TEXT,"
                    " member_secret TEXT,"
                    " CHECK (kind = 'round' OR (state = 'signed') = (code IS NULL)),"
                    // A round's secret is kept only while it is needed for the request.
                    " CHECK (kind = 'invitation' OR (code IS NULL AND panel IS NOT NULL"
                    " AND round IS NOT NULL"
                    " AND (state IN ('signed', 'refused')) = (member_secret IS NULL))) )"),
                QStringLiteral(
                    "INSERT INTO redemptions_v4 (id, state, code, employer, employer_name, region,"
                    " survey, key_id, expires, spki, token, inverse, blinded, signature, error)"
                    " SELECT id, state, code, employer, employer_name, region, survey, key_id,"
                    " expires, spki, token, inverse, blinded, signature, error FROM redemptions"),
                QStringLiteral("DROP TABLE redemptions"),
                QStringLiteral("ALTER TABLE redemptions_v4 RENAME TO redemptions"),
                // Answers of a panel round wait here for their credential (the redemption row);
                // only then do they carry it and go out.
                QStringLiteral("ALTER TABLE outbox ADD COLUMN redemption_id INTEGER"),
            } },
        { 5,
            {
                // Regional writes wait in the outbox beside the answers (issue 11), oldest first,
                // until the collector answered them: a reaction or support (keyed by the device's
                // anonymous key), an idea or a panel join (with a request id the collector takes
                // a repeat by), a panel leave (the secret is read from memberships when sent).
                QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " kind TEXT NOT NULL CHECK (kind IN"
                               " ('reaction', 'support', 'idea', 'join', 'leave')),"
                               " target TEXT NOT NULL, body TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0)"),
                // When a cached list was last confirmed by the collector (shown as its age).
                QStringLiteral("ALTER TABLE cache ADD COLUMN fetched TEXT"),
            } },
    };
}

bool eraseAppData(Database &db, const QStringList &keepSettings)
{
    const bool ok = db.transaction([&db, &keepSettings] {
        for (const char *table : { "drafts", "outbox", "receipts", "cache", "anonymous_keys",
                 "reactions", "redemptions" }) {
            if (!db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
                return false;
        }
        QString settings = QStringLiteral("DELETE FROM settings");
        QVariantList keep;
        for (const QString &key : keepSettings)
            keep.append(key);
        if (!keep.isEmpty())
            settings += QStringLiteral(" WHERE key NOT IN (%1)")
                            .arg(QStringList(keep.size(), QStringLiteral("?")).join(u','));
        if (!db.exec(settings, keep))
            return false;
        // Panel leaves still to send keep their memberships' secrets (DESIGN §5 rule 7: erasing
        // everything first leaves every panel); nothing else of the panels stays.
        return db.exec(QStringLiteral("DELETE FROM requests WHERE kind <> 'leave'"))
            && db.exec(QStringLiteral("DELETE FROM memberships WHERE panel_id NOT IN"
                                      " (SELECT target FROM requests WHERE kind = 'leave')"));
    });
    // Reclaim the freed pages so deleted answers do not linger in the file.
    if (ok && !db.exec(QStringLiteral("VACUUM")))
        qWarning("could not vacuum the database");
    // ... nor in the write-ahead log: its old frames still hold them until it is truncated.
    if (ok && !db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qWarning("could not checkpoint the database");
    return ok;
}

} // namespace zs
