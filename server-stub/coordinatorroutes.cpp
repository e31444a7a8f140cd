#include "coordinatorroutes.h"

#include "httputil.h"
#include "referencedata.h"
#include "reportroutes.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace zs {

namespace {

using http::error;

constexpr int kAuditPageDefault = 100;
constexpr int kAuditPageMax = 500;

QString csvCell(const QString &text)
{
    QString cell = ReportRoutes::csvSafe(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return cell;
}

/// A personal list: no cache keeps a copy of it.
QHttpServerResponse personal(QHttpServerResponse response)
{
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QJsonObject entryJson(const AuditEntry &e)
{
    QJsonObject o { { QStringLiteral("day"), e.day }, { QStringLiteral("actorKind"), e.actorKind },
        { QStringLiteral("actor"), e.actor }, { QStringLiteral("action"), e.action },
        { QStringLiteral("subject"), e.subject } };
    if (e.count)
        o.insert(QStringLiteral("count"), *e.count);
    return o;
}

} // namespace

CoordinatorRoutes::CoordinatorRoutes(
    CollectorStore &store, MemberStore &members, RegionalRoutes &regional)
    : m_store(store)
    , m_members(members)
    , m_regional(regional)
    , m_regionalStore(store.database())
{ }

QHttpServerResponse CoordinatorRoutes::removeAction(
    const QString &actionId, const QHttpServerRequest &request)
{
    const auto action = m_regionalStore.action(actionId);
    if (!action)
        return error(
            404, QStringLiteral("unknown_action"), QStringLiteral("no action '%1'").arg(actionId));
    if (auto refusal = m_regional.requireCoordinator(
            request, { action->value(QLatin1String("region")).toString() }))
        return std::move(*refusal);
    if (!m_regionalStore.removeAction(actionId))
        return error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not remove the action; try again"));
    m_store.audit().record(request, AuditLog::kActionRemoved, actionId);
    return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
}

QHttpServerResponse CoordinatorRoutes::hideIdea(
    const QString &ideaId, const QHttpServerRequest &request)
{
    // A hidden idea stays known to the hide route (a retry answers the same), to no other.
    const auto region = m_regionalStore.ideaRegion(ideaId, true);
    if (!region)
        return error(
            404, QStringLiteral("unknown_idea"), QStringLiteral("no idea '%1'").arg(ideaId));
    if (auto refusal = m_regional.requireCoordinator(request, { *region }))
        return std::move(*refusal);
    bool hidden = false;
    if (!m_regionalStore.hideIdea(ideaId, &hidden))
        return error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not hide the idea; try again"));
    if (hidden)
        m_store.audit().record(request, AuditLog::kIdeaHidden, ideaId);
    return http::json(
        { { QStringLiteral("id"), ideaId }, { QStringLiteral("hidden"), true } }, 200);
}

QHttpServerResponse CoordinatorRoutes::members(
    const QString &panelId, const QHttpServerRequest &request)
{
    const Panel *panel = m_regional.panel(panelId);
    if (!panel)
        return error(
            404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panelId));
    if (auto refusal = m_regional.requireCoordinator(request, panel->regions))
        return std::move(*refusal);
    const auto list = m_members.contacts(panelId);
    if (!list)
        return error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be read now; try again later"));
    // Logged before the list leaves: when the log cannot be written the request fails (503).
    m_store.audit().record(request, AuditLog::kMembersExported, panelId, int(list->size()));
    if (http::header(request, "Accept").contains("text/csv"))
        return personal(QHttpServerResponse(QByteArrayLiteral("text/csv; charset=utf-8"),
            membersCsv(panelId, *list), QHttpServerResponder::StatusCode::Ok));
    QJsonArray rows;
    for (const Member &m : *list) {
        QJsonObject row { { QStringLiteral("name"), m.name },
            { QStringLiteral("joined"), m.joined } };
        if (!m.email.isEmpty())
            row.insert(QStringLiteral("email"), m.email);
        if (!m.phone.isEmpty())
            row.insert(QStringLiteral("phone"), m.phone);
        rows.append(row);
    }
    return personal(http::json(
        { { QStringLiteral("panel"), panelId }, { QStringLiteral("members"), rows } }, 200));
}

QByteArray CoordinatorRoutes::membersCsv(const QString &panelId, const QList<Member> &members)
{
    // The byte-order mark and "sep=," make spreadsheets in Dutch locales open it in columns.
    QString out = QStringLiteral("\uFEFFsep=,\r\npanel,name,email,phone,joined\r\n");
    for (const Member &m : members)
        out += csvCell(panelId) + QLatin1Char(',') + csvCell(m.name) + QLatin1Char(',')
            + csvCell(m.email) + QLatin1Char(',') + csvCell(m.phone) + QLatin1Char(',')
            + csvCell(m.joined) + QStringLiteral("\r\n");
    return out.toUtf8();
}

QHttpServerResponse CoordinatorRoutes::audit(
    const QString &region, const QHttpServerRequest &request)
{
    if (!ReferenceData::contains(ReferenceData::instance().regions, region))
        return error(404, QStringLiteral("unknown_region"),
            QStringLiteral("no region '%1'").arg(region), QStringLiteral("region"));
    if (auto refusal = m_regional.requireCoordinator(request, { region }))
        return std::move(*refusal);
    const QUrlQuery query = request.query();
    int limit = kAuditPageDefault;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kAuditPageMax)
            return error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("limit must be 1 to %1").arg(kAuditPageMax),
                QStringLiteral("limit"));
    }
    const auto entries = m_store.audit().entries(region, limit);
    if (!entries)
        return error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be read now; try again later"));
    QJsonArray list;
    for (const AuditEntry &e : *entries)
        list.append(entryJson(e));
    return http::json({ { QStringLiteral("region"), region }, { QStringLiteral("limit"), limit },
                          { QStringLiteral("entries"), list } },
        200);
}

} // namespace zs
