#pragma once

#include "idea.h"
#include "joinrequest.h"
#include "outbox.h"
#include "redemptionstore.h"
#include "regionstore.h"

#include <optional>

namespace zs {

/// The regional writes of the outbox (issue 11): how each is queued, where it goes, and what the
/// device keeps of the collector's answer. Sent at most once in effect: reactions and supports
/// are keyed by the device's anonymous key, ideas and joins carry a request id, so a repeat after
/// a lost answer is the same reaction, idea or membership on the collector.
class RegionRequests
{
public:
    RegionRequests(Database &db, Outbox &outbox, RegionStore &store, RedemptionStore &redemptions);

    /// Queues "useful" or "help" for an action and records it on the device (the button is
    /// off from now on); nullopt when it could not be stored or was given already.
    std::optional<qint64> react(const QString &actionId, const QString &kind);
    /// Queues a support of an idea and records it on the device.
    std::optional<qint64> support(const QString &ideaId);
    /// Queues an idea for the region, with a fresh request id.
    std::optional<qint64> sendIdea(const QString &region, Idea idea);
    /// Queues a join of the panel, with a fresh request id.
    std::optional<qint64> join(const QString &panel, JoinRequest request);
    /// Queues leaving the panel (after any join of it still queued).
    std::optional<qint64> leave(const QString &panel);
    /// Erasing everything (DESIGN §5 rule 7): a leave for every panel this device is or may be
    /// a member of, in one transaction. A join that never left the device goes; one that was
    /// sent without an answer goes too, and its leave carries the secret it would have had.
    /// The panels to leave, or nullopt when the queue could not be stored.
    std::optional<QStringList> leaveEveryPanel();

    /// A request as it goes over the wire.
    struct Call
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };
    /// What to send for a queued write; nullopt when nothing needs sending any more (a leave of
    /// a panel this device holds no membership of).
    std::optional<Call> call(const OutboxRequest &request);
    /// True when this answer means the write is done (a leave of a membership the panel no
    /// longer knows, 404, is done too).
    static bool isDone(const OutboxRequest &request, int status);
    /// After the collector's answer: the device keeps what it means (a join's secret; a leave
    /// removes the membership and the panel's round credentials). False when that could not be
    /// stored: the write stays queued and is sent again, which the collector takes as the same.
    bool apply(const OutboxRequest &request, const QJsonObject &answer);
    /// After a permanent refusal: what was recorded on the device when it was queued goes.
    bool undo(const OutboxRequest &request);

private:
    Database &m_db;
    Outbox &m_outbox;
    RegionStore &m_store;
    RedemptionStore &m_redemptions;
};

} // namespace zs
