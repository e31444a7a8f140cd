#pragma once

#include "backoff.h"
#include "credentialclient.h"
#include "outbox.h"
#include "redemptionstore.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace zs {

/// Turns typed invitation codes into credentials, one step at a time, each step stored before
/// the next request (DESIGN §5a): queued -> looked up (GET /v1/invitations) -> blinded (a random
/// token blinded under the issuer's key from GET /v1/keys, persisted) -> signed (POST
/// /v1/credentials, finalized and verified). Offline or on a 5xx/408/429 it waits with backoff
/// and resumes, re-sending the same blinded message; 404 and 410 refuse the invitation for good.
/// A panel round's row (Outbox::enqueueForRound) skips the lookup: it blinds under the panel's
/// key of the year and redeems the member's secret; the credential goes straight into the
/// answers waiting for it, and a refusal refuses them.
class CredentialManager : public QObject
{
    Q_OBJECT
public:
    CredentialManager(RedemptionStore &store, CollectorClient &client, QObject *parent = nullptr);

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    /// Where panel rounds' answers wait for their credential; without it a round's credential
    /// stays in the queue as signed.
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    RedemptionStore &store() { return m_store; }
    /// True while a request is out.
    bool isBusy() const { return m_busy; }
    /// True while a retry is planned after a failure to reach the collector.
    bool isWaiting() const { return m_retry.isActive(); }
    /// Why the last attempt failed (network or collector message), for logs and tests.
    QString lastError() const { return m_lastError; }

    /// Queues a typed code and starts redeeming it: the row id, or nullopt when the text is not
    /// a valid code (wrong length or check symbol) or could not be stored.
    std::optional<qint64> redeem(const QString &typed);
    /// The person left a panel: its rounds' rows go, and answers that waited for one are refused.
    [[nodiscard]] bool forgetPanel(const QString &panel);
    /// Starts on every unfinished redemption now (at start-up, or when the network is back);
    /// cancels a planned retry.
    void resume();

Q_SIGNALS:
    /// A row changed state (or got its employer's name).
    void changed(qint64 id);
    /// The collector could not be reached for this row; it is retried automatically.
    void waiting(qint64 id);
    /// Nothing is left to do (every row signed or refused).
    void idle();
    /// A panel round's answers got their credential (they can go out now) or were refused.
    void outboxChanged();

private:
    void step();
    void lookUp(const Redemption &r);
    void blind(const Redemption &r);
    void request(const Redemption &r);
    /// The common answer handling: true when the reply is the expected success; otherwise the
    /// row is refused (a permanent answer) or retried (no answer, 5xx, 408, 429).
    bool accept(const Redemption &r, const CollectorReply &reply, bool valid);
    void blindRound(const Redemption &r);
    /// Blinds a fresh token under key and stores it (or refuses the row when it cannot).
    void blindUnder(const Redemption &r, const IssuerKey &key);
    /// Stores a verified credential: into the answers waiting for it, or held in the queue.
    void keep(const Redemption &r, const QByteArray &signature);
    void refuse(const Redemption &r, const QString &error);
    void retryLater(qint64 id, const QString &reason);
    void done(qint64 id);

    RedemptionStore &m_store;
    CredentialClient m_client;
    Outbox *m_outbox = nullptr;
    Backoff m_backoff;
    QTimer m_retry;
    int m_failures = 0;
    bool m_busy = false;
    QString m_lastError;
};

} // namespace zs
