#include "releasestore.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace zs {

namespace scope {

QString employer(const QString &id)
{
    return QStringLiteral("employer:") + id;
}

QString verified(const QString &region)
{
    return QStringLiteral("verified:") + region;
}

QString open(const QString &region)
{
    return QStringLiteral("open:") + region;
}

QString round(const QString &panel)
{
    return QStringLiteral("round:") + panel;
}

QStringList of(const Submission &s, const SurveyDefinition &definition)
{
    if (definition.kind == QLatin1String("panel"))
        return { round(definition.panel) };
    if (!s.strata.employer.isEmpty())
        return { employer(s.strata.employer), verified(s.strata.region) };
    return { open(s.strata.region) };
}

} // namespace scope

namespace {

/// One answers row of a pooled response, as the cut reads it.
struct AnswerRow
{
    QString question;
    QString item;
    QString option;
    int value = 0;
    QString text;
};

/// The wire shape of one response's answers, rebuilt from its answer rows.
QJsonObject answersOf(const SurveyDefinition &definition, const QList<AnswerRow> &rows)
{
    QJsonObject answers;
    QHash<QString, QJsonArray> multi;
    QHash<QString, QJsonObject> likert;
    for (const AnswerRow &row : rows) {
        const Question *q = definition.question(row.question);
        if (!q)
            continue; // a question of another version of the survey
        switch (q->type) {
        case Question::Type::Single:
            answers.insert(row.question, row.option);
            break;
        case Question::Type::Multi:
            multi[row.question].append(row.option);
            break;
        case Question::Type::Likert:
            likert[row.question].insert(row.item, row.value);
            break;
        case Question::Type::Scale:
        case Question::Type::Number:
            answers.insert(row.question, row.value);
            break;
        case Question::Type::Text:
            answers.insert(row.question, row.text);
            break;
        }
    }
    for (auto it = multi.begin(); it != multi.end(); ++it)
        answers.insert(it.key(), it.value());
    for (auto it = likert.begin(); it != likert.end(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

} // namespace

QStringList ReleaseStore::schema()
{
    return {
        // Random 128-bit keys for every response, given in random order, so neither a table nor
        // an index keeps the order they arrived in (DESIGN §5 rule 4).
        QStringLiteral("CREATE TEMP TABLE keymap AS SELECT id AS old, randomblob(16) AS new"
                       " FROM submissions ORDER BY random()"),
        QStringLiteral("CREATE TABLE submissions_v5 (id BLOB PRIMARY KEY,"
                       " submission_id TEXT NOT NULL UNIQUE, content_hash BLOB NOT NULL,"
                       " survey_id TEXT NOT NULL, survey_version INTEGER NOT NULL,"
                       " period TEXT NOT NULL, region TEXT NOT NULL, branch TEXT NOT NULL,"
                       " occupation TEXT NOT NULL, age_band TEXT NOT NULL,"
                       " tenure_band TEXT NOT NULL, employer TEXT,"
                       " received_day TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO submissions_v5 SELECT m.new, s.submission_id, s.content_hash,"
                       " s.survey_id, s.survey_version, s.period, s.region, s.branch,"
                       " s.occupation, s.age_band, s.tenure_band, s.employer, s.received_day"
                       " FROM submissions s JOIN keymap m ON m.old = s.id ORDER BY random()"),
        QStringLiteral("CREATE TABLE answers_v5 (submission BLOB NOT NULL, question TEXT NOT NULL,"
                       " item TEXT NOT NULL DEFAULT '', option TEXT NOT NULL DEFAULT '',"
                       " value INTEGER, text TEXT,"
                       " PRIMARY KEY (submission, question, item, option)) WITHOUT ROWID"),
        QStringLiteral("INSERT OR IGNORE INTO answers_v5 SELECT m.new, a.question,"
                       " coalesce(a.item, ''), coalesce(a.option, ''), a.value, a.text"
                       " FROM answers a JOIN keymap m ON m.old = a.submission ORDER BY random()"),
        QStringLiteral("DROP TABLE answers"),
        QStringLiteral("DROP TABLE submissions"),
        QStringLiteral("ALTER TABLE submissions_v5 RENAME TO submissions"),
        QStringLiteral("ALTER TABLE answers_v5 RENAME TO answers"),
        QStringLiteral("CREATE INDEX submissions_by_employer ON submissions (survey_id, employer)"),
        QStringLiteral("CREATE INDEX submissions_by_region ON submissions (survey_id, region)"),
        // Pending pools: which responses of a scope and survey are not released yet.
        QStringLiteral("CREATE TABLE pool (scope TEXT NOT NULL, survey TEXT NOT NULL,"
                       " submission BLOB NOT NULL, PRIMARY KEY (scope, survey, submission))"
                       " WITHOUT ROWID"),
        // Responses stored before releases counted for no employer (they had no credential):
        // they wait in their region's open pool.
        QStringLiteral("INSERT INTO pool SELECT 'open:' || region, survey_id, id FROM submissions"),
        QStringLiteral("CREATE TABLE releases (scope TEXT NOT NULL, survey TEXT NOT NULL,"
                       " seq INTEGER NOT NULL, first_month TEXT NOT NULL,"
                       " last_month TEXT NOT NULL, k INTEGER NOT NULL, epsilon REAL NOT NULL,"
                       " figures TEXT NOT NULL, PRIMARY KEY (scope, survey, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                       " WITHOUT ROWID"),
        QStringLiteral("DROP TABLE keymap"),
    };
}

ReleaseStore::ReleaseStore(Database &db)
    : m_db(db)
{ }

bool ReleaseStore::addToPools(
    const QByteArray &submissionKey, const QString &surveyId, const QStringList &scopes)
{
    for (const QString &s : scopes) {
        if (!m_db.exec(
                QStringLiteral("INSERT INTO pool (scope, survey, submission) VALUES (?, ?, ?)"),
                { s, surveyId, submissionKey }))
            return false;
    }
    return true;
}

std::optional<int> ReleaseStore::cut(const SurveyCatalog &catalog,
    const releases::Parameters &parameters, const releases::RandomBits &bits, int retentionMonths)
{
    // Two steps, so a cut never holds the write lock while it reads and computes (issue 12):
    // the pools are read and their releases computed in one read snapshot, while submissions
    // go on being stored; then one short write transaction takes exactly the responses read
    // out of their pools and stores the releases.
    struct Computed
    {
        QString scope;
        QString survey;
        QList<QByteArray> keys;
        QString first;
        QString last;
        QJsonObject figures;
    };
    QList<Computed> computed;
    const bool read = m_db.readTransaction([&] {
        QSqlQuery pools;
        if (!m_db.exec(QStringLiteral("SELECT scope, survey FROM pool GROUP BY scope, survey"
                                      " HAVING COUNT(*) >= ?"),
                { parameters.k }, &pools))
            return false;
        QList<std::pair<QString, QString>> ready;
        while (pools.next())
            ready.append({ pools.value(0).toString(), pools.value(1).toString() });
        if (!m_db.finished(pools))
            return false;
        for (const auto &[scopeName, surveyId] : ready) {
            const SurveyDefinition *definition = catalog.latest(surveyId);
            if (!definition)
                continue; // a survey no longer served waits; its pool is never published
            // Forward-only (prepared() is): rows are read once, not copied into a cache of
            // QVariants first.
            QSqlQuery *rows = m_db.prepared(QStringLiteral(
                "SELECT s.id, s.period, a.question, a.item, a.option, a.value, a.text"
                " FROM pool p JOIN submissions s ON s.id = p.submission"
                " LEFT JOIN answers a ON a.submission = s.id"
                " WHERE p.scope = ? AND p.survey = ? ORDER BY s.id"));
            if (!rows)
                return false;
            rows->bindValue(0, scopeName);
            rows->bindValue(1, surveyId);
            if (!m_db.run(*rows))
                return false;
            QList<releases::Response> batch;
            QList<QByteArray> keys;
            QByteArray current;
            QList<AnswerRow> answerRows;
            QString month;
            const auto flush = [&] {
                if (!current.isEmpty()) {
                    batch.append({ answersOf(*definition, answerRows), month });
                    keys.append(current);
                }
                answerRows.clear();
            };
            while (rows->next()) {
                const QByteArray key = rows->value(0).toByteArray();
                if (key != current) {
                    flush();
                    current = key;
                    month = rows->value(1).toString();
                }
                if (!rows->isNull(2))
                    answerRows.append({ rows->value(2).toString(), rows->value(3).toString(),
                        rows->value(4).toString(), rows->value(5).toInt(),
                        rows->value(6).toString() });
            }
            flush();
            const bool complete = m_db.finished(*rows);
            rows->finish();
            if (!complete)
                return false;
            if (batch.size() < parameters.k)
                continue;
            QString first = batch.first().month;
            QString last = first;
            for (const releases::Response &r : batch) {
                first = std::min(first, r.month);
                last = std::max(last, r.month);
            }
            computed.append({ scopeName, surveyId, keys, first, last,
                releases::compute(*definition, batch, parameters, bits) });
        }
        return true;
    });
    if (!read)
        return std::nullopt;

    int made = 0;
    const bool written = m_db.transaction([&] {
        // Several collectors may share one PostgreSQL store: one writes a cut at a time (SQLite's
        // write lock does the same), and the next finds the responses it read gone.
        if (!m_db.lockTransaction(QStringLiteral("zorgstem.releases.cut")))
            return false;
        for (const Computed &c : computed) {
            // Only the responses computed above leave the pool; those stored since wait for
            // the next cut. Fewer rows than read: another cut released them meanwhile, so this
            // release is not made (its responses left are released by a later cut).
            QSqlQuery *take = m_db.prepared(QStringLiteral(
                "DELETE FROM pool WHERE scope = ? AND survey = ? AND submission = ?"));
            if (!take || !m_db.exec(QStringLiteral("SAVEPOINT cut_release")))
                return false;
            qsizetype taken = 0;
            for (const QByteArray &key : c.keys) {
                take->bindValue(0, c.scope);
                take->bindValue(1, c.survey);
                take->bindValue(2, key);
                if (!m_db.run(*take))
                    return false;
                taken += take->numRowsAffected();
            }
            if (taken != c.keys.size()) {
                if (!m_db.exec(QStringLiteral("ROLLBACK TO cut_release"))
                    || !m_db.exec(QStringLiteral("RELEASE cut_release")))
                    return false;
                continue;
            }
            if (!m_db.exec(QStringLiteral("RELEASE cut_release")))
                return false;
            QSqlQuery next;
            if (!m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM releases"
                                          " WHERE scope = ? AND survey = ?"),
                    { c.scope, c.survey }, &next)
                || !next.next())
                return false;
            const int seq = next.value(0).toInt();
            next.finish();
            if (!m_db.exec(QStringLiteral("INSERT INTO releases (scope, survey, seq, first_month,"
                                          " last_month, k, epsilon, figures)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    { c.scope, c.survey, seq, c.first, c.last, parameters.k, parameters.epsilon,
                        QString::fromUtf8(
                            QJsonDocument(c.figures).toJson(QJsonDocument::Compact)) }))
                return false;
            ++made;
        }
        if (made > 0
            && (!setSetting(QStringLiteral("k"), QString::number(parameters.k))
                || !setSetting(QStringLiteral("epsilon"), QString::number(parameters.epsilon))))
            return false;
        // Raw answers of responses released in every scope go after the retention period; the
        // releases and the response's key (for the duplicate check) stay.
        const QString before
            = QDate::currentDate().addMonths(-retentionMonths).toString(Qt::ISODate);
        return m_db.exec(QStringLiteral("DELETE FROM answers WHERE submission IN (SELECT id FROM"
                                        " submissions WHERE received_day < ?) AND submission NOT IN"
                                        " (SELECT submission FROM pool)"),
            { before });
    });
    if (!written)
        return std::nullopt;
    return made;
}

std::optional<QList<StoredRelease>> ReleaseStore::releases(
    const QString &scopeName, const QString &surveyId)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT seq, first_month, last_month, k, epsilon, figures"
                                  " FROM releases WHERE scope = ? AND survey = ? ORDER BY seq"),
            { scopeName, surveyId }, &q))
        return std::nullopt;
    QList<StoredRelease> list;
    while (q.next())
        list.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toDouble(),
            QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object() });
    if (!m_db.finished(q))
        return std::nullopt;
    return list;
}

std::optional<int> ReleaseStore::newestSeq(const QString &scopeName, const QString &surveyId)
{
    QSqlQuery *q = m_db.prepared(QStringLiteral(
        "SELECT COALESCE(MAX(seq), 0) FROM releases WHERE scope = ? AND survey = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, scopeName);
    q->bindValue(1, surveyId);
    if (!m_db.run(*q) || !q->next())
        return std::nullopt;
    const int seq = q->value(0).toInt();
    q->finish();
    return seq;
}

std::optional<QString> ReleaseStore::setting(const QString &key)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key }, &q)
        || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool ReleaseStore::setSetting(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

std::optional<releases::Parameters> ReleaseStore::recorded()
{
    const auto k = setting(QStringLiteral("k"));
    const auto epsilon = setting(QStringLiteral("epsilon"));
    if (!k || !epsilon)
        return std::nullopt;
    return releases::Parameters { k->toInt(), epsilon->toDouble() };
}

QString ReleaseStore::refusal(const releases::Parameters &parameters)
{
    const auto before = recorded();
    if (!before)
        return {};
    if (parameters.k < before->k)
        return QStringLiteral("k can only be made stricter once a release exists: releases "
                              "so far use k = %1, so --k must be at least %1")
            .arg(before->k);
    if (parameters.epsilon > before->epsilon + 1e-9)
        return QStringLiteral("epsilon can only be made stricter once a release exists: "
                              "releases so far use epsilon = %1, so --epsilon must be at most %1")
            .arg(before->epsilon);
    return {};
}

QString ReleaseStore::lastCutMonth()
{
    return setting(QStringLiteral("lastCutMonth")).value_or(QString());
}

bool ReleaseStore::setLastCutMonth(const QString &month)
{
    return setSetting(QStringLiteral("lastCutMonth"), month);
}

} // namespace zs
