#include "syncclient.h"

#include "collectorclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcSync, "zorgstem.sync")

namespace zs {

namespace {

bool isPermanent(int status)
{
    return status >= 400 && status < 500 && status != 408 && status != 429;
}

} // namespace

SyncClient::SyncClient(Outbox &outbox, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_network(network)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::syncNow);
}

void SyncClient::setCollector(const QUrl &baseUrl)
{
    m_collector = baseUrl;
}

qint64 SyncClient::retryIn() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : 0;
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SyncClient::syncNow()
{
    if (m_state == State::Sending)
        return;
    m_retryTimer.stop();
    sendNextBatch();
}

void SyncClient::sendNextBatch()
{
    const QList<OutboxItem> items = m_outbox.pending(m_batchSize);
    if (items.isEmpty()) {
        sendNextRequest();
        return;
    }
    if (!m_collector.isValid()) {
        failTransient({}, QStringLiteral("no collector address set"));
        return;
    }
    setState(State::Sending);
    QByteArray body = "{\"submissions\":[";
    QStringList ids;
    for (const OutboxItem &item : items) {
        if (!ids.isEmpty())
            body += ',';
        body += item.payload; // stored exactly as it is sent: what was shown is what leaves
        ids.append(item.submissionId);
    }
    body += "]}";
    if (!m_outbox.countAttempt(ids))
        qCWarning(lcSync) << "could not count the attempt";

    QNetworkReply *reply = m_network->post(networkRequest(QStringLiteral("/v1/submissions")), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, ids] {
        reply->deleteLater();
        handleReply(reply, ids);
    });
}

QNetworkRequest SyncClient::networkRequest(const QString &path) const
{
    QNetworkRequest request(CollectorClient::endpoint(m_collector, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void SyncClient::sendNextRequest()
{
    const QList<OutboxRequest> requests = m_requests ? m_outbox.requests() : QList<OutboxRequest>();
    if (!m_requests || requests.isEmpty()) {
        m_failures = 0;
        setState(State::Idle);
        Q_EMIT finished(true);
        return;
    }
    const OutboxRequest &next = requests.constFirst();
    const auto call = m_requests->call(next);
    if (!call) {
        // Nothing to send any more (a leave of a membership this device no longer holds).
        if (!m_outbox.removeRequest(next.id)) {
            failTransient({}, QStringLiteral("could not update the outbox"));
            return;
        }
        Q_EMIT requestFinished(next, true, {}, 0, {});
        Q_EMIT outboxChanged();
        sendNextRequest();
        return;
    }
    setState(State::Sending);
    if (!m_outbox.countRequestAttempt(next.id))
        qCWarning(lcSync) << "could not count the attempt";
    const QByteArray body = call->body.isEmpty()
        ? QByteArray()
        : QJsonDocument(call->body).toJson(QJsonDocument::Compact);
    QNetworkRequest request = networkRequest(call->path);
    if (body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    QNetworkReply *reply = m_network->sendCustomRequest(request, call->method, body);
    OutboxRequest sent = next;
    ++sent.attempts;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            failTransient({}, reply->errorString());
            return;
        }
        handleRequestReply(sent, status, reply->readAll(), reply->rawHeader("Retry-After"));
    });
}

void SyncClient::handleRequestReply(const OutboxRequest &request, int status,
    const QByteArray &data, const QByteArray &retryAfterHeader)
{
    const QJsonObject answer = QJsonDocument::fromJson(data).object();
    const bool done = RegionRequests::isDone(request, status);
    if (!done && !isPermanent(status)) {
        const auto error = ProtocolError::fromJson(answer, status);
        failTransient({}, error ? error->message : QStringLiteral("HTTP %1").arg(status),
            status == 429 || status == 503 ? retryAfter(retryAfterHeader) : std::nullopt);
        return;
    }
    QString code;
    if (done) {
        if (!m_requests->apply(request, answer)) {
            // Sent again later: the collector takes the repeat as the same write.
            failTransient({}, QStringLiteral("could not record the answer locally"));
            return;
        }
    } else {
        const auto error = ProtocolError::fromJson(answer, status);
        code = error ? error->code : QString();
        m_lastError = error ? error->message : QStringLiteral("HTTP %1").arg(status);
        if (!m_requests->undo(request))
            qCWarning(lcSync) << "could not undo a refused request";
    }
    if (!m_outbox.removeRequest(request.id)) {
        failTransient({}, QStringLiteral("could not update the outbox"));
        return;
    }
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    Q_EMIT requestFinished(request, done, answer, status, code);
    Q_EMIT outboxChanged();
    sendNextRequest();
}

void SyncClient::handleReply(QNetworkReply *reply, const QStringList &ids)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (status == 0) {
        failTransient(ids, reply->errorString());
        return;
    }
    if (status < 200 || status >= 300) {
        const auto error = ProtocolError::fromJson(QJsonDocument::fromJson(data).object(), status);
        const QString message = error ? error->message : QStringLiteral("HTTP %1").arg(status);
        if (!isPermanent(status)) {
            // 429 and 503 may say when to come back; the server knows better than our backoff.
            const auto wait = status == 429 || status == 503
                ? retryAfter(reply->rawHeader("Retry-After"))
                : std::nullopt;
            failTransient(ids, message, wait);
            return;
        }
        if (status == 413 && ids.size() > 1) {
            // Too large as a batch: send smaller batches rather than refuse good answers.
            m_batchSize = std::max(1, int(ids.size()) / 2);
            sendNextBatch();
            return;
        }
        for (const QString &id : ids) {
            if (!m_outbox.reject(id, message, error ? error->code : QString()))
                qCWarning(lcSync) << "could not mark a submission rejected";
        }
        m_lastError = message;
        Q_EMIT outboxChanged();
        sendNextBatch();
        return;
    }
    const QJsonArray results
        = QJsonDocument::fromJson(data).object().value(QLatin1String("results")).toArray();
    if (results.size() != ids.size()) {
        failTransient(ids,
            QStringLiteral("the collector answered with %1 results for %2 submissions")
                .arg(results.size())
                .arg(ids.size()));
        return;
    }
    QStringList acknowledged;
    bool transient = false;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const int itemStatus = result.value(QLatin1String("status")).toInt();
        const QString receiptId
            = result.value(QLatin1String("receipt"))[QLatin1String("submissionId")].toString();
        if (itemStatus >= 200 && itemStatus < 300 && receiptId == ids.at(i)) {
            acknowledged.append(ids.at(i));
        } else if (itemStatus >= 200 && itemStatus < 300) {
            // A receipt for another id is a collector fault; retrying would loop for ever.
            if (!m_outbox.reject(
                    ids.at(i), QStringLiteral("the collector's receipt did not match")))
                qCWarning(lcSync) << "could not mark a submission rejected";
        } else if (isPermanent(itemStatus)) {
            const auto error = ProtocolError::fromJson(result, itemStatus);
            const QString message
                = error ? error->message : QStringLiteral("refused (%1)").arg(itemStatus);
            if (!m_outbox.reject(ids.at(i), message, error ? error->code : QString()))
                qCWarning(lcSync) << "could not mark a submission rejected";
            m_lastError = message;
        } else {
            transient = true;
        }
    }
    if (!m_outbox.acknowledge(acknowledged)) {
        // The collector has them; a later repeat is answered with the same receipt.
        failTransient(ids, QStringLiteral("could not record the receipts locally"));
        return;
    }
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    Q_EMIT outboxChanged();
    if (transient) {
        failTransient({}, QStringLiteral("some submissions could not be stored yet"));
        return;
    }
    m_failures = 0;
    sendNextBatch();
}

std::optional<std::chrono::milliseconds> SyncClient::retryAfter(
    const QByteArray &value, const QDateTime &now)
{
    // Longer than a day is not a wait but a fault; the backoff cap cuts it further anyway.
    constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(
                               std::min<qint64>(seconds, kDayMs / 1000) * 1000));
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reader does not know as a zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(at), 0, kDayMs));
}

void SyncClient::failTransient(const QStringList &ids, const QString &reason,
    std::optional<std::chrono::milliseconds> retryAfter)
{
    Q_UNUSED(ids);
    m_lastError = reason;
    // A server's Retry-After replaces the backoff, but never waits past its cap.
    const auto backoff = m_backoff.delay(m_failures++);
    const auto wait = retryAfter ? std::min(*retryAfter, m_backoff.cap()) : backoff;
    qCInfo(lcSync).noquote() << "upload failed, retry in" << wait.count() << "ms:" << reason;
    m_retryTimer.start(wait);
    setState(State::Waiting);
    Q_EMIT outboxChanged();
    Q_EMIT finished(false);
}

} // namespace zs
