#include "outbox.h"

#include <QJsonDocument>
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

QList<OutboxItem> Outbox::select(const QString &state, int limit)
{
    QList<OutboxItem> items;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT id, submission_id, survey_id, period, payload, attempts, error,"
                           " error_code FROM outbox WHERE state = ? ORDER BY id LIMIT ?"),
            { state, limit }, &q))
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
    return select(QStringLiteral("pending"), limit);
}

QList<OutboxItem> Outbox::rejected()
{
    return select(QStringLiteral("rejected"), 1000);
}

int Outbox::pendingCount()
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"), {}, &q)
        || !q.next())
        return 0;
    return q.value(0).toInt();
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
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'rejected'"), {}, &q)
        || !q.next())
        return 0;
    return q.value(0).toInt();
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

} // namespace zs
