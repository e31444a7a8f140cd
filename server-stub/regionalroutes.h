#pragma once

#include "collectorstore.h"
#include "memberstore.h"
#include "panel.h"
#include "regionalstore.h"
#include "surveycatalog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>

namespace zs {

/// The collector's regional API (issue 3, docs/protocol.md): panels and membership, panel
/// rounds, regional actions with anonymous reactions, and ideas with anonymous supports.
class RegionalRoutes
{
public:
    RegionalRoutes(CollectorStore &store, MemberStore &members, SurveyCatalog &catalog);

    /// Checks the panels, seeds the example actions and loads the published panel rounds into
    /// the catalog.
    bool load(QString *error);

    // The handlers; CollectorServer::routes() says which method and path reach each.
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

    /// The panel, or nullptr when unknown.
    const Panel *panel(const QString &id) const;

    /// nullopt when the request carries a coordinator token for one of these regions; else the
    /// refusal.
    std::optional<QHttpServerResponse> requireCoordinator(
        const QHttpServerRequest &request, const QStringList &regions);

private:
    CollectorStore &m_store;
    RegionalStore m_regional;
    MemberStore &m_members;
    SurveyCatalog &m_catalog;
    QList<Panel> m_panels;
    QString m_panelsProblem; ///< why data/panels.json is not valid; empty when it is
};

} // namespace zs
