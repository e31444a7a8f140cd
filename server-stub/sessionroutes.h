#pragma once

#include "collectorstore.h"
#include "regionalstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace zs {

/// GET /v1/session: whom a bearer token belongs to (an employer or a region's coordinator), so a
/// dashboard can sign in with the token alone (issue 10). A wrong token is 401 and counts as a
/// failed authentication like on every token route (CollectorServer::run).
class SessionRoutes
{
public:
    explicit SessionRoutes(CollectorStore &store);

    QHttpServerResponse session(const QHttpServerRequest &request);

private:
    CollectorStore &m_store;
    RegionalStore m_regional;
};

} // namespace zs
