#pragma once

#include "database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace zs {

/// A coordinator as the operator lists it: id, region and whether the token is active.
struct CoordinatorAccount
{
    qint64 id = 0;
    QString region;
    bool active = true;
};

/// The regional part of the collector's main database: coordinators (tokens as hashes),
/// actions with anonymous reaction counts, ideas with anonymous supports, and panel rounds.
class RegionalStore
{
public:
    explicit RegionalStore(Database &db);

    /// Registers a coordinator for a region and returns the token (shown once, stored hashed).
    /// *id (when given) is set to the new coordinator's id.
    std::optional<QString> addCoordinator(const QString &region, qint64 *id = nullptr);
    /// Every coordinator by id, with whether its token is active (never the token).
    QList<CoordinatorAccount> coordinators();
    /// A new token for coordinator id (the old one stops at once); nullopt when there is none.
    std::optional<QString> rotateCoordinatorToken(qint64 id);
    /// Coordinator id's token stops at once.
    bool revokeCoordinator(qint64 id);
    /// The region this token coordinates, if it is a coordinator token.
    std::optional<QString> coordinatorRegion(const QString &token);

    /// Inserts example actions whose id is not stored yet.
    bool seedActions(const QJsonArray &actions, const QString &day);
    /// The region's actions, each with "updated" and "reactions" counts.
    QJsonArray actions(const QString &region);
    std::optional<QJsonObject> action(const QString &id);
    /// Creates or replaces an action; *created tells which.
    bool upsertAction(const QJsonObject &action, const QString &day, bool *created);
    /// Removes an action and its reactions in one transaction (an example stays removed: it is
    /// not seeded again); false on a store fault.
    bool removeAction(const QString &id);
    /// Counts a reaction once per action, kind and device key; *added is false for a repeat.
    bool react(const QString &actionId, const QString &kind, const QString &key, bool *added);
    QJsonObject reactionCounts(const QString &actionId);

    /// Stores an idea under a random id, or under id (Idea::idFor of its request id).
    std::optional<QString> addIdea(
        const QString &region, const QJsonObject &idea, const QString &day, const QString &id = {});
    /// One page of a region's ideas, newest first (issue 7: a list is never unbounded).
    struct IdeaPage
    {
        enum class Result { Ok, UnknownCursor, Failed };
        Result result = Result::Failed;
        QJsonArray ideas;
        QString next; ///< the cursor of the next page (the last idea's id); empty on the last
    };
    /// The region's ideas with support counts after the idea `after` (empty: from the newest),
    /// at most limit; names and offers to help only when withPrivate.
    IdeaPage ideas(const QString &region, bool withPrivate, int limit, const QString &after = {});
    /// The region of an idea; a hidden one is unknown unless withHidden.
    std::optional<QString> ideaRegion(const QString &id, bool withHidden = false);
    /// Hides an idea from every list; *hidden is false when it was hidden already.
    bool hideIdea(const QString &id, bool *hidden);
    bool support(const QString &ideaId, const QString &key, bool *added);
    int supports(const QString &ideaId);

    bool addRound(const QString &panel, const QJsonObject &definition, const QString &day);
    /// Every published round as (panel, definition).
    QList<std::pair<QString, QJsonObject>> rounds();

    QString errorString() const { return m_db.errorString(); }

private:
    Database &m_db;
};

} // namespace zs
