#pragma once

#include "collectorstore.h"
#include "memberstore.h"
#include "regionalstore.h"
#include "surveycatalog.h"

#include <QHttpServer>
#include <QJsonArray>

namespace zs {

/// The collector's regional API (issue 3, docs/protocol.md): panels and membership, panel
/// rounds, regional actions with anonymous reactions, and ideas with anonymous supports.
class RegionalRoutes
{
public:
    RegionalRoutes(CollectorStore &store, MemberStore &members, SurveyCatalog &catalog);

    /// Adds the routes to the server.
    void addTo(QHttpServer &server);
    /// Seeds the example actions and loads the published panel rounds into the catalog.
    bool load(QString *error);
    /// True for paths this part serves (so a wrong method gives 405, not 404).
    static bool knows(const QString &path);

private:
    QHttpServerResponse panels(const QString &region, const QHttpServerRequest &request);
    QHttpServerResponse join(const QString &panel, const QHttpServerRequest &request);
    QHttpServerResponse member(const QString &panel, const QString &secret, bool erase);
    QHttpServerResponse stats(const QString &panel, const QHttpServerRequest &request);
    QHttpServerResponse publishRound(const QString &panel, const QHttpServerRequest &request);
    QHttpServerResponse actions(const QString &region, const QHttpServerRequest &request);
    QHttpServerResponse publishAction(const QString &region, const QHttpServerRequest &request);
    QHttpServerResponse react(const QString &actionId, const QHttpServerRequest &request);
    QHttpServerResponse sendIdea(const QString &region, const QHttpServerRequest &request);
    QHttpServerResponse ideas(const QString &region, const QHttpServerRequest &request);
    QHttpServerResponse support(const QString &ideaId, const QHttpServerRequest &request);

    /// The panel's JSON, or an empty object when unknown.
    QJsonObject panel(const QString &id) const;
    /// nullopt when the request carries a coordinator token for one of these regions; else the
    /// refusal.
    std::optional<QHttpServerResponse> requireCoordinator(
        const QHttpServerRequest &request, const QStringList &regions);

    CollectorStore &m_store;
    RegionalStore m_regional;
    MemberStore &m_members;
    SurveyCatalog &m_catalog;
    QJsonArray m_panels;
};

} // namespace zs
