#include "collectorclient.h"

#include "submission.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace zs {

CollectorClient::CollectorClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

QUrl CollectorClient::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // A path may carry a query ("/v1/surveys?region=utrecht").
    url.setPath(prefix + path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    return url;
}

QJsonObject CollectorReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void CollectorClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
    const QByteArray &etag, const QString &token,
    const std::function<void(const CollectorReply &)> &done)
{
    send(method, path, body, etag, token, QByteArrayLiteral("application/json"), done);
}

void CollectorClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
    const QByteArray &etag, const QString &token, const QByteArray &accept,
    const std::function<void(const CollectorReply &)> &done)
{
    QNetworkRequest request(endpoint(m_collector, path));
    request.setRawHeader("Accept", accept);
    request.setTransferTimeout(15000);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8()); // never logged
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        CollectorReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.etag = reply->rawHeader("ETag");
        if (r.status == 0) {
            r.errorMessage = reply->errorString();
        } else if (r.status >= 400) {
            const auto error = ProtocolError::fromJson(r.json(), r.status);
            r.errorMessage = error ? error->message : QStringLiteral("HTTP %1").arg(r.status);
            r.errorCode = error ? error->code : QString();
        }
        done(r);
    });
}

void CollectorClient::fetchEmployers(const QString &region)
{
    // Through send(): the same timeout, redirect policy and error shape as every request.
    send("GET", QStringLiteral("/v1/regions/%1/employers").arg(region), {}, {}, {},
        [this, region](const CollectorReply &reply) {
            if (reply.status != 200) {
                Q_EMIT failed(reply.errorMessage.isEmpty()
                        ? QStringLiteral("HTTP %1").arg(reply.status)
                        : reply.errorMessage);
                return;
            }
            Q_EMIT employersReceived(
                region, reply.json().value(QLatin1String("employers")).toArray());
        });
}

} // namespace zs
