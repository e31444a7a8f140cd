#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace zs {

/// A collector answer kept for offline use, with the ETag to revalidate it.
struct CachedResponse
{
    QByteArray etag;
    QByteArray body;
    QDateTime fetched; ///< when the collector last sent or confirmed it (invalid: not known)
};

/// The device's own panel membership: only the secret that lets it export or erase it.
struct DeviceMembership
{
    QString panel;
    QString secret;
    QString joined; ///< as the collector answered the join: a year (a month before issue 9)
};

/// Local state for the regional part of the app: cached panels/actions/ideas, the anonymous
/// per-target keys behind reactions and supports, and panel memberships.
class RegionStore
{
public:
    explicit RegionStore(Database &db);

    std::optional<CachedResponse> cached(const QString &key);
    [[nodiscard]] bool cache(const QString &key, const QByteArray &etag, const QByteArray &body,
        const QDateTime &fetched = QDateTime::currentDateTimeUtc());
    /// The collector confirmed the saved answer (304): it is as fresh as now.
    [[nodiscard]] bool touch(
        const QString &key, const QDateTime &fetched = QDateTime::currentDateTimeUtc());

    /// The random key this device uses for one action or idea, made on first use.
    QString anonymousKey(const QString &target);
    QStringList reactions(const QString &target);
    /// Every target this device reacted to, with its kinds (one query for a whole list).
    QHash<QString, QStringList> allReactions();
    [[nodiscard]] bool addReaction(const QString &target, const QString &kind);
    /// The collector refused a queued reaction for good: it is not given after all.
    [[nodiscard]] bool removeReaction(const QString &target, const QString &kind);

    QList<DeviceMembership> memberships();
    std::optional<DeviceMembership> membership(const QString &panel);
    [[nodiscard]] bool addMembership(const DeviceMembership &membership);
    [[nodiscard]] bool removeMembership(const QString &panel);

private:
    Database &m_db;
};

} // namespace zs
