#include "submission.h"

#include "referencedata.h"
#include "surveycatalog.h"
#include "surveyengine.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace zs {

QJsonObject Submission::toJson() const
{
    QJsonObject s {
        { QStringLiteral("region"), strata.region },
        { QStringLiteral("branch"), strata.branch },
        { QStringLiteral("occupation"), strata.occupation },
        { QStringLiteral("ageBand"), strata.ageBand },
        { QStringLiteral("tenureBand"), strata.tenureBand },
    };
    if (!strata.employer.isEmpty())
        s.insert(QStringLiteral("employer"), strata.employer);
    QJsonObject o {
        { QStringLiteral("submissionId"), submissionId },
        { QStringLiteral("surveyId"), surveyId },
        { QStringLiteral("surveyVersion"), surveyVersion },
        { QStringLiteral("period"), period },
        { QStringLiteral("strata"), s },
        { QStringLiteral("answers"), answers },
    };
    if (credential)
        o.insert(QStringLiteral("credential"), credential->toJson());
    return o;
}

std::optional<Submission> Submission::fromJson(const QJsonValue &json, ProtocolError *error)
{
    return protocol::parseSubmission(json, error);
}

std::optional<ProtocolError> Submission::validate(const SurveyCatalog &catalog) const
{
    return protocol::validateSubmission(*this, catalog);
}

namespace protocol {

namespace {

ProtocolError invalid(const QString &field, const QString &message, const char *code = "invalid")
{
    return ProtocolError { 422, QLatin1String(code), message, field };
}

bool onlyKeys(const QJsonObject &obj, const QSet<QString> &allowed, QString *unknown)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *unknown = it.key();
            return false;
        }
    }
    return true;
}

} // namespace

bool isUuidV4(const QString &text)
{
    static const QRegularExpression pattern { QString(limits::kUuidV4Pattern) };
    return pattern.match(text).hasMatch();
}

bool isPeriod(const QString &text)
{
    static const QRegularExpression pattern { QString(limits::kMonthPattern) };
    return pattern.match(text).hasMatch();
}

std::optional<Submission> parseSubmission(const QJsonValue &json, ProtocolError *error)
{
    if (!json.isObject()) {
        *error = ProtocolError { 400, QStringLiteral("malformed"),
            QStringLiteral("a submission must be a JSON object"), {} };
        return std::nullopt;
    }
    const QJsonObject obj = json.toObject();
    static const QSet<QString> topKeys = { QStringLiteral("submissionId"),
        QStringLiteral("surveyId"), QStringLiteral("surveyVersion"), QStringLiteral("period"),
        QStringLiteral("strata"), QStringLiteral("answers"), QStringLiteral("credential") };
    static const QSet<QString> strataKeys
        = { QStringLiteral("region"), QStringLiteral("branch"), QStringLiteral("occupation"),
              QStringLiteral("ageBand"), QStringLiteral("tenureBand"), QStringLiteral("employer") };
    QString unknown;
    if (!onlyKeys(obj, topKeys, &unknown)) {
        *error = invalid(unknown,
            QStringLiteral("unknown field '%1' (submissions carry no extra data)").arg(unknown),
            "unknown_field");
        return std::nullopt;
    }
    Submission s;
    const auto str = [&](const QJsonObject &o, const QString &key, const QString &field,
                         QString *out, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || v.toString().isEmpty()
            || v.toString().size() > limits::kMaxSubmissionString) {
            *error = invalid(field,
                QStringLiteral("'%1' must be a non-empty string of at most %2 characters")
                    .arg(field)
                    .arg(limits::kMaxSubmissionString),
                "wrong_type");
            return false;
        }
        *out = v.toString();
        return true;
    };
    if (!str(obj, QStringLiteral("submissionId"), QStringLiteral("submissionId"), &s.submissionId,
            true)
        || !str(obj, QStringLiteral("surveyId"), QStringLiteral("surveyId"), &s.surveyId, true)
        || !str(obj, QStringLiteral("period"), QStringLiteral("period"), &s.period, true))
        return std::nullopt;
    if (!isUuidV4(s.submissionId)) {
        *error = invalid(
            QStringLiteral("submissionId"), QStringLiteral("must be a lower-case UUID v4"));
        return std::nullopt;
    }
    if (!isPeriod(s.period)) {
        *error
            = invalid(QStringLiteral("period"), QStringLiteral("must be a calendar month YYYY-MM"));
        return std::nullopt;
    }
    const QJsonValue version = obj.value(QLatin1String("surveyVersion"));
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1) {
        *error = invalid(QStringLiteral("surveyVersion"),
            QStringLiteral("must be a positive integer"), "wrong_type");
        return std::nullopt;
    }
    s.surveyVersion = version.toInt();
    const QJsonValue strata = obj.value(QLatin1String("strata"));
    if (!strata.isObject()) {
        *error
            = invalid(QStringLiteral("strata"), QStringLiteral("must be an object"), "wrong_type");
        return std::nullopt;
    }
    const QJsonObject so = strata.toObject();
    if (!onlyKeys(so, strataKeys, &unknown)) {
        *error = invalid(QStringLiteral("strata.") + unknown,
            QStringLiteral("unknown stratum '%1' (only coarse strata are accepted)").arg(unknown),
            "unknown_field");
        return std::nullopt;
    }
    if (!str(so, QStringLiteral("region"), QStringLiteral("strata.region"), &s.strata.region, true)
        || !str(
            so, QStringLiteral("branch"), QStringLiteral("strata.branch"), &s.strata.branch, true)
        || !str(so, QStringLiteral("occupation"), QStringLiteral("strata.occupation"),
            &s.strata.occupation, true)
        || !str(so, QStringLiteral("ageBand"), QStringLiteral("strata.ageBand"), &s.strata.ageBand,
            true)
        || !str(so, QStringLiteral("tenureBand"), QStringLiteral("strata.tenureBand"),
            &s.strata.tenureBand, true)
        || !str(so, QStringLiteral("employer"), QStringLiteral("strata.employer"),
            &s.strata.employer, false))
        return std::nullopt;
    const QJsonValue answers = obj.value(QLatin1String("answers"));
    if (!answers.isObject()) {
        *error = invalid(QStringLiteral("answers"),
            QStringLiteral("must be an object keyed by question id"), "wrong_type");
        return std::nullopt;
    }
    s.answers = answers.toObject();
    if (obj.contains(QLatin1String("credential"))) {
        s.credential = Credential::fromJson(obj.value(QLatin1String("credential")), error);
        if (!s.credential)
            return std::nullopt;
    }
    return s;
}

std::optional<ProtocolError> validateSubmission(const Submission &s, const SurveyCatalog &catalog)
{
    const SurveyDefinition *def = catalog.find(s.surveyId, s.surveyVersion);
    if (!def) {
        if (catalog.latest(s.surveyId))
            return ProtocolError { 409, QStringLiteral("unknown_version"),
                QStringLiteral("survey '%1' has no version %2")
                    .arg(s.surveyId)
                    .arg(s.surveyVersion),
                QStringLiteral("surveyVersion") };
        return ProtocolError { 422, QStringLiteral("unknown_survey"),
            QStringLiteral("no survey '%1'").arg(s.surveyId), QStringLiteral("surveyId") };
    }
    const ReferenceData &ref = ReferenceData::instance();
    const std::pair<const QList<ReferenceItem> *, std::pair<QString, QString>> strata[] = {
        { &ref.regions, { QStringLiteral("strata.region"), s.strata.region } },
        { &ref.branches, { QStringLiteral("strata.branch"), s.strata.branch } },
        { &ref.occupations, { QStringLiteral("strata.occupation"), s.strata.occupation } },
        { &ref.ageBands, { QStringLiteral("strata.ageBand"), s.strata.ageBand } },
        { &ref.tenureBands, { QStringLiteral("strata.tenureBand"), s.strata.tenureBand } },
    };
    for (const auto &[list, fieldValue] : strata) {
        if (!ReferenceData::contains(*list, fieldValue.second))
            return invalid(fieldValue.first,
                QStringLiteral("unknown value '%1'").arg(fieldValue.second), "unknown_value");
    }
    if (!def->region.isEmpty() && def->region != s.strata.region)
        return invalid(QStringLiteral("strata.region"),
            QStringLiteral("this survey is for region '%1'").arg(def->region));
    if (!def->servedRegions.isEmpty() && !def->servedRegions.contains(s.strata.region))
        return invalid(QStringLiteral("strata.region"),
            QStringLiteral("this panel round is for the regions its panel serves"));
    const SurveyEngine engine(*def);
    if (const auto e = engine.validate(s.answers))
        return ProtocolError { 422, e->code, e->message, QStringLiteral("answers.") + e->field };
    return std::nullopt;
}

} // namespace protocol

} // namespace zs
