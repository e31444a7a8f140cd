#include "regionfeed.h"

#include <QJsonDocument>

namespace zs {

RegionFeed::RegionFeed(RegionStore &store, CollectorClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{ }

QJsonArray RegionFeed::cached(const QString &list, const QString &region)
{
    const auto c = m_store.cached(list + QLatin1Char('/') + region);
    return c ? QJsonDocument::fromJson(c->body).object().value(list).toArray() : QJsonArray();
}

QDateTime RegionFeed::fetched(const QString &list, const QString &region)
{
    const auto c = m_store.cached(list + QLatin1Char('/') + region);
    return c ? c->fetched : QDateTime();
}

void RegionFeed::refresh(const QString &region)
{
    if (region.isEmpty())
        return;
    for (const QString &list : kLists)
        refreshList(list, region);
    // Panel rounds reach members through the survey list; other surveys are built in.
    fetch(QStringLiteral("/v1/surveys?region=%1").arg(region), QStringLiteral("surveys/") + region,
        QStringLiteral("surveys"), QStringLiteral("surveys"), region);
}

void RegionFeed::refreshList(const QString &list, const QString &region)
{
    fetch(QStringLiteral("/v1/regions/%1/%2").arg(region, list), list + QLatin1Char('/') + region,
        list, list, region);
}

void RegionFeed::fetch(const QString &path, const QString &cacheKey, const QString &jsonKey,
    const QString &list, const QString &region)
{
    const auto saved = m_store.cached(cacheKey);
    ++m_pending;
    Q_EMIT pendingChanged();
    m_client.send("GET", path, {}, saved ? saved->etag : QByteArray(), {},
        [this, cacheKey, jsonKey, list, region](const CollectorReply &reply) {
            --m_pending;
            Q_EMIT pendingChanged();
            if (reply.status == 304) {
                if (!m_store.touch(cacheKey))
                    qWarning("could not save when %s was checked", qPrintable(list));
                Q_EMIT online();
                Q_EMIT fresh(list, region);
                return;
            }
            if (reply.status != 200) {
                Q_EMIT offline();
                return;
            }
            if (!m_store.cache(cacheKey, reply.etag, reply.body))
                qWarning("could not save %s for offline use", qPrintable(list));
            Q_EMIT online();
            Q_EMIT listReceived(list, region, reply.json().value(jsonKey).toArray());
            Q_EMIT fresh(list, region);
        });
}

} // namespace zs
