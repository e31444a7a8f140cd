#include "regionalroutes.h"

#include "action.h"
#include "httputil.h"
#include "idea.h"
#include "joinrequest.h"
#include "keyedreaction.h"
#include "membership.h"
#include "panelround.h"
#include "referencedata.h"
#include "wirelimits.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace zs {

namespace {

constexpr qsizetype kMaxBody = protocol::limits::kMaxRegionalBodyBytes;

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate); // days only, never a time (rule 4)
}

QString thisYear()
{
    // A membership keeps only the year it began: no time in the member file that equals a
    // submission's period or received day (DESIGN §5 rule 7).
    return QString::number(QDate::currentDate().year());
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

QHttpServerResponse unknownPanel(const QString &panel)
{
    return http::error(
        404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panel));
}

/// Reads a request body as the wire object T (fromJson, then validate with args); on failure
/// *refusal is set.
template<typename T, typename... Args>
std::optional<T> readBody(const QHttpServerRequest &request, qsizetype maxBytes,
    std::optional<QHttpServerResponse> *refusal, const Args &...args)
{
    const auto body = http::jsonBody(request, maxBytes, refusal);
    if (!body)
        return std::nullopt;
    ProtocolError e;
    auto object = T::fromJson(*body, &e);
    if (!object) {
        refusal->emplace(refuse(e));
        return std::nullopt;
    }
    if (const auto invalid = object->validate(args...)) {
        refusal->emplace(refuse(*invalid));
        return std::nullopt;
    }
    return object;
}

/// The small body of a reaction or support ({"kind"?, "key"}), parsed and checked.
std::optional<KeyedReaction> keyedBody(const QHttpServerRequest &request, const QStringList &kinds,
    std::optional<QHttpServerResponse> *refusal)
{
    return readBody<KeyedReaction>(request, protocol::limits::kMaxKeyedBodyBytes, refusal, kinds);
}

} // namespace

RegionalRoutes::RegionalRoutes(CollectorStore &store, MemberStore &members, SurveyCatalog &catalog)
    : m_store(store)
    , m_regional(store.database())
    , m_members(members)
    , m_catalog(catalog)
{
    const QJsonArray panels
        = readJson(QStringLiteral(":/data/panels.json")).value(QLatin1String("panels")).toArray();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        ProtocolError e;
        const auto p = Panel::fromJson(panels.at(i), &e);
        if (const auto invalid = p ? p->validate() : std::optional(e)) {
            // Reported by load(), which can fail the start.
            m_panelsProblem = QStringLiteral("panel %1 in data/panels.json is invalid: %2: %3")
                                  .arg(i)
                                  .arg(invalid->field, invalid->message);
            break;
        }
        m_panels.append(*p);
    }
}

bool RegionalRoutes::load(QString *error)
{
    if (!m_panelsProblem.isEmpty()) {
        *error = m_panelsProblem;
        return false;
    }
    const QDir dir(QStringLiteral(":/data/actions"));
    for (const QString &name :
        dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QJsonArray actions
            = readJson(dir.filePath(name)).value(QLatin1String("actions")).toArray();
        for (const QJsonValue &a : actions) {
            ProtocolError e;
            const auto action = Action::fromJson(a, &e);
            if (const auto invalid = action ? action->validate(action->region) : std::optional(e)) {
                *error = QStringLiteral("example action in %1 is invalid: %2: %3")
                             .arg(name, invalid->field, invalid->message);
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
        const Panel *p = panel(panelId);
        def->servedRegions = p ? p->regions : QStringList();
        if (!m_catalog.add(*def, &problem)) {
            *error = problem;
            return false;
        }
    }
    return true;
}

const Panel *RegionalRoutes::panel(const QString &id) const
{
    for (const Panel &p : m_panels) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
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

QHttpServerResponse RegionalRoutes::panels(const QString &region, const QHttpServerRequest &request)
{
    if (!knownRegion(region))
        return unknownRegion(region);
    QJsonArray list;
    for (const Panel &p : std::as_const(m_panels)) {
        if (p.regions.contains(region))
            list.append(p.toJson());
    }
    return http::withEtag(request,
        QJsonDocument(QJsonObject { { QStringLiteral("region"), region },
                          { QStringLiteral("panels"), list } })
            .toJson(QJsonDocument::Compact));
}

QHttpServerResponse RegionalRoutes::join(const QString &panelId, const QHttpServerRequest &request)
{
    const Panel *p = panel(panelId);
    if (!p)
        return unknownPanel(panelId);
    std::optional<QHttpServerResponse> refusal;
    const auto joinRequest = readBody<JoinRequest>(request, kMaxBody, &refusal, *p);
    if (!joinRequest)
        return std::move(*refusal);
    // The age band was needed only for the panel's age rule: it is not stored, nor logged.
    const Member m { panelId, joinRequest->name.trimmed(), joinRequest->email.value_or(QString()),
        joinRequest->phone.value_or(QString()), joinRequest->consentVersion, thisYear(),
        joinRequest->meetsAgeRule(*p) };
    // A repeat of a join the app sent before (its answer was lost): the same membership again.
    const QString given = joinRequest->requestId
        ? JoinRequest::secretFor(panelId, *joinRequest->requestId)
        : QString();
    if (!given.isEmpty()) {
        if (const auto existing = m_members.find(panelId, given))
            return http::json(
                { { QStringLiteral("panel"), panelId }, { QStringLiteral("secret"), given },
                    { QStringLiteral("joined"), existing->joined } },
                200);
    }
    const auto secret = m_members.add(m, given);
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
    if (!panel(panelId))
        return unknownPanel(panelId);
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
    const auto optionalText = [](const QString &text) {
        return text.isEmpty() ? std::nullopt : std::optional(text);
    };
    const Membership membership { m->panel, m->name, optionalText(m->email), optionalText(m->phone),
        m->consentVersion, m->joined, m->ageRuleMet };
    return http::json(membership.toJson(), 200);
}

QHttpServerResponse RegionalRoutes::stats(const QString &panelId, const QHttpServerRequest &request)
{
    const Panel *p = panel(panelId);
    if (!p)
        return unknownPanel(panelId);
    if (auto refusal = requireCoordinator(request, p->regions))
        return std::move(*refusal);
    return http::json({ { QStringLiteral("panel"), panelId },
                          { QStringLiteral("members"), m_members.count(panelId) } },
        200);
}

QHttpServerResponse RegionalRoutes::publishRound(
    const QString &panelId, const QHttpServerRequest &request)
{
    const Panel *p = panel(panelId);
    if (!p)
        return unknownPanel(panelId);
    if (auto refusal = requireCoordinator(request, p->regions))
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
    if (const auto e = regional::validateRound(*def, panelId, p->regions, m_catalog))
        return refuse(*e);
    if (!m_regional.addRound(panelId, *body, today()))
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not store the round; try again"));
    def->servedRegions = p->regions;
    if (!m_catalog.add(*def, &problem))
        return http::error(
            409, QStringLiteral("version_exists"), problem, QStringLiteral("version"));
    m_store.audit().record(request, AuditLog::kRoundPublished, def->id);
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
    const auto action = readBody<Action>(request, kMaxBody, &refusal, region);
    if (!action)
        return std::move(*refusal);
    const QString id = action->id;
    if (const auto existing = m_regional.action(id);
        existing && existing->value(QLatin1String("region")).toString() != region)
        return http::error(403, QStringLiteral("forbidden"),
            QStringLiteral("this action belongs to another region"), QStringLiteral("id"));
    bool created = false;
    if (!m_regional.upsertAction(action->toJson(), today(), &created))
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not store the action; try again"));
    const auto stored = m_regional.action(id);
    if (!stored)
        return http::error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be read or written now; try again later"));
    m_store.audit().record(request, AuditLog::kActionPublished, id);
    return http::json(*stored, created ? 201 : 200);
}

QHttpServerResponse RegionalRoutes::react(
    const QString &actionId, const QHttpServerRequest &request)
{
    if (!m_regional.action(actionId))
        return http::error(
            404, QStringLiteral("unknown_action"), QStringLiteral("no action '%1'").arg(actionId));
    std::optional<QHttpServerResponse> refusal;
    const auto reaction = keyedBody(request, KeyedReaction::reactionKinds(), &refusal);
    if (!reaction)
        return std::move(*refusal);
    bool added = false;
    if (!m_regional.react(actionId, reaction->kind.value_or(QString()), reaction->key, &added))
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
    const auto idea = readBody<Idea>(request, kMaxBody, &refusal);
    if (!idea)
        return std::move(*refusal);
    // A repeat of an idea the app sent before (its answer was lost) is the same idea.
    const QString given = idea->requestId ? Idea::idFor(*idea->requestId) : QString();
    if (!given.isEmpty() && m_regional.ideaRegion(given, true))
        return http::json({ { QStringLiteral("id"), given } }, 200);
    const auto id = m_regional.addIdea(region, idea->toJson(), today(), given);
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
    // Paged (issue 7): ?limit= (default and maximum in wirelimits.h) and ?after=<the "next" of
    // the previous page>; the answer names the next page's cursor while there is one.
    const QUrlQuery query = request.query();
    int limit = protocol::limits::kIdeaPageDefault;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > protocol::limits::kIdeaPageMax)
            return http::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("limit must be 1 to %1").arg(protocol::limits::kIdeaPageMax),
                QStringLiteral("limit"));
    }
    const RegionalStore::IdeaPage page = m_regional.ideas(
        region, coordinator, limit, query.queryItemValue(QStringLiteral("after")));
    if (page.result == RegionalStore::IdeaPage::Result::UnknownCursor)
        return http::error(400, QStringLiteral("invalid_parameter"),
            QStringLiteral("after must be the next cursor of a page of this list"),
            QStringLiteral("after"));
    if (page.result == RegionalStore::IdeaPage::Result::Failed)
        return http::error(503, QStringLiteral("store_failed"),
            QStringLiteral("could not read the ideas; try again"));
    QJsonObject body { { QStringLiteral("region"), region },
        { QStringLiteral("ideas"), page.ideas }, { QStringLiteral("limit"), limit } };
    if (!page.next.isEmpty())
        body.insert(QStringLiteral("next"), page.next);
    return http::withEtag(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse RegionalRoutes::support(
    const QString &ideaId, const QHttpServerRequest &request)
{
    if (!m_regional.ideaRegion(ideaId))
        return http::error(
            404, QStringLiteral("unknown_idea"), QStringLiteral("no idea '%1'").arg(ideaId));
    std::optional<QHttpServerResponse> refusal;
    const auto supportBody = keyedBody(request, {}, &refusal);
    if (!supportBody)
        return std::move(*refusal);
    bool added = false;
    if (!m_regional.support(ideaId, supportBody->key, &added))
        return http::error(
            503, QStringLiteral("store_failed"), QStringLiteral("could not count it; try again"));
    return http::json(
        { { QStringLiteral("supports"), m_regional.supports(ideaId) } }, added ? 201 : 200);
}

} // namespace zs
