#include "regionrequests.h"

#include <QUuid>

namespace zs {

namespace {

QString requestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kReaction = QStringLiteral("reaction");
const QString kSupport = QStringLiteral("support");
const QString kIdea = QStringLiteral("idea");
const QString kJoin = QStringLiteral("join");
const QString kLeave = QStringLiteral("leave");

} // namespace

RegionRequests::RegionRequests(
    Database &db, Outbox &outbox, RegionStore &store, RedemptionStore &redemptions)
    : m_db(db)
    , m_outbox(outbox)
    , m_store(store)
    , m_redemptions(redemptions)
{ }

std::optional<qint64> RegionRequests::react(const QString &actionId, const QString &kind)
{
    const QString target = QStringLiteral("action:") + actionId;
    if (m_store.reactions(target).contains(kind))
        return std::nullopt;
    const QString key = m_store.anonymousKey(target);
    if (key.isEmpty())
        return std::nullopt;
    std::optional<qint64> id;
    // Recorded and queued together: the button is off exactly when the reaction will go.
    if (!m_db.transaction([&] {
            id = m_outbox.enqueueRequest(kReaction, actionId,
                { { QStringLiteral("kind"), kind }, { QStringLiteral("key"), key } });
            return id && m_store.addReaction(target, kind);
        }))
        return std::nullopt;
    return id;
}

std::optional<qint64> RegionRequests::support(const QString &ideaId)
{
    const QString target = QStringLiteral("idea:") + ideaId;
    if (!m_store.reactions(target).isEmpty())
        return std::nullopt;
    const QString key = m_store.anonymousKey(target);
    if (key.isEmpty())
        return std::nullopt;
    std::optional<qint64> id;
    if (!m_db.transaction([&] {
            id = m_outbox.enqueueRequest(kSupport, ideaId, { { QStringLiteral("key"), key } });
            return id && m_store.addReaction(target, QStringLiteral("support"));
        }))
        return std::nullopt;
    return id;
}

std::optional<qint64> RegionRequests::sendIdea(const QString &region, Idea idea)
{
    idea.requestId = requestId();
    return m_outbox.enqueueRequest(kIdea, region, idea.toJson());
}

std::optional<qint64> RegionRequests::join(const QString &panel, JoinRequest request)
{
    request.requestId = requestId();
    return m_outbox.enqueueRequest(kJoin, panel, request.toJson());
}

std::optional<qint64> RegionRequests::leave(const QString &panel)
{
    return m_outbox.enqueueRequest(kLeave, panel, {});
}

std::optional<QStringList> RegionRequests::leaveEveryPanel()
{
    QStringList panels;
    const bool ok = m_db.transaction([&] {
        QStringList leaving;
        for (const OutboxRequest &r : m_outbox.requests()) {
            if (r.kind == kLeave) {
                leaving.append(r.target);
            } else if (r.kind == kJoin) {
                // Her name and contact details leave the device now, sent or not.
                if (!m_outbox.removeRequest(r.id))
                    return false;
                leaving.removeAll(r.target);
                if (r.attempts == 0)
                    continue; // never sent: the panel has nothing of her
                const QString secret = JoinRequest::secretFor(
                    r.target, r.body.value(QLatin1String("requestId")).toString());
                if (!m_outbox.enqueueRequest(
                        kLeave, r.target, { { QStringLiteral("secret"), secret } }))
                    return false;
                leaving.append(r.target);
            }
        }
        for (const DeviceMembership &m : m_store.memberships()) {
            if (!leaving.contains(m.panel)) {
                if (!leave(m.panel))
                    return false;
                leaving.append(m.panel);
            }
        }
        leaving.removeDuplicates();
        panels = leaving;
        return true;
    });
    return ok ? std::optional(panels) : std::nullopt;
}

std::optional<RegionRequests::Call> RegionRequests::call(const OutboxRequest &r)
{
    if (r.kind == kReaction)
        return Call { "POST", QStringLiteral("/v1/actions/%1/reactions").arg(r.target), r.body };
    if (r.kind == kSupport)
        return Call { "POST", QStringLiteral("/v1/ideas/%1/support").arg(r.target), r.body };
    if (r.kind == kIdea)
        return Call { "POST", QStringLiteral("/v1/regions/%1/ideas").arg(r.target), r.body };
    if (r.kind == kJoin)
        return Call { "POST", QStringLiteral("/v1/panels/%1/members").arg(r.target), r.body };
    if (r.kind == kLeave) {
        // The secret is read when the leave goes: a join queued before it has stored it by then.
        QString secret = r.body.value(QLatin1String("secret")).toString();
        if (secret.isEmpty()) {
            const auto m = m_store.membership(r.target);
            if (!m)
                return std::nullopt;
            secret = m->secret;
        }
        return Call { "DELETE", QStringLiteral("/v1/panels/%1/members/%2").arg(r.target, secret),
            {} };
    }
    return std::nullopt;
}

bool RegionRequests::isDone(const OutboxRequest &r, int status)
{
    return (status >= 200 && status < 300) || (r.kind == kLeave && status == 404);
}

bool RegionRequests::apply(const OutboxRequest &r, const QJsonObject &answer)
{
    if (r.kind == kJoin) {
        const DeviceMembership m { r.target, answer.value(QLatin1String("secret")).toString(),
            answer.value(QLatin1String("joined")).toString() };
        return !m.secret.isEmpty() && m_store.addMembership(m);
    }
    if (r.kind == kLeave) {
        // The secret goes, and with it the rounds' credential requests that named it.
        return m_redemptions.removePanel(r.target) && m_store.removeMembership(r.target);
    }
    return true;
}

bool RegionRequests::undo(const OutboxRequest &r)
{
    if (r.kind == kReaction)
        return m_store.removeReaction(
            QStringLiteral("action:") + r.target, r.body.value(QLatin1String("kind")).toString());
    if (r.kind == kSupport)
        return m_store.removeReaction(
            QStringLiteral("idea:") + r.target, QStringLiteral("support"));
    return true;
}

} // namespace zs
