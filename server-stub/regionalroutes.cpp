#include "regionalroutes.h"

#include "httputil.h"
#include "referencedata.h"
#include "regionalvalidation.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zs {

namespace {

using Method = QHttpServerRequest::Method;
constexpr qsizetype kMaxBody = 256 * 1024;

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate); // days only, never a time (rule 4)
}

QString thisMonth()
{
    // A membership keeps only the month it began: no time in the member file that could be
    // matched to a submission's received day (DESIGN §5 rule 7).
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QHttpServerResponse refuse(const ProtocolError &e)
{
    return http::error(e.status, e.code, e.message, e.field);
}

QHttpServerResponse unknownRegion(const QString &region)
{
    return http::error(404, QStringLiteral("unknown_region"),
        QStringLiteral("no region '%1'").arg(region), QStringLiteral("region"));
}

bool knownRegion(const QString &region)
{
    return ReferenceData::contains(ReferenceData::instance().regions, region);
}

QStringList regionsOf(const QJsonObject &panel)
{
    QStringList list;
    for (const QJsonValue &r : panel.value(QLatin1String("regions")).toArray())
        list.append(r.toString());
    return list;
}

/// The small body of a reaction or support ({"kind"?, "key"}), parsed and checked.
std::optional<QJsonObject> keyedBody(const QHttpServerRequest &request, const QStringList &kinds,
    std::optional<QHttpServerResponse> *refusal)
{
    auto body = http::jsonBody(request, 4096, refusal);
    if (!body)
        return std::nullopt;
    if (const auto e = regional::validateKeyed(*body, kinds)) {
        refusal->emplace(refuse(*e));
        return std::nullopt;
    }
    return body;
}

} // namespace

RegionalRoutes::RegionalRoutes(CollectorStore &store, MemberStore &members, SurveyCatalog &catalog)
    : m_store(store)
    , m_regional(store.database())
    , m_members(members)
    , m_catalog(catalog)
{
    m_panels
        = readJson(QStringLiteral(":/data/panels.json")).value(QLatin1String("panels")).toArray();
}

bool RegionalRoutes::load(QString *error)
{
    const QDir dir(QStringLiteral(":/data/actions"));
    for (const QString &name :
        dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QJsonArray actions
            = readJson(dir.filePath(name)).value(QLatin1String("actions")).toArray();
        for (const QJsonValue &a : actions) {
            if (const auto e
                = regional::validateAction(a.toObject(), a[QLatin1String("region")].toString())) {
                *error = QStringLiteral("example action in %1 is invalid: %2: %3")
                             .arg(name, e->field, e->message);
                return false;
            }
        }
        if (!m_regional.seedActions(actions, today())) {
            *error = m_regional.errorString();
            return false;
        }
    }
    for (const auto &[panelId, json] : m_regional.rounds()) {
        QString problem;
        auto def = SurveyDefinition::parse(json, &problem);
        if (!def) {
            *error = QStringLiteral("stored panel round is invalid: ") + problem;
            return false;
        }
        def->servedRegions = regionsOf(panel(panelId));
        if (!m_catalog.add(*def, &problem)) {
            *error = problem;
            return false;
        }
    }
    return true;
}

bool RegionalRoutes::knows(const QString &path)
{
    static const QRegularExpression known(QStringLiteral(
        "^/v1/(regions/[^/]+/(panels|actions|ideas)|panels/[^/]+/(members(/[^/]+)?|stats|rounds)"
        "|actions/[^/]+/reactions|ideas/[^/]+/support)$"));
    return known.match(path).hasMatch();
}

QJsonObject RegionalRoutes::panel(const QString &id) const
{
    for (const QJsonValue &p : m_panels) {
        if (p[QLatin1String("id")].toString() == id)
            return p.toObject();
    }
    return {};
}

std::optional<QHttpServerResponse> RegionalRoutes::requireCoordinator(
    const QHttpServerRequest &request, const QStringList &regions)
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return http::error(401, QStringLiteral("unauthorized"),
            QStringLiteral("send Authorization: Bearer <token>"));
    const auto region = m_regional.coordinatorRegion(token);
    if (!region)
        return http::error(
            401, QStringLiteral("unauthorized"), QStringLiteral("this is not a coordinator token"));
    if (!regions.contains(*region))
        return http::error(403, QStringLiteral("forbidden"),
            QStringLiteral("a coordinator acts only on its own region"));
    return std::nullopt;
}

void RegionalRoutes::addTo(QHttpServer &server)
{
    server.route(QStringLiteral("/v1/regions/<arg>/panels"), Method::Get,
        [this](const QString &region, const QHttpServerRequest &r) { return panels(region, r); });
    server.route(QStringLiteral("/v1/panels/<arg>/members"), Method::Post,
        [this](const QString &p, const QHttpServerRequest &r) { return join(p, r); });
    server.route(QStringLiteral("/v1/panels/<arg>/members/<arg>"), Method::Get,
        [this](const QString &p, const QString &secret) { return member(p, secret, false); });
    server.route(QStringLiteral("/v1/panels/<arg>/members/<arg>"), Method::Delete,
        [this](const QString &p, const QString &secret) { return member(p, secret, true); });
    server.route(QStringLiteral("/v1/panels/<arg>/stats"), Method::Get,
        [this](const QString &p, const QHttpServerRequest &r) { return stats(p, r); });
    server.route(QStringLiteral("/v1/panels/<arg>/rounds"), Method::Post,
        [this](const QString &p, const QHttpServerRequest &r) { return publishRound(p, r); });
    server.route(QStringLiteral("/v1/regions/<arg>/actions"), Method::Get,
        [this](const QString &region, const QHttpServerRequest &r) { return actions(region, r); });
    server.route(QStringLiteral("/v1/regions/<arg>/actions"), Method::Post,
        [this](const QString &region, const QHttpServerRequest &r) {
            return publishAction(region, r);
        });
    server.route(QStringLiteral("/v1/actions/<arg>/reactions"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &r) { return react(id, r); });
    server.route(QStringLiteral("/v1/regions/<arg>/ideas"), Method::Get,
        [this](const QString &region, const QHttpServerRequest &r) { return ideas(region, r); });
    server.route(QStringLiteral("/v1/regions/<arg>/ideas"), Method::Post,
        [this](const QString &region, const QHttpServerRequest &r) { return sendIdea(region, r); });
    server.route(QStringLiteral("/v1/ideas/<arg>/support"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &r) { return support(id, r); });
}

QHttpServerResponse RegionalRoutes::panels(const QString &region, const QHttpServerRequest &request)
{
    if (!knownRegion(region))
        return unknownRegion(region);
    QJsonArray list;
    for (const QJsonValue &p : std::as_const(m_panels)) {
        if (regionsOf(p.toObject()).contains(region))
            list.append(p);
    }
    return http::withEtag(request,
        QJsonDocument(QJsonObject { { QStringLiteral("region"), region },
                          { QStringLiteral("panels"), list } })
            .toJson(QJsonDocument::Compact));
}

QHttpServerResponse RegionalRoutes::join(const QString &panelId, const QHttpServerRequest &request)
{
    const QJsonObject p = panel(panelId);
    if (p.isEmpty())
        return http::error(
            404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panelId));
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, kMaxBody, &refusal);
    if (!body)
        return std::move(*refusal);
    if (const auto e = regional::validateJoin(*body, p))
        return refuse(*e);
    const Member m { panelId, body->value(QLatin1String("name")).toString().trimmed(),
        body->value(QLatin1String("email")).toString(),
        body->value(QLatin1String("phone")).toString(),
        body->value(QLatin1String("occupation")).toString(),
        body->value(QLatin1String("ageBand")).toString(),
        body->value(QLatin1String("consentVersion")).toInt(), thisMonth() };
    const auto secret = m_members.add(m);
    if (!secret)
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not store the membership; try again"));
    return http::json({ { QStringLiteral("panel"), panelId }, { QStringLiteral("secret"), *secret },
                          { QStringLiteral("joined"), m.joined } },
        201);
}

QHttpServerResponse RegionalRoutes::member(
    const QString &panelId, const QString &secret, bool erase)
{
    if (panel(panelId).isEmpty())
        return http::error(
            404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panelId));
    if (erase) {
        if (!m_members.erase(panelId, secret))
            return http::error(
                404, QStringLiteral("unknown_member"), QStringLiteral("no such membership"));
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
    }
    const auto m = m_members.find(panelId, secret);
    if (!m)
        return http::error(
            404, QStringLiteral("unknown_member"), QStringLiteral("no such membership"));
    return http::json(m->toJson(), 200);
}

QHttpServerResponse RegionalRoutes::stats(const QString &panelId, const QHttpServerRequest &request)
{
    const QJsonObject p = panel(panelId);
    if (p.isEmpty())
        return http::error(
            404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panelId));
    if (auto refusal = requireCoordinator(request, regionsOf(p)))
        return std::move(*refusal);
    return http::json({ { QStringLiteral("panel"), panelId },
                          { QStringLiteral("members"), m_members.count(panelId) } },
        200);
}

QHttpServerResponse RegionalRoutes::publishRound(
    const QString &panelId, const QHttpServerRequest &request)
{
    const QJsonObject p = panel(panelId);
    if (p.isEmpty())
        return http::error(
            404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panelId));
    if (auto refusal = requireCoordinator(request, regionsOf(p)))
        return std::move(*refusal);
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, kMaxBody, &refusal);
    if (!body)
        return std::move(*refusal);
    QString problem;
    auto def = SurveyDefinition::parse(*body, &problem);
    if (!def) {
        const QString field = problem.section(QLatin1Char(':'), 0, 0);
        return http::error(422, QStringLiteral("invalid_definition"), problem, field);
    }
    if (const auto e = regional::validateRound(*def, panelId, regionsOf(p), m_catalog))
        return refuse(*e);
    if (m_catalog.find(def->id, def->version))
        return http::error(409, QStringLiteral("version_exists"),
            QStringLiteral("survey '%1' version %2 exists already").arg(def->id).arg(def->version),
            QStringLiteral("version"));
    if (!m_regional.addRound(panelId, *body, today()))
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not store the round; try again"));
    def->servedRegions = regionsOf(p);
    if (!m_catalog.add(*def, &problem))
        return http::error(
            409, QStringLiteral("version_exists"), problem, QStringLiteral("version"));
    return http::json(
        { { QStringLiteral("surveyId"), def->id }, { QStringLiteral("version"), def->version } },
        201);
}

QHttpServerResponse RegionalRoutes::actions(
    const QString &region, const QHttpServerRequest &request)
{
    if (!knownRegion(region))
        return unknownRegion(region);
    return http::withEtag(request,
        QJsonDocument(QJsonObject { { QStringLiteral("region"), region },
                          { QStringLiteral("actions"), m_regional.actions(region) } })
            .toJson(QJsonDocument::Compact));
}

QHttpServerResponse RegionalRoutes::publishAction(
    const QString &region, const QHttpServerRequest &request)
{
    if (!knownRegion(region))
        return unknownRegion(region);
    if (auto refusal = requireCoordinator(request, { region }))
        return std::move(*refusal);
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, kMaxBody, &refusal);
    if (!body)
        return std::move(*refusal);
    if (const auto e = regional::validateAction(*body, region))
        return refuse(*e);
    const QString id = body->value(QLatin1String("id")).toString();
    if (const auto existing = m_regional.action(id);
        existing && existing->value(QLatin1String("region")).toString() != region)
        return http::error(403, QStringLiteral("forbidden"),
            QStringLiteral("this action belongs to another region"), QStringLiteral("id"));
    bool created = false;
    if (!m_regional.upsertAction(*body, today(), &created))
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not store the action; try again"));
    return http::json(*m_regional.action(id), created ? 201 : 200);
}

QHttpServerResponse RegionalRoutes::react(
    const QString &actionId, const QHttpServerRequest &request)
{
    if (!m_regional.action(actionId))
        return http::error(
            404, QStringLiteral("unknown_action"), QStringLiteral("no action '%1'").arg(actionId));
    std::optional<QHttpServerResponse> refusal;
    const auto body
        = keyedBody(request, { QStringLiteral("useful"), QStringLiteral("help") }, &refusal);
    if (!body)
        return std::move(*refusal);
    bool added = false;
    if (!m_regional.react(actionId, body->value(QLatin1String("kind")).toString(),
            body->value(QLatin1String("key")).toString(), &added))
        return http::error(
            503, QStringLiteral("store_failed"), QStringLiteral("could not count it; try again"));
    return http::json({ { QStringLiteral("reactions"), m_regional.reactionCounts(actionId) } },
        added ? 201 : 200);
}

QHttpServerResponse RegionalRoutes::sendIdea(
    const QString &region, const QHttpServerRequest &request)
{
    if (!knownRegion(region))
        return unknownRegion(region);
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, kMaxBody, &refusal);
    if (!body)
        return std::move(*refusal);
    if (const auto e = regional::validateIdea(*body))
        return refuse(*e);
    const auto id = m_regional.addIdea(region, *body, today());
    if (!id)
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not store the idea; try again"));
    return http::json({ { QStringLiteral("id"), *id } }, 201);
}

QHttpServerResponse RegionalRoutes::ideas(const QString &region, const QHttpServerRequest &request)
{
    if (!knownRegion(region))
        return unknownRegion(region);
    bool coordinator = false;
    if (!http::bearerToken(request).isEmpty()) {
        if (auto refusal = requireCoordinator(request, { region }))
            return std::move(*refusal);
        coordinator = true;
    }
    return http::json({ { QStringLiteral("region"), region },
                          { QStringLiteral("ideas"), m_regional.ideas(region, coordinator) } },
        200);
}

QHttpServerResponse RegionalRoutes::support(
    const QString &ideaId, const QHttpServerRequest &request)
{
    if (!m_regional.ideaRegion(ideaId))
        return http::error(
            404, QStringLiteral("unknown_idea"), QStringLiteral("no idea '%1'").arg(ideaId));
    std::optional<QHttpServerResponse> refusal;
    const auto body = keyedBody(request, {}, &refusal);
    if (!body)
        return std::move(*refusal);
    bool added = false;
    if (!m_regional.support(ideaId, body->value(QLatin1String("key")).toString(), &added))
        return http::error(
            503, QStringLiteral("store_failed"), QStringLiteral("could not count it; try again"));
    return http::json(
        { { QStringLiteral("supports"), m_regional.supports(ideaId) } }, added ? 201 : 200);
}

} // namespace zs
