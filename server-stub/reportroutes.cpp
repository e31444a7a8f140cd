#include "reportroutes.h"

#include "collectorserver.h"
#include "httputil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace zs {

namespace {

using http::error;

QJsonObject label(const LocalizedText &text)
{
    return { { QStringLiteral("nl"), text.nl }, { QStringLiteral("en"), text.en } };
}

/// Rows of "path,value" for every number or flag under a figure, arrays keyed by the id their
/// objects carry (option, item, theme, value), labels and texts left out.
void flatten(const QJsonValue &v, const QString &path, QList<std::pair<QString, QString>> *rows)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("label") || it.key() == QLatin1String("text")
                || it.key() == QLatin1String("texts"))
                continue;
            flatten(
                it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), rows);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonObject o = a.at(i).toObject();
            QString id = QString::number(i);
            for (const char *key : { "option", "item", "theme", "value", "id" }) {
                if (o.contains(QLatin1String(key))) {
                    id = o.value(QLatin1String(key)).toVariant().toString();
                    break;
                }
            }
            flatten(a.at(i), path + QLatin1Char('.') + id, rows);
        }
    } else if (v.isDouble()) {
        rows->append({ path, QString::number(v.toDouble()) });
    } else if (v.isBool()) {
        rows->append({ path, v.toBool() ? QStringLiteral("true") : QStringLiteral("false") });
    }
}

QString csvField(const QString &text)
{
    QString cell = ReportRoutes::csvSafe(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return cell;
}

} // namespace

ReportRoutes::ReportRoutes(CollectorStore &store, const SurveyCatalog &catalog,
    RegionalRoutes &regional, const releases::Parameters &parameters)
    : m_store(store)
    , m_catalog(catalog)
    , m_regional(regional)
    , m_parameters(parameters)
{ }

std::optional<QJsonObject> ReportRoutes::scopeEntry(
    const SurveyDefinition &definition, const Scope &s, int textCap)
{
    const auto stored = m_store.releases().releases(s.key, definition.id);
    if (!stored)
        return std::nullopt;
    QJsonArray releases;
    QList<QJsonObject> figures;
    for (const StoredRelease &r : *stored) {
        QJsonObject o = r.figures;
        o.insert(QStringLiteral("seq"), r.seq);
        o.insert(QStringLiteral("months"), QJsonArray { r.firstMonth, r.lastMonth });
        if (textCap >= 0) {
            // The texts were shuffled at the cut, so the first textCap are a random sample.
            QJsonArray questions = o.value(QLatin1String("questions")).toArray();
            for (qsizetype i = 0; i < questions.size(); ++i) {
                QJsonObject q = questions.at(i).toObject();
                const QJsonArray texts = q.value(QLatin1String("texts")).toArray();
                if (texts.size() <= textCap)
                    continue;
                q.insert(QStringLiteral("textsTotal"), texts.size());
                QJsonArray kept;
                for (qsizetype t = 0; t < textCap; ++t)
                    kept.append(texts.at(t));
                q.insert(QStringLiteral("texts"), kept);
                questions.replace(i, q);
            }
            o.insert(QStringLiteral("questions"), questions);
        }
        releases.append(o);
        figures.append(r.figures);
    }
    QJsonObject entry { { QStringLiteral("scope"), s.name },
        { QStringLiteral("releases"), releases },
        { QStringLiteral("total"),
            figures.isEmpty() ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(releases::total(figures, m_parameters.k)) } };
    if (s.unverified)
        entry.insert(QStringLiteral("unverified"), true);
    return entry;
}

std::optional<QJsonObject> ReportRoutes::build(
    const SurveyDefinition &definition, const QList<Scope> &scopes)
{
    QJsonArray list;
    for (const Scope &s : scopes) {
        const auto entry = scopeEntry(definition, s, -1);
        if (!entry)
            return std::nullopt;
        list.append(*entry);
    }
    return QJsonObject { { QStringLiteral("scopes"), list } };
}

std::optional<QByteArray> ReportRoutes::scopeJson(
    const SurveyDefinition &definition, const Scope &s, int textCap)
{
    // One indexed read per request; the releases, their total and the JSON only after a cut.
    const auto newest = m_store.releases().newestSeq(s.key, definition.id);
    if (!newest)
        return std::nullopt;
    // The same stored scope is "region" in an employer's report and "verified" in a
    // coordinator's: the label is part of the entry.
    const QString key = QStringList { s.name, s.key, definition.id, QString::number(textCap),
        s.unverified ? QStringLiteral("u") : QString() }
                            .join(QLatin1Char('\n'));
    if (const CachedScope *hit = m_cache.object(key); hit && hit->seq == *newest)
        return hit->json;
    const auto entry = scopeEntry(definition, s, textCap);
    if (!entry)
        return std::nullopt;
    // The seq the entry was built from: a cut between the two reads makes it newer than
    // newest, and the next request (seeing that seq) builds it again.
    const QJsonArray releases = entry->value(QLatin1String("releases")).toArray();
    const int seq = releases.isEmpty() ? 0 : releases.last()[QLatin1String("seq")].toInt();
    auto cached = std::make_unique<CachedScope>(
        CachedScope { seq, QJsonDocument(*entry).toJson(QJsonDocument::Compact) });
    QByteArray json = cached->json;
    m_cache.insert(key, cached.release(), std::max<qsizetype>(1, json.size()));
    return json;
}

QHttpServerResponse ReportRoutes::answer(const SurveyDefinition &definition,
    const QList<Scope> &scopes, QJsonObject head, const QHttpServerRequest &request)
{
    head.insert(QStringLiteral("survey"),
        QJsonObject { { QStringLiteral("id"), definition.id },
            { QStringLiteral("kind"), definition.kind },
            { QStringLiteral("title"), label(definition.title) } });
    head.insert(QStringLiteral("k"), m_parameters.k);
    head.insert(QStringLiteral("epsilon"), m_parameters.epsilon);
    if (http::header(request, "Accept").contains("text/csv")) {
        auto report = build(definition, scopes);
        if (!report)
            return CollectorServer::storeUnavailable();
        m_store.audit().record(request, AuditLog::kReportRead, definition.id);
        head.insert(QStringLiteral("scopes"), report->value(QLatin1String("scopes")));
        return QHttpServerResponse(QByteArrayLiteral("text/csv; charset=utf-8"), toCsv(head),
            QHttpServerResponder::StatusCode::Ok);
    }
    int textCap = -1;
    const QString texts = request.query().queryItemValue(QStringLiteral("texts"));
    if (!texts.isEmpty() && texts != QLatin1String("all")) {
        bool ok = false;
        textCap = texts.toInt(&ok);
        if (!ok || textCap < 0 || textCap > kMaximumTextCap)
            return error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("texts is 'all' or a number from 0 to %1").arg(kMaximumTextCap),
                QStringLiteral("texts"));
    }
    // The head is small and serialised per request; each scope's entry comes from the cache.
    QByteArray body = QJsonDocument(head).toJson(QJsonDocument::Compact);
    body.chop(1);
    body += ",\"scopes\":[";
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const auto json = scopeJson(definition, scopes.at(i), textCap);
        if (!json)
            return CollectorServer::storeUnavailable();
        if (i > 0)
            body += ',';
        body += *json;
    }
    body += "]}";
    m_store.audit().record(request, AuditLog::kReportRead, definition.id);
    return QHttpServerResponse(
        QByteArrayLiteral("application/json"), body, QHttpServerResponder::StatusCode::Ok);
}

QHttpServerResponse ReportRoutes::report(const QString &kind, const QHttpServerRequest &request)
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return error(401, QStringLiteral("unauthorized"),
            QStringLiteral("send Authorization: Bearer <token>"));
    const QUrlQuery query = request.query();
    const QString employerId = query.queryItemValue(QStringLiteral("employer"));
    const QString region = query.queryItemValue(QStringLiteral("region"));
    if (employerId.isEmpty() == region.isEmpty())
        return error(400, QStringLiteral("missing_parameter"),
            QStringLiteral("give employer (an employer's token) or region (a coordinator's)"),
            QStringLiteral("employer"));
    const SurveyDefinition *definition = m_catalog.latest(kind);
    if (!definition)
        return error(
            404, QStringLiteral("unknown_survey"), QStringLiteral("no survey '%1'").arg(kind));
    if (!employerId.isEmpty()) {
        const auto caller = m_store.employerForToken(token);
        if (!caller)
            return error(
                401, QStringLiteral("unauthorized"), QStringLiteral("this token is not valid"));
        if (employerId != caller->id)
            return error(403, QStringLiteral("forbidden"),
                QStringLiteral("an employer sees only its own report"), QStringLiteral("employer"));
        return answer(*definition,
            { { QStringLiteral("employer"), scope::employer(caller->id) },
                { QStringLiteral("region"), scope::verified(caller->region) } },
            { { QStringLiteral("employer"),
                QJsonObject { { QStringLiteral("id"), caller->id },
                    { QStringLiteral("name"), caller->name },
                    { QStringLiteral("region"), caller->region } } } },
            request);
    }
    if (auto refused = m_regional.requireCoordinator(request, { region }))
        return std::move(*refused);
    return answer(*definition,
        { { QStringLiteral("verified"), scope::verified(region) },
            { QStringLiteral("open"), scope::open(region), true } },
        { { QStringLiteral("region"), region } }, request);
}

QHttpServerResponse ReportRoutes::roundReport(
    const QString &panel, const QString &round, const QHttpServerRequest &request)
{
    const Panel *p = m_regional.panel(panel);
    if (!p)
        return error(
            404, QStringLiteral("unknown_panel"), QStringLiteral("no panel '%1'").arg(panel));
    if (auto refused = m_regional.requireCoordinator(request, p->regions))
        return std::move(*refused);
    const SurveyDefinition *definition = m_catalog.latest(round);
    if (!definition || definition->kind != QLatin1String("panel") || definition->panel != panel)
        return error(404, QStringLiteral("unknown_round"),
            QStringLiteral("panel '%1' has no round '%2'").arg(panel, round));
    return answer(*definition, { { QStringLiteral("round"), scope::round(panel) } },
        { { QStringLiteral("panel"), panel } }, request);
}

QHttpServerResponse ReportRoutes::regionReleases(
    const QString &region, const QHttpServerRequest &request)
{
    if (auto refused = m_regional.requireCoordinator(request, { region }))
        return std::move(*refused);
    const QStringList kinds { QStringLiteral("exit"), QStringLiteral("retention") };
    QJsonArray list;
    for (const Employer &e : m_store.employers(region)) {
        QJsonObject has;
        for (const QString &kind : kinds) {
            const SurveyDefinition *definition = m_catalog.latest(kind);
            if (!definition)
                continue;
            const auto newest = m_store.releases().newestSeq(scope::employer(e.id), definition->id);
            if (!newest)
                return CollectorServer::storeUnavailable();
            has.insert(kind, *newest > 0);
        }
        list.append(QJsonObject { { QStringLiteral("id"), e.id },
            { QStringLiteral("name"), e.name }, { QStringLiteral("hasRelease"), has } });
    }
    m_store.audit().record(request, AuditLog::kReportRead, QStringLiteral("releases"));
    return http::json(
        QJsonObject { { QStringLiteral("region"), region }, { QStringLiteral("employers"), list } },
        200);
}

QString ReportRoutes::csvSafe(const QString &cell)
{
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray ReportRoutes::toCsv(const QJsonObject &report)
{
    // A byte-order mark and a separator hint: spreadsheet programs in Dutch locales (where the
    // list separator is ";") then open the file in columns and read "ë" right.
    QString out = QStringLiteral("\uFEFFsep=,\r\nscope,release,first_month,last_month,question,"
                                 "figure,value\r\n");
    for (const QJsonValue &s : report.value(QLatin1String("scopes")).toArray()) {
        const QString scopeName = s[QLatin1String("scope")].toString();
        QList<std::pair<QString, QJsonObject>> parts;
        for (const QJsonValue &r : s[QLatin1String("releases")].toArray())
            parts.append({ QString::number(r[QLatin1String("seq")].toInt()), r.toObject() });
        if (s[QLatin1String("total")].isObject())
            parts.append({ QStringLiteral("total"), s[QLatin1String("total")].toObject() });
        for (const auto &[release, figures] : parts) {
            const QJsonArray months = figures.value(QLatin1String("months")).toArray();
            const QString prefix = csvField(scopeName) + QLatin1Char(',') + release
                + QLatin1Char(',') + months.at(0).toString() + QLatin1Char(',')
                + months.at(1).toString() + QLatin1Char(',');
            QList<std::pair<QString, QString>> rows;
            flatten(
                figures.value(QLatin1String("respondents")), QStringLiteral("respondents"), &rows);
            for (const auto &[figure, value] : rows)
                out += prefix + QLatin1Char(',') + csvField(figure) + QLatin1Char(',') + value
                    + QStringLiteral("\r\n");
            for (const QJsonValue &q : figures.value(QLatin1String("questions")).toArray()) {
                rows.clear();
                flatten(q, {}, &rows);
                const QString id = q[QLatin1String("id")].toString();
                for (const auto &[figure, value] : rows)
                    out += prefix + csvField(id) + QLatin1Char(',') + csvField(figure)
                        + QLatin1Char(',') + value + QStringLiteral("\r\n");
                for (const QJsonValue &t : q[QLatin1String("texts")].toArray())
                    out += prefix + csvField(id) + QStringLiteral(",text,") + csvField(t.toString())
                        + QStringLiteral("\r\n");
            }
        }
    }
    return out.toUtf8();
}

} // namespace zs
