#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace zs {

/// The answer to one request: status 0 means no answer (offline, timeout).
struct CollectorReply
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QString errorMessage; ///< the collector's error message, or the network error
    QString errorCode; ///< the collector's wire code (invitation_used, ...); empty when none
    QJsonObject json() const;
};

/// Small requests to the collector: employers of a region, and the regional resources
/// (panels, actions, ideas) with ETags, timeouts and the one error shape.
class CollectorClient : public QObject
{
    Q_OBJECT
public:
    CollectorClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setCollector(const QUrl &baseUrl) { m_collector = baseUrl; }
    /// Asks for the region's participating employers; answers with one of the two signals.
    void fetchEmployers(const QString &region);
    /// Sends one request asking for JSON; body may be empty. The callback runs once, with the
    /// reply.
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &etag, const QString &token,
        const std::function<void(const CollectorReply &)> &done);
    /// send() asking for another media type (Accept: text/csv for a report's or a contact
    /// list's CSV).
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &etag, const QString &token, const QByteArray &accept,
        const std::function<void(const CollectorReply &)> &done);
    /// The URL of a collector path (the base URL may carry its own path prefix).
    static QUrl endpoint(const QUrl &base, const QString &path);

Q_SIGNALS:
    void employersReceived(const QString &region, const QJsonArray &employers);
    void failed(const QString &message);

private:
    QNetworkAccessManager *m_network;
    QUrl m_collector;
};

} // namespace zs
