#pragma once

#include "collectorstore.h"
#include "memberstore.h"
#include "regionalroutes.h"
#include "regionalstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace zs {

/// What a region's coordinator does besides publishing (issue 10): remove an action, hide an
/// idea, export a panel's contact list for invitations, and read the region's audit log. Each
/// change is written to the audit log.
class CoordinatorRoutes
{
public:
    CoordinatorRoutes(CollectorStore &store, MemberStore &members, RegionalRoutes &regional);

    // The handlers; CollectorServer::routes() says which method and path reach each.
    QHttpServerResponse removeAction(const QString &actionId, const QHttpServerRequest &request);
    QHttpServerResponse hideIdea(const QString &ideaId, const QHttpServerRequest &request);
    QHttpServerResponse members(const QString &panelId, const QHttpServerRequest &request);
    QHttpServerResponse audit(const QString &region, const QHttpServerRequest &request);

    /// The CSV of a panel's contact list: a UTF-8 byte-order mark, a "sep=," line, a header
    /// row, then one row per member (cells made safe for a spreadsheet, as in a report's CSV).
    static QByteArray membersCsv(const QString &panelId, const QList<Member> &members);

private:
    CollectorStore &m_store;
    MemberStore &m_members;
    RegionalRoutes &m_regional;
    RegionalStore m_regionalStore;
};

} // namespace zs
