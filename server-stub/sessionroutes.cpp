#include "sessionroutes.h"

#include "httputil.h"
#include "referencedata.h"
#include "sessioninfo.h"

namespace zs {

SessionRoutes::SessionRoutes(CollectorStore &store)
    : m_store(store)
    , m_regional(store.database())
{ }

QHttpServerResponse SessionRoutes::session(const QHttpServerRequest &request)
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return http::error(401, QStringLiteral("unauthorized"),
            QStringLiteral("send Authorization: Bearer <token>"));
    SessionInfo info;
    if (const auto employer = m_store.employerForToken(token)) {
        info = { QStringLiteral("employer"), employer->id, employer->region, employer->name };
    } else if (const auto region = m_regional.coordinatorRegion(token)) {
        const ReferenceItem *item = ReferenceData::find(ReferenceData::instance().regions, *region);
        info = { QStringLiteral("coordinator"), {}, *region, item ? item->label.nl : *region };
    } else {
        return http::error(
            401, QStringLiteral("unauthorized"), QStringLiteral("this token is not valid"));
    }
    return http::json(info.toJson(), 200);
}

} // namespace zs
