#pragma once

#include "database.h"
#include "heldcredential.h"
#include "redemptionstore.h"
#include "submission.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace zs {

/// One queued submission, as stored in the app database.
struct OutboxItem
{
    qint64 id = 0;
    QString submissionId;
    QString surveyId;
    QString period;
    QByteArray payload; ///< the submission's JSON, exactly as it will be sent
    int attempts = 0;
    QString error; ///< set when the collector refused it for good
    QString errorCode; ///< the refusal's wire code, when the collector gave one
};

/// One queued regional write (issue 11): a reaction, a support, an idea, or a panel join or
/// leave, waiting beside the answers until the collector answered it.
struct OutboxRequest
{
    qint64 id = 0;
    QString kind; ///< reaction, support, idea, join, leave
    QString target; ///< the action, idea, region or panel it is for
    QJsonObject body;
    int attempts = 0;
};

/// Persist-before-send queue in the app database (DESIGN §6, STYLE 10).
class Outbox
{
public:
    explicit Outbox(Database &db);

    /// Queues a finished survey and removes its draft in the same transaction. With a held
    /// credential (the one the submission carries) it leaves the redemption queue in that
    /// transaction too, so its only copy is the payload, which the receipt deletes (rules 8, 9).
    [[nodiscard]] bool enqueue(
        const Submission &submission, const HeldCredential *credential = nullptr);
    /// Queues a panel round's answers (without credential or employer) together with the
    /// redemption of the round's credential they wait for, and removes the draft, all in one
    /// transaction: the redemption row's id, or nullopt when it could not be stored.
    std::optional<qint64> enqueueForRound(const Submission &submission, const RoundRequest &round);
    /// The round's credential came: the answers waiting for redemption `redemptionId` carry it
    /// from now on and its row leaves the queue, in one transaction. False when nothing waits
    /// for it or it could not be stored.
    [[nodiscard]] bool attachCredential(qint64 redemptionId, const Credential &credential);
    /// The collector refused the round's credential (410, 404): the answers waiting for it are
    /// refused with that wire code and its row leaves the queue, in one transaction.
    [[nodiscard]] bool rejectWaiting(qint64 redemptionId, const QString &errorCode);
    /// True when answers wait for this redemption.
    bool isWaitingFor(qint64 redemptionId);
    /// The oldest pending items that can be sent (not waiting for a credential), at most limit.
    QList<OutboxItem> pending(int limit);
    QList<OutboxItem> rejected();
    /// Pending items, those still waiting for their credential included.
    int pendingCount();
    /// Pending items still waiting for a panel round's credential.
    int waitingCount();
    int rejectedCount();
    /// How many finished submissions wait (pending or refused) per survey id.
    QHash<QString, int> queuedBySurvey();
    /// After the collector's receipt: the answers go, a receipt (survey, month) stays (rule 8).
    [[nodiscard]] bool acknowledge(const QStringList &submissionIds);
    /// A permanent refusal: kept and shown to the person, never retried.
    [[nodiscard]] bool reject(
        const QString &submissionId, const QString &error, const QString &errorCode = {});
    [[nodiscard]] bool countAttempt(const QStringList &submissionIds);
    /// The person removes a refused submission.
    [[nodiscard]] bool discard(const QString &submissionId);
    /// Receipts as (surveyId, period) pairs, newest first.
    QList<std::pair<QString, QString>> receipts();

    /// Queues a regional write: its id, or nullopt when it could not be stored.
    std::optional<qint64> enqueueRequest(
        const QString &kind, const QString &target, const QJsonObject &body);
    /// The queued regional writes, oldest first; of one kind when kind is not empty.
    QList<OutboxRequest> requests(const QString &kind = {});
    [[nodiscard]] bool countRequestAttempt(qint64 id);
    /// The collector answered it (or refused it for good): it leaves the queue.
    [[nodiscard]] bool removeRequest(qint64 id);

private:
    QList<OutboxItem> select(const QString &where, int limit);
    int count(const QString &where);
    Database &m_db;
};

} // namespace zs
