#include "collectorstore.h"

#include "textscrubber.h"
#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <iterator>

namespace zs {

namespace {

QList<Migration> collectorMigrations()
{
    return {
        { 1,
            {
                QStringLiteral("CREATE TABLE submissions (id INTEGER PRIMARY KEY,"
                               " submission_id TEXT NOT NULL UNIQUE, content_hash BLOB NOT NULL,"
                               " survey_id TEXT NOT NULL, survey_version INTEGER NOT NULL,"
                               " period TEXT NOT NULL, region TEXT NOT NULL, branch TEXT NOT NULL,"
                               " occupation TEXT NOT NULL, age_band TEXT NOT NULL,"
                               " tenure_band TEXT NOT NULL, employer TEXT,"
                               " received_day TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX submissions_by_employer ON submissions (survey_id, employer)"),
                QStringLiteral(
                    "CREATE INDEX submissions_by_region ON submissions (survey_id, region)"),
                // One row per chosen option, likert item, number or text.
                QStringLiteral(
                    "CREATE TABLE answers (submission INTEGER NOT NULL"
                    " REFERENCES submissions (id) ON DELETE CASCADE,"
                    " question TEXT NOT NULL, item TEXT, option TEXT, value INTEGER, text TEXT)"),
                QStringLiteral("CREATE INDEX answers_by_submission ON answers (submission)"),
                QStringLiteral("CREATE TABLE employers (id TEXT PRIMARY KEY, region TEXT NOT NULL,"
                               " name TEXT NOT NULL, token_hash BLOB NOT NULL UNIQUE)"),
            } },
        { 2,
            {
                // Regional part (issue 3). Panel membership is NOT here: it has its own file.
                QStringLiteral("CREATE TABLE coordinators (token_hash BLOB PRIMARY KEY,"
                               " region TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE actions (id TEXT PRIMARY KEY, region TEXT NOT NULL,"
                               " body TEXT NOT NULL, updated TEXT NOT NULL)"),
                // One row per action, kind and device key (hashed): counted, never named.
                QStringLiteral(
                    "CREATE TABLE reactions (action_id TEXT NOT NULL, kind TEXT NOT NULL,"
                    " key_hash BLOB NOT NULL, PRIMARY KEY (action_id, kind, key_hash))"),
                QStringLiteral(
                    "CREATE TABLE ideas (id TEXT PRIMARY KEY, region TEXT NOT NULL,"
                    " title TEXT NOT NULL, description TEXT NOT NULL, theme TEXT NOT NULL,"
                    " will_help INTEGER NOT NULL, name TEXT, created TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE idea_supports (idea_id TEXT NOT NULL,"
                               " key_hash BLOB NOT NULL, PRIMARY KEY (idea_id, key_hash))"),
                QStringLiteral(
                    "CREATE TABLE panel_rounds (survey_id TEXT NOT NULL,"
                    " version INTEGER NOT NULL, panel TEXT NOT NULL, definition TEXT NOT NULL,"
                    " published TEXT NOT NULL, PRIMARY KEY (survey_id, version))"),
            } },
        { 3,
            {
                // Tokens can be revoked and rotated (issue 7). A revoked row keeps the hash of a
                // random token nobody was shown, so the old token's hash is gone as well.
                QStringLiteral(
                    "ALTER TABLE employers ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
                // Coordinators get an id an operator can name (a region may have several).
                QStringLiteral("CREATE TABLE coordinators_v3 (id INTEGER PRIMARY KEY,"
                               " region TEXT NOT NULL, token_hash BLOB NOT NULL UNIQUE,"
                               " active INTEGER NOT NULL DEFAULT 1)"),
                QStringLiteral("INSERT INTO coordinators_v3 (region, token_hash)"
                               " SELECT region, token_hash FROM coordinators ORDER BY rowid"),
                QStringLiteral("DROP TABLE coordinators"),
                QStringLiteral("ALTER TABLE coordinators_v3 RENAME TO coordinators"),
            } },
        // Invitations and one-time credentials (issue 8, DESIGN §5a).
        { 4, CredentialStore::schema() },
        // Releases (issue 9, DESIGN §5a): random keys without arrival order, pools, releases.
        { 5, ReleaseStore::schema() },
        // The audit log, ideas a coordinator hid and actions a coordinator removed (issue 10):
        // a hidden idea is left out of every list, for everyone; a removed example action is not
        // seeded again at the next start.
        { 6,
            AuditLog::schema()
                + QStringList {
                    QStringLiteral(
                        "ALTER TABLE ideas ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0"),
                    QStringLiteral("CREATE TABLE removed_actions (id TEXT PRIMARY KEY)"),
                } },
    };
}

} // namespace

CollectorStore::CollectorStore(const QString &path)
    : CollectorStore(DatabaseLocation::sqliteFile(path))
{ }

CollectorStore::CollectorStore(const DatabaseLocation &location)
    : m_db(location, collectorMigrations())
{ }

const TextScrubber &CollectorStore::scrubber()
{
    static const TextScrubber instance;
    return instance;
}

bool CollectorStore::forgetArrivalOrder()
{
    // In the order store() writes them (the rewrite locks them in this order).
    const QList<SqlDialect::KeyedTable> tables {
        { QStringLiteral("submissions"), QStringLiteral("id") },
        { QStringLiteral("spent_tokens"), QStringLiteral("token_hash") },
        { QStringLiteral("answers"), QStringLiteral("submission, question, item, option") },
        { QStringLiteral("pool"), QStringLiteral("scope, survey, submission") },
    };
    const QStringList statements = m_db.dialect().rewriteInKeyOrder(tables);
    if (statements.isEmpty())
        return true;
    const bool rewritten = m_db.transaction([&] {
        if (!m_db.lockTransaction(QStringLiteral("zorgstem.releases.cut")))
            return false;
        for (const QString &sql : statements) {
            if (!m_db.exec(sql))
                return false;
        }
        return true;
    });
    return rewritten && m_db.exec(m_db.dialect().compactAfterRewrite(tables));
}

std::optional<int> CollectorStore::cutReleases(const SurveyCatalog &catalog,
    const releases::Parameters &parameters, int retentionMonths, bool *rewritten)
{
    const std::optional<int> made
        = m_releases.cut(catalog, parameters, releases::systemBits(), retentionMonths);
    if (!made)
        return made;
    const bool ok = forgetArrivalOrder();
    if (rewritten)
        *rewritten = ok;
    else if (!ok)
        qWarning("the tables were not written again in key order: %s", qPrintable(errorString()));
    return made;
}

QByteArray CollectorStore::contentHash(const Submission &s)
{
    QJsonObject content = s.toJson();
    content.remove(QStringLiteral("submissionId"));
    return QCryptographicHash::hash(
        QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

QByteArray CollectorStore::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QList<StoreOutcome> CollectorStore::store(
    const QList<Submission> &submissions, const SurveyCatalog &catalog)
{
    QList<PreparedSubmission> items;
    QList<qsizetype> known;
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        const Submission &s = submissions.at(i);
        if (const SurveyDefinition *definition = catalog.find(s.surveyId, s.surveyVersion)) {
            items.append(prepare(s, *definition));
            known.append(i);
        }
    }
    QList<StoreOutcome> outcomes(submissions.size(), StoreOutcome::Failed);
    const QList<StoreOutcome> stored = store(items);
    for (qsizetype i = 0; i < known.size(); ++i)
        outcomes[known.at(i)] = stored.at(i);
    return outcomes;
}

PreparedSubmission CollectorStore::prepare(const Submission &s, const SurveyDefinition &definition)
{
    PreparedSubmission p { s, contentHash(s),
        s.credential ? CredentialStore::hash(s.credential->token) : QByteArray(), {},
        scope::of(s, definition) };
    const auto add = [&](const QString &question, const QString &item, const QString &option,
                         const QVariant &value, const QVariant &text) {
        // Empty, not NULL: item and option are part of the answer's key.
        p.answers.append({ question, item.isNull() ? QStringLiteral("") : item,
            option.isNull() ? QStringLiteral("") : option, value, text });
    };
    for (auto it = s.answers.begin(); it != s.answers.end(); ++it) {
        const QJsonValue v = it.value();
        const Question *question = definition.question(it.key());
        if (v.isString() && question && question->type == Question::Type::Text) {
            // The collector scrubs again what the device should have scrubbed (rule 3): a
            // client may skip it.
            add(it.key(), {}, {}, QVariant(), scrubber().scrub(v.toString()).text);
        } else if (v.isString()) {
            add(it.key(), {}, v.toString(), QVariant(), QVariant());
        } else if (v.isArray()) {
            for (const QJsonValue &o : v.toArray())
                add(it.key(), {}, o.toString(), QVariant(), QVariant());
        } else if (v.isObject()) {
            const QJsonObject items = v.toObject();
            for (auto item = items.begin(); item != items.end(); ++item)
                add(it.key(), item.key(), {}, item.value().toInt(), QVariant());
        } else if (v.isDouble()) {
            add(it.key(), {}, {}, v.toInt(), QVariant());
        }
    }
    return p;
}

QList<StoreOutcome> CollectorStore::store(const QList<PreparedSubmission> &items)
{
    if (items.isEmpty())
        return {};
    // Day precision only: no request time is kept (rule 4).
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    const quint64 faultsBefore = m_db.faults();
    QList<StoreOutcome> outcomes;
    outcomes.reserve(items.size());
    const bool committed = m_db.transaction([&] {
        auto group = storeGroup(items, day);
        if (!group)
            return false;
        outcomes = std::move(*group);
        return true;
    });
    if (committed)
        return outcomes;
    // A failing store (full disk, read-only file) fails the whole group: nothing is
    // half-stored. A refusal of one item's data fails only that item.
    if (m_db.faults() != faultsBefore)
        return QList<StoreOutcome>(items.size(), StoreOutcome::Failed);
    return storeEach(items, day);
}

QList<StoreOutcome> CollectorStore::storeEach(
    const QList<PreparedSubmission> &items, const QString &day)
{
    QList<StoreOutcome> outcomes;
    outcomes.reserve(items.size());
    const quint64 faultsBefore = m_db.faults();
    const bool committed = m_db.transaction([&] {
        for (const PreparedSubmission &item : items) {
            if (!m_db.exec(QStringLiteral("SAVEPOINT item")))
                return false;
            // The group's own statements for this one item, inside its savepoint.
            const auto one = storeGroup({ item }, day);
            const StoreOutcome outcome = one ? one->constFirst() : StoreOutcome::Failed;
            if (m_db.faults() != faultsBefore)
                return false;
            if (outcome == StoreOutcome::Failed && !m_db.exec(QStringLiteral("ROLLBACK TO item")))
                return false;
            if (!m_db.exec(QStringLiteral("RELEASE item")))
                return false;
            outcomes.append(outcome);
        }
        return true;
    });
    if (!committed)
        return QList<StoreOutcome>(items.size(), StoreOutcome::Failed);
    return outcomes;
}

StoreOutcome CollectorStore::judgeNotNew(const PreparedSubmission &item)
{
    QSqlQuery *existing = m_db.prepared(
        QStringLiteral("SELECT content_hash FROM submissions WHERE submission_id = ?"));
    if (!existing)
        return StoreOutcome::Failed;
    existing->bindValue(0, item.submission.submissionId);
    if (!m_db.run(*existing))
        return StoreOutcome::Failed;
    const bool found = existing->next();
    const QByteArray stored = found ? existing->value(0).toByteArray() : QByteArray();
    existing->finish();
    if (!found)
        return StoreOutcome::Failed;
    return stored == item.contentHash ? StoreOutcome::Duplicate : StoreOutcome::Conflict;
}

bool CollectorStore::removeSubmission(const QByteArray &key)
{
    QSqlQuery *undo = m_db.prepared(QStringLiteral("DELETE FROM submissions WHERE id = ?"));
    if (!undo)
        return false;
    undo->bindValue(0, key);
    return m_db.run(*undo);
}

std::optional<QList<StoreOutcome>> CollectorStore::storeGroup(
    const QList<PreparedSubmission> &items, const QString &day)
{
    // Three statements of many rows for the whole group (a round trip each on PostgreSQL), and
    // a lookup only for what was not new. Rows of one statement are inserted in their order, so of
    // two items with the same id or the same credential the first is the one stored.
    QList<QByteArray> keys;
    keys.reserve(items.size());
    QVariantList rows;
    rows.reserve(items.size() * 13);
    for (const PreparedSubmission &item : items) {
        const Submission &s = item.submission;
        // A random key: no order of arrival in the table or its indexes (rule 4).
        QByteArray key(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
        keys.append(key);
        rows << key << s.submissionId << item.contentHash << s.surveyId << s.surveyVersion
             << s.period << s.strata.region << s.strata.branch << s.strata.occupation
             << s.strata.ageBand << s.strata.tenureBand
             << (s.strata.employer.isEmpty() ? QVariant() : QVariant(s.strata.employer)) << day;
    }
    QSet<QByteArray> inserted;
    if (!m_db.insertRowsReturning(
            QStringLiteral("submissions (id, submission_id, content_hash, survey_id,"
                           " survey_version, period, region, branch, occupation, age_band,"
                           " tenure_band, employer, received_day)"),
            13, rows, QStringLiteral("ON CONFLICT (submission_id) DO NOTHING RETURNING id"),
            [&inserted](const QSqlQuery &q) { inserted.insert(q.value(0).toByteArray()); }))
        return std::nullopt;

    QList<StoreOutcome> outcomes(items.size(), StoreOutcome::Stored);
    // Not new: an identical replay (a duplicate) or another answer under a used id (conflict).
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (inserted.contains(keys.at(i)))
            continue;
        const StoreOutcome outcome = judgeNotNew(items.at(i));
        if (outcome == StoreOutcome::Failed)
            return std::nullopt;
        outcomes[i] = outcome;
    }
    // The credentials of the new ones are spent; one spent already (or earlier in this group)
    // refuses its submission, whose row is taken out again.
    QVariantList tokens;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (outcomes.at(i) == StoreOutcome::Stored && !items.at(i).tokenHash.isEmpty())
            tokens << items.at(i).tokenHash;
    }
    QSet<QByteArray> spentNow;
    if (!tokens.isEmpty()
        && !m_db.insertRowsReturning(QStringLiteral("spent_tokens (token_hash)"), 1, tokens,
            QStringLiteral("ON CONFLICT (token_hash) DO NOTHING RETURNING token_hash"),
            [&spentNow](const QSqlQuery &q) { spentNow.insert(q.value(0).toByteArray()); }))
        return std::nullopt;
    PendingRows pending;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (outcomes.at(i) != StoreOutcome::Stored)
            continue;
        const PreparedSubmission &item = items.at(i);
        if (!item.tokenHash.isEmpty() && !spentNow.remove(item.tokenHash)) {
            if (!removeSubmission(keys.at(i)))
                return std::nullopt;
            outcomes[i] = StoreOutcome::Spent;
            continue;
        }
        pending.add(item, keys.at(i));
    }
    if (!insertPending(&pending))
        return std::nullopt;
    return outcomes;
}

void CollectorStore::PendingRows::add(const PreparedSubmission &item, const QByteArray &key)
{
    for (const AnswerRow &row : item.answers)
        answers << key << row.question << row.item << row.option << row.value << row.text;
    for (const QString &scopeName : item.scopes)
        pool << scopeName << item.submission.surveyId << key;
}

bool CollectorStore::insertPending(PendingRows *pending)
{
    // Many rows per statement: on PostgreSQL every statement is a round trip to the server.
    const bool ok = m_db.insertRows(
                        QStringLiteral("answers (submission, question, item, option, value, text)"),
                        6, pending->answers, QStringLiteral("ON CONFLICT DO NOTHING"))
        && m_db.insertRows(QStringLiteral("pool (scope, survey, submission)"), 3, pending->pool);
    *pending = {};
    return ok;
}

qint64 CollectorStore::submissionCount()
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT COUNT(*) FROM submissions"), {}, &q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString CollectorStore::newToken(QLatin1String prefix)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return prefix + QString::fromLatin1(raw.toHex());
}

std::optional<QString> CollectorStore::addEmployer(const Employer &e, QString *error)
{
    const QString token = newToken(QLatin1String("zse_"));
    if (!m_db.exec(QStringLiteral(
                       "INSERT INTO employers (id, region, name, token_hash) VALUES (?, ?, ?, ?)"),
            { e.id, e.region, e.name, tokenHash(token) })) {
        *error = m_db.errorString();
        return std::nullopt;
    }
    return token;
}

std::optional<Employer> CollectorStore::employer(const QString &id)
{
    // Looked up for every submission that names an employer: a statement kept prepared.
    QSqlQuery *q
        = m_db.prepared(QStringLiteral("SELECT id, region, name FROM employers WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!m_db.run(*q))
        return std::nullopt;
    std::optional<Employer> found;
    if (q->next())
        found = Employer { q->value(0).toString(), q->value(1).toString(), q->value(2).toString() };
    q->finish();
    return found;
}

std::optional<Employer> CollectorStore::employerForToken(const QString &token)
{
    QSqlQuery q;
    if (token.isEmpty()
        || !m_db.exec(QStringLiteral("SELECT id, region, name FROM employers"
                                     " WHERE token_hash = ? AND active = 1"),
            { tokenHash(token) }, &q)
        || !q.next())
        return std::nullopt;
    return Employer { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
}

QList<Employer> CollectorStore::employers(const QString &region)
{
    QList<Employer> list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT id, region, name FROM employers WHERE region = ? ORDER BY name"),
            { region }, &q))
        return list;
    while (q.next())
        list.append(
            Employer { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    if (!m_db.finished(q))
        list.clear();
    return list;
}

QList<EmployerAccount> CollectorStore::allEmployers()
{
    QList<EmployerAccount> list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT id, region, name, active FROM employers ORDER BY id"), {}, &q))
        return list;
    while (q.next())
        list.append(
            { Employer { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() },
                q.value(3).toInt() != 0 });
    return list;
}

std::optional<QString> CollectorStore::rotateEmployerToken(const QString &id)
{
    const QString token = newToken(QLatin1String("zse_"));
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("UPDATE employers SET token_hash = ?, active = 1 WHERE id = ?"),
            { tokenHash(token), id }, &q)
        || q.numRowsAffected() != 1)
        return std::nullopt;
    return token;
}

bool CollectorStore::revokeEmployer(const QString &id)
{
    QSqlQuery q;
    return m_db.exec(QStringLiteral("UPDATE employers SET token_hash = ?, active = 0 WHERE id = ?"),
               { tokenHash(newToken(QLatin1String("zse_"))), id }, &q)
        && q.numRowsAffected() == 1;
}

} // namespace zs
