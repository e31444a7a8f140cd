#pragma once

#include "collectorclient.h"
#include "regionstore.h"

#include <QJsonArray>
#include <QObject>

namespace zs {

/// Keeps the region's lists (panels, actions, ideas, and the survey list that carries panel
/// rounds) on the device: loads what was saved, revalidates with the collector by ETag, and
/// saves each fresh answer for offline use.
class RegionFeed : public QObject
{
    Q_OBJECT
public:
    /// The lists the collector serves per region, by their path segment and JSON key.
    static inline const QStringList kLists
        = { QStringLiteral("panels"), QStringLiteral("actions"), QStringLiteral("ideas") };

    RegionFeed(RegionStore &store, CollectorClient &client, QObject *parent = nullptr);

    /// The list as last saved on this device for the region (empty when never fetched).
    QJsonArray cached(const QString &list, const QString &region);
    /// When the collector last sent or confirmed the list (invalid when never).
    QDateTime fetched(const QString &list, const QString &region);
    /// Asks the collector for every list of the region; each fresh one comes as listReceived.
    void refresh(const QString &region);
    /// Asks for one list again (after sending an idea, for example).
    void refreshList(const QString &list, const QString &region);
    /// Requests in flight.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void listReceived(const QString &list, const QString &region, const QJsonArray &items);
    /// A request could not be answered: the saved lists stay in use.
    void offline();
    /// A request was answered (fresh or not modified).
    void online();
    /// The collector sent or confirmed a list: its age starts again.
    void fresh(const QString &list, const QString &region);
    void pendingChanged();

private:
    void fetch(const QString &path, const QString &cacheKey, const QString &jsonKey,
        const QString &list, const QString &region);

    RegionStore &m_store;
    CollectorClient &m_client;
    int m_pending = 0;
};

} // namespace zs
