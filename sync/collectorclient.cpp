#include "collectorclient.h"

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
    url.setPath(prefix + path);
    return url;
}

void CollectorClient::fetchEmployers(const QString &region)
{
    QNetworkRequest request(
        endpoint(m_collector, QStringLiteral("/v1/regions/%1/employers").arg(region)));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, region] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200) {
            Q_EMIT failed(
                status == 0 ? reply->errorString() : QStringLiteral("HTTP %1").arg(status));
            return;
        }
        Q_EMIT employersReceived(region, body.value(QLatin1String("employers")).toArray());
    });
}

} // namespace zs
