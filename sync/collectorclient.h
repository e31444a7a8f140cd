#pragma once

#include <QJsonArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace zs {

/// Small read requests to the collector (participating employers of a region).
class CollectorClient : public QObject
{
    Q_OBJECT
public:
    CollectorClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setCollector(const QUrl &baseUrl) { m_collector = baseUrl; }
    /// Asks for the region's participating employers; answers with one of the two signals.
    void fetchEmployers(const QString &region);
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
