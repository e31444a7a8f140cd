#pragma once

#include "backoff.h"
#include "outbox.h"
#include "regionrequests.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace zs {

/// Drains the outbox to the collector: batches, one drain at a time, backoff with jitter,
/// 2xx done, 4xx (but 408/429) rejected for good, anything else retried (DESIGN §6). After the
/// answers, the regional writes (RegionRequests) go the same way, one at a time, oldest first.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Sending, Waiting };
    Q_ENUM(State)

    SyncClient(Outbox &outbox, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setCollector(const QUrl &baseUrl);
    /// Where the queued regional writes go and what the device keeps of their answers.
    void setRequests(RegionRequests *requests) { m_requests = requests; }
    QUrl collector() const { return m_collector; }
    void setBatchSize(int size) { m_batchSize = std::clamp(size, 1, 500); }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    /// Per-request timeout; a timed-out request counts as a transient failure.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    State state() const { return m_state; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_failures; }
    /// Milliseconds until the next automatic retry (0 when none is planned).
    qint64 retryIn() const;

    /// The wait a Retry-After header asks for (delay-seconds or an HTTP date, RFC 9110 10.2.3),
    /// nullopt when it is absent or not valid; now is for tests.
    static std::optional<std::chrono::milliseconds> retryAfter(
        const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

public Q_SLOTS:
    /// Starts a drain now unless one is running; cancels a planned retry.
    void syncNow();

Q_SIGNALS:
    void stateChanged();
    /// Emitted after every batch outcome, so views can refresh their counts.
    void outboxChanged();
    /// The drain ended: everything sent (ok) or waiting for a retry (!ok).
    void finished(bool ok);
    /// A queued regional write is done (ok: the collector took it, and the device kept what the
    /// answer means) or was refused for good (!ok, with the collector's wire code and status);
    /// it has left the queue.
    void requestFinished(const zs::OutboxRequest &request, bool ok, const QJsonObject &answer,
        int status, const QString &errorCode);

private:
    void sendNextBatch();
    void sendNextRequest();
    void handleRequestReply(const OutboxRequest &request, int status, const QByteArray &data,
        const QByteArray &retryAfterHeader);
    QNetworkRequest networkRequest(const QString &path) const;
    void handleReply(QNetworkReply *reply, const QStringList &ids);
    void failTransient(const QStringList &ids, const QString &reason,
        std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    void setState(State state);

    Outbox &m_outbox;
    RegionRequests *m_requests = nullptr;
    QNetworkAccessManager *m_network;
    QUrl m_collector;
    int m_batchSize = 100;
    Backoff m_backoff;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(20);
    State m_state = State::Idle;
    QTimer m_retryTimer;
    QDateTime m_lastSuccess;
    QString m_lastError;
    int m_failures = 0;
};

} // namespace zs
