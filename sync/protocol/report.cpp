#include "report.h"

#include "wirejson.h"
#include "wirelimits.h"

#include <cmath>

namespace zs {

using namespace protocol;
using wire::readString;
using wire::refusal;
using wire::shapeReason;

namespace {

std::optional<ProtocolError> readScope(const QJsonValue &v, const QString &field, QJsonObject *out)
{
    if (!v.isObject())
        return refusal(
            field, QStringLiteral("must be an object"), QStringLiteral("invalid"), shapeReason(v));
    ProtocolError e;
    if (!ReportFigure::fromJson(
            v[QLatin1String("answered")], field + QStringLiteral(".answered"), &e))
        return e;
    *out = v.toObject();
    return std::nullopt;
}

} // namespace

std::optional<ReportFigure> ReportFigure::fromJson(
    const QJsonValue &json, const QString &field, ProtocolError *error)
{
    const QJsonObject o = json.toObject();
    if (!json.isObject() || o.size() != 1) {
        *error = refusal(field,
            QStringLiteral("must be {\"<measure>\": number} or {\"suppressed\": true}"),
            QStringLiteral("invalid"),
            json.isObject() ? QStringLiteral("invalid") : shapeReason(json));
        return std::nullopt;
    }
    ReportFigure f;
    const QString measure = o.begin().key();
    const QJsonValue value = o.begin().value();
    if (measure == QLatin1String("suppressed") && value == QJsonValue(true)) {
        f.suppressed = true;
        return f;
    }
    if (measure == QLatin1String("suppressed") || !value.isDouble()) {
        *error = refusal(field + QLatin1Char('.') + measure, QStringLiteral("must be a number"),
            QStringLiteral("invalid"), QStringLiteral("wrong_type"));
        return std::nullopt;
    }
    f.measure = measure;
    f.value = value.toDouble();
    return f;
}

QJsonObject ReportFigure::toJson() const
{
    if (suppressed)
        return { { QStringLiteral("suppressed"), true } };
    // Whole numbers (counts) travel as integers, as ReportBuilder writes them.
    if (std::floor(value) == value && std::abs(value) < 9e15)
        return { { measure, qint64(value) } };
    return { { measure, value } };
}

std::optional<Report> Report::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(json, QStringLiteral("a report"),
        { QLatin1String("survey"), QLatin1String("employer"), QLatin1String("k"),
            QLatin1String("respondents"), QLatin1String("regionRespondents"),
            QLatin1String("questions") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    Report r;
    const QJsonValue survey = o.value(QLatin1String("survey"));
    if (!survey.isObject())
        return fail(refusal(QStringLiteral("survey"), QStringLiteral("must be an object"),
            QStringLiteral("invalid"), shapeReason(survey)));
    const QJsonObject so = survey.toObject();
    if (auto e
        = wire::onlyKeys(so, { QLatin1String("id"), QLatin1String("kind"), QLatin1String("title") },
            QStringLiteral("survey.")))
        return fail(*e);
    if (auto e = readString(so, QLatin1String("id"), QStringLiteral("survey.id"), &r.surveyId))
        return fail(*e);
    if (auto e
        = readString(so, QLatin1String("kind"), QStringLiteral("survey.kind"), &r.surveyKind))
        return fail(*e);
    if (auto e = wire::readLabel(
            so.value(QLatin1String("title")), QStringLiteral("survey.title"), &r.surveyTitle))
        return fail(*e);
    const QJsonValue employer = o.value(QLatin1String("employer"));
    if (!employer.isObject())
        return fail(refusal(QStringLiteral("employer"), QStringLiteral("must be an object"),
            QStringLiteral("invalid"), shapeReason(employer)));
    const QJsonObject eo = employer.toObject();
    if (auto e = wire::onlyKeys(eo,
            { QLatin1String("id"), QLatin1String("name"), QLatin1String("region") },
            QStringLiteral("employer.")))
        return fail(*e);
    if (auto e = readString(eo, QLatin1String("id"), QStringLiteral("employer.id"), &r.employerId))
        return fail(*e);
    if (auto e
        = readString(eo, QLatin1String("name"), QStringLiteral("employer.name"), &r.employerName))
        return fail(*e);
    if (auto e = readString(
            eo, QLatin1String("region"), QStringLiteral("employer.region"), &r.employerRegion))
        return fail(*e);
    const QJsonValue k = o.value(QLatin1String("k"));
    if (!k.isDouble() || k.toDouble() != k.toInt())
        return fail(refusal(QStringLiteral("k"), QStringLiteral("must be a whole number"),
            QStringLiteral("invalid"), shapeReason(k)));
    r.k = k.toInt();
    ProtocolError e;
    const auto respondents = ReportFigure::fromJson(
        o.value(QLatin1String("respondents")), QStringLiteral("respondents"), &e);
    if (!respondents)
        return fail(e);
    r.respondents = *respondents;
    const auto regionRespondents = ReportFigure::fromJson(
        o.value(QLatin1String("regionRespondents")), QStringLiteral("regionRespondents"), &e);
    if (!regionRespondents)
        return fail(e);
    r.regionRespondents = *regionRespondents;
    const QJsonValue questions = o.value(QLatin1String("questions"));
    if (!questions.isArray())
        return fail(refusal(QStringLiteral("questions"), QStringLiteral("must be a list"),
            QStringLiteral("invalid"), shapeReason(questions)));
    for (qsizetype i = 0; i < questions.toArray().size(); ++i) {
        const QString field = QStringLiteral("questions[%1]").arg(i);
        const QJsonValue qv = questions.toArray().at(i);
        if (!qv.isObject())
            return fail(refusal(field, QStringLiteral("must be an object"),
                QStringLiteral("invalid"), QStringLiteral("wrong_type")));
        const QJsonObject qo = qv.toObject();
        if (auto err = wire::onlyKeys(qo,
                { QLatin1String("id"), QLatin1String("type"), QLatin1String("text"),
                    QLatin1String("own"), QLatin1String("region") },
                field + QLatin1Char('.')))
            return fail(*err);
        ReportQuestion q;
        if (auto err = readString(qo, QLatin1String("id"), field + QStringLiteral(".id"), &q.id))
            return fail(*err);
        if (auto err
            = readString(qo, QLatin1String("type"), field + QStringLiteral(".type"), &q.type))
            return fail(*err);
        if (auto err = wire::readLabel(
                qo.value(QLatin1String("text")), field + QStringLiteral(".text"), &q.text))
            return fail(*err);
        if (auto err
            = readScope(qo.value(QLatin1String("own")), field + QStringLiteral(".own"), &q.own))
            return fail(*err);
        if (qo.contains(QLatin1String("region"))) {
            QJsonObject region;
            if (auto err = readScope(
                    qo.value(QLatin1String("region")), field + QStringLiteral(".region"), &region))
                return fail(*err);
            q.region = region;
        }
        r.questions.append(q);
    }
    return r;
}

QJsonObject Report::toJson() const
{
    QJsonArray list;
    for (const ReportQuestion &q : questions) {
        QJsonObject o { { QStringLiteral("id"), q.id }, { QStringLiteral("type"), q.type },
            { QStringLiteral("text"), wire::labelJson(q.text) }, { QStringLiteral("own"), q.own } };
        if (q.region)
            o.insert(QStringLiteral("region"), *q.region);
        list.append(o);
    }
    return {
        { QStringLiteral("survey"),
            QJsonObject { { QStringLiteral("id"), surveyId },
                { QStringLiteral("kind"), surveyKind },
                { QStringLiteral("title"), wire::labelJson(surveyTitle) } } },
        { QStringLiteral("employer"),
            QJsonObject { { QStringLiteral("id"), employerId },
                { QStringLiteral("name"), employerName },
                { QStringLiteral("region"), employerRegion } } },
        { QStringLiteral("k"), k },
        { QStringLiteral("respondents"), respondents.toJson() },
        { QStringLiteral("regionRespondents"), regionRespondents.toJson() },
        { QStringLiteral("questions"), list },
    };
}

std::optional<ProtocolError> Report::validate() const
{
    if (surveyId.isEmpty())
        return refusal(QStringLiteral("survey.id"), QStringLiteral("must not be empty"),
            QStringLiteral("invalid"), QStringLiteral("missing"));
    if (employerId.isEmpty())
        return refusal(QStringLiteral("employer.id"), QStringLiteral("must not be empty"),
            QStringLiteral("invalid"), QStringLiteral("missing"));
    if (k < limits::kMinimumK)
        return refusal(QStringLiteral("k"),
            QStringLiteral("must be at least %1").arg(limits::kMinimumK), QStringLiteral("invalid"),
            QStringLiteral("too_short"));
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString field = QStringLiteral("questions[%1]").arg(i);
        const ReportQuestion &q = questions.at(i);
        if (q.id.isEmpty())
            return refusal(field + QStringLiteral(".id"), QStringLiteral("must not be empty"),
                QStringLiteral("invalid"), QStringLiteral("missing"));
        if (!wire::oneOf(limits::kQuestionTypes, q.type))
            return refusal(field + QStringLiteral(".type"),
                QStringLiteral("must be one of %1")
                    .arg(wire::joined(limits::kQuestionTypes, QStringLiteral(", "))),
                QStringLiteral("invalid"), QStringLiteral("unknown_value"));
        if (q.type == QLatin1String("text") && q.region)
            return refusal(field + QStringLiteral(".region"),
                QStringLiteral("free text has no regional benchmark (rule 6)"));
    }
    return std::nullopt;
}

} // namespace zs
