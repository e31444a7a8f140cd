#include "outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace zs {

Outbox::Outbox(Database &db)
    : m_db(db)
{
    // Answers and credentials are deleted after the receipt: overwrite them, do not just unlink.
    if (!m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        qWarning("outbox: deleted answers may linger in free pages");
}

bool Outbox::enqueue(const Submission &s, const HeldCredential *credential)
{
    const QByteArray payload = QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
    return m_db.transaction([&] {
        QSqlQuery spent;
        return m_db.exec(
                   QStringLiteral("INSERT INTO outbox (submission_id, survey_id, period, payload)"
                                  " VALUES (?, ?, ?, ?)"),
                   { s.submissionId, s.surveyId, s.period, QString::fromUtf8(payload) })
            && m_db.exec(QStringLiteral("DELETE FROM drafts WHERE survey_id = ?"), { s.surveyId })
            // A credential goes with one submission only: a second use finds no row and fails.
            && (!credential
                || (m_db.exec(
                        QStringLiteral("DELETE FROM redemptions WHERE id = ? AND state = 'signed'"),
                        { credential->id }, &spent)
                    && spent.numRowsAffected() == 1));
    });
}

std::optional<qint64> Outbox::enqueueForRound(const Submission &s, const RoundRequest &round)
{
    const QByteArray payload = QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
    std::optional<qint64> id;
    const bool ok = m_db.transaction([&] {
        QSqlQuery q;
        if (!m_db.exec(QStringLiteral("INSERT INTO redemptions (kind, panel, round, member_secret)"
                                      " VALUES ('round', ?, ?, ?)"),
                { round.panel, round.round, round.memberSecret }, &q))
            return false;
        id = q.lastInsertId().toLongLong();
        return m_db.exec(QStringLiteral("INSERT INTO outbox (submission_id, survey_id, period,"
                                        " payload, redemption_id) VALUES (?, ?, ?, ?, ?)"),
                   { s.submissionId, s.surveyId, s.period, QString::fromUtf8(payload), *id })
            && m_db.exec(QStringLiteral("DELETE FROM drafts WHERE survey_id = ?"), { s.surveyId });
    });
    return ok ? id : std::nullopt;
}

bool Outbox::attachCredential(qint64 redemptionId, const Credential &credential)
{
    return m_db.transaction([&] {
        QSqlQuery q;
        if (!m_db.exec(QStringLiteral("SELECT id, payload FROM outbox"
                                      " WHERE redemption_id = ? AND state = 'pending'"),
                { redemptionId }, &q)
            || !q.next())
            return false;
        const qint64 row = q.value(0).toLongLong();
        QJsonObject submission = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        q.finish();
        submission.insert(QStringLiteral("credential"), credential.toJson());
        const QByteArray payload = QJsonDocument(submission).toJson(QJsonDocument::Compact);
        QSqlQuery updated;
        // One credential for one submission: the row it came through goes in the same step.
        return m_db.exec(QStringLiteral(
                             "UPDATE outbox SET payload = ?, redemption_id = NULL WHERE id = ?"),
                   { QString::fromUtf8(payload), row }, &updated)
            && updated.numRowsAffected() == 1
            && m_db.exec(QStringLiteral("DELETE FROM redemptions WHERE id = ?"), { redemptionId });
    });
}

bool Outbox::rejectWaiting(qint64 redemptionId, const QString &errorCode)
{
    return m_db.transaction([&] {
        return m_db.exec(
                   QStringLiteral("UPDATE outbox SET state = 'rejected', redemption_id = NULL,"
                                  " error = ?, error_code = ? WHERE redemption_id = ?"),
                   { QStringLiteral("the collector refused the round's credential: ") + errorCode,
                       errorCode, redemptionId })
            && m_db.exec(QStringLiteral("DELETE FROM redemptions WHERE id = ?"), { redemptionId });
    });
}

bool Outbox::isWaitingFor(qint64 redemptionId)
{
    QSqlQuery q;
    return m_db.exec(
               QStringLiteral("SELECT 1 FROM outbox WHERE redemption_id = ?"), { redemptionId }, &q)
        && q.next();
}

QList<OutboxItem> Outbox::select(const QString &where, int limit)
{
    QList<OutboxItem> items;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT id, submission_id, survey_id, period, payload, attempts, error,"
                           " error_code FROM outbox WHERE %1 ORDER BY id LIMIT ?")
                .arg(where),
            { limit }, &q))
        return items;
    while (q.next()) {
        items.append(OutboxItem { q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString().toUtf8(),
            q.value(5).toInt(), q.value(6).toString(), q.value(7).toString() });
    }
    return items;
}

QList<OutboxItem> Outbox::pending(int limit)
{
    // Answers waiting for a panel round's credential would be refused without it.
    return select(QStringLiteral("state = 'pending' AND redemption_id IS NULL"), limit);
}

QList<OutboxItem> Outbox::rejected()
{
    return select(QStringLiteral("state = 'rejected'"), 1000);
}

int Outbox::count(const QString &where)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE %1").arg(where), {}, &q)
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Outbox::pendingCount()
{
    return count(QStringLiteral("state = 'pending'"));
}

int Outbox::waitingCount()
{
    return count(QStringLiteral("state = 'pending' AND redemption_id IS NOT NULL"));
}

QHash<QString, int> Outbox::queuedBySurvey()
{
    QHash<QString, int> queued;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT survey_id, COUNT(*) FROM outbox GROUP BY survey_id"), {}, &q))
        return queued;
    while (q.next())
        queued.insert(q.value(0).toString(), q.value(1).toInt());
    return queued;
}

int Outbox::rejectedCount()
{
    return count(QStringLiteral("state = 'rejected'"));
}

bool Outbox::acknowledge(const QStringList &submissionIds)
{
    return m_db.transaction([&] {
        for (const QString &id : submissionIds) {
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO receipts (survey_id, period)"
                                   " SELECT survey_id, period FROM outbox WHERE submission_id = ?"),
                    { id })
                || !m_db.exec(QStringLiteral("DELETE FROM outbox WHERE submission_id = ?"), { id }))
                return false;
        }
        return true;
    });
}

bool Outbox::reject(const QString &submissionId, const QString &error, const QString &errorCode)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 'rejected', error = ?,"
                                    " error_code = ? WHERE submission_id = ?"),
        { error, errorCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : errorCode,
            submissionId });
}

bool Outbox::countAttempt(const QStringList &submissionIds)
{
    return m_db.transaction([&] {
        for (const QString &id : submissionIds) {
            if (!m_db.exec(QStringLiteral(
                               "UPDATE outbox SET attempts = attempts + 1 WHERE submission_id = ?"),
                    { id }))
                return false;
        }
        return true;
    });
}

bool Outbox::discard(const QString &submissionId)
{
    return m_db.exec(
        QStringLiteral("DELETE FROM outbox WHERE submission_id = ? AND state = 'rejected'"),
        { submissionId });
}

QList<std::pair<QString, QString>> Outbox::receipts()
{
    QList<std::pair<QString, QString>> list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT survey_id, period FROM receipts ORDER BY id DESC"), {}, &q))
        return list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString() });
    return list;
}

std::optional<qint64> Outbox::enqueueRequest(
    const QString &kind, const QString &target, const QJsonObject &body)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("INSERT INTO requests (kind, target, body) VALUES (?, ?, ?)"),
            { kind, target, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)) },
            &q))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QList<OutboxRequest> Outbox::requests(const QString &kind)
{
    QList<OutboxRequest> list;
    QSqlQuery q;
    const QString sql = QStringLiteral("SELECT id, kind, target, body, attempts FROM requests%1"
                                       " ORDER BY id")
                            .arg(kind.isEmpty() ? QString() : QStringLiteral(" WHERE kind = ?"));
    if (!m_db.exec(sql, kind.isEmpty() ? QVariantList() : QVariantList { kind }, &q))
        return list;
    while (q.next())
        list.append(OutboxRequest { q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).toString(), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
            q.value(4).toInt() });
    return list;
}

bool Outbox::countRequestAttempt(qint64 id)
{
    return m_db.exec(
        QStringLiteral("UPDATE requests SET attempts = attempts + 1 WHERE id = ?"), { id });
}

bool Outbox::removeRequest(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM requests WHERE id = ?"), { id });
}

} // namespace zs
