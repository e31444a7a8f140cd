#include "reportroutes.h"

#include "collectorserver.h"
#include "httputil.h"

#include <QJsonArray>
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

std::optional<QJsonObject> ReportRoutes::build(
    const SurveyDefinition &definition, const QList<Scope> &scopes)
{
    QJsonArray list;
    for (const Scope &s : scopes) {
        const auto stored = m_store.releases().releases(s.key, definition.id);
        if (!stored)
            return std::nullopt;
        QJsonArray releases;
        QList<QJsonObject> figures;
        for (const StoredRelease &r : *stored) {
            QJsonObject o = r.figures;
            o.insert(QStringLiteral("seq"), r.seq);
            o.insert(QStringLiteral("months"), QJsonArray { r.firstMonth, r.lastMonth });
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
        list.append(entry);
    }
    return QJsonObject {
        { QStringLiteral("survey"),
            QJsonObject { { QStringLiteral("id"), definition.id },
                { QStringLiteral("kind"), definition.kind },
                { QStringLiteral("title"), label(definition.title) } } },
        { QStringLiteral("k"), m_parameters.k },
        { QStringLiteral("epsilon"), m_parameters.epsilon },
        { QStringLiteral("scopes"), list },
    };
}

QHttpServerResponse ReportRoutes::answer(
    const QJsonObject &report, const QHttpServerRequest &request)
{
    m_store.audit().record(request, AuditLog::kReportRead,
        report[QLatin1String("survey")][QLatin1String("id")].toString());
    if (http::header(request, "Accept").contains("text/csv"))
        return QHttpServerResponse(QByteArrayLiteral("text/csv; charset=utf-8"), toCsv(report),
            QHttpServerResponder::StatusCode::Ok);
    return http::json(report, 200);
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
        auto report = build(*definition,
            { { QStringLiteral("employer"), scope::employer(caller->id) },
                { QStringLiteral("region"), scope::verified(caller->region) } });
        if (!report)
            return CollectorServer::storeUnavailable();
        report->insert(QStringLiteral("employer"),
            QJsonObject { { QStringLiteral("id"), caller->id },
                { QStringLiteral("name"), caller->name },
                { QStringLiteral("region"), caller->region } });
        return answer(*report, request);
    }
    if (auto refused = m_regional.requireCoordinator(request, { region }))
        return std::move(*refused);
    auto report = build(*definition,
        { { QStringLiteral("verified"), scope::verified(region) },
            { QStringLiteral("open"), scope::open(region), true } });
    if (!report)
        return CollectorServer::storeUnavailable();
    report->insert(QStringLiteral("region"), region);
    return answer(*report, request);
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
    auto report = build(*definition, { { QStringLiteral("round"), scope::round(panel) } });
    if (!report)
        return CollectorServer::storeUnavailable();
    report->insert(QStringLiteral("panel"), panel);
    return answer(*report, request);
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
            const auto stored = m_store.releases().releases(scope::employer(e.id), definition->id);
            if (!stored)
                return CollectorServer::storeUnavailable();
            has.insert(kind, !stored->isEmpty());
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
