#include "regionalvalidation.h"

#include "referencedata.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace zs::regional {

namespace {

ProtocolError invalid(
    const QString &field, const QString &message, const QString &code = QStringLiteral("invalid"))
{
    return ProtocolError { 422, code, message, field };
}

std::optional<ProtocolError> onlyKeys(
    const QJsonObject &o, const QSet<QString> &allowed, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(prefix + it.key(), QStringLiteral("unknown field '%1'").arg(it.key()),
                QStringLiteral("unknown_field"));
    }
    return std::nullopt;
}

std::optional<ProtocolError> label(const QJsonValue &v, const QString &field, int maxLength)
{
    if (!v.isObject() || v.toObject().size() != 2)
        return invalid(field, QStringLiteral("must be {\"nl\": text, \"en\": text}"),
            QStringLiteral("wrong_type"));
    for (const char *lang : { "nl", "en" }) {
        const QJsonValue t = v[QLatin1String(lang)];
        if (!t.isString() || t.toString().trimmed().isEmpty() || t.toString().size() > maxLength)
            return invalid(field + QLatin1Char('.') + QLatin1String(lang),
                QStringLiteral("must be text of 1 to %1 characters").arg(maxLength));
    }
    return std::nullopt;
}

bool isDate(const QJsonValue &v)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return v.isString() && pattern.match(v.toString()).hasMatch()
        && QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

bool isText(const QJsonValue &v, int min, int max)
{
    return v.isString() && v.toString().trimmed().size() >= min && v.toString().size() <= max;
}

} // namespace

std::optional<ProtocolError> validateAction(const QJsonObject &a, const QString &region)
{
    static const QSet<QString> keys
        = { QStringLiteral("id"), QStringLiteral("region"), QStringLiteral("title"),
              QStringLiteral("description"), QStringLiteral("line"), QStringLiteral("themes"),
              QStringLiteral("commitment"), QStringLiteral("target"), QStringLiteral("progress"),
              QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("example") };
    if (auto e = onlyKeys(a, keys, {}))
        return e;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{2,63}$"));
    if (!idPattern.match(a.value(QLatin1String("id")).toString()).hasMatch())
        return invalid(QStringLiteral("id"),
            QStringLiteral("must be 3 to 64 lower-case letters, digits, - or _"));
    if (!ReferenceData::contains(ReferenceData::instance().regions, region)
        || a.value(QLatin1String("region")).toString() != region)
        return invalid(QStringLiteral("region"),
            QStringLiteral("must be the region of the path, '%1'").arg(region));
    if (auto e = label(a.value(QLatin1String("title")), QStringLiteral("title"), 120))
        return e;
    if (auto e = label(a.value(QLatin1String("description")), QStringLiteral("description"), 2000))
        return e;
    const ReferenceData &ref = ReferenceData::instance();
    if (!ReferenceData::contains(ref.actionLines, a.value(QLatin1String("line")).toString()))
        return invalid(QStringLiteral("line"),
            QStringLiteral("must be meer_kiezen, beter_leren or anders_werken"));
    const QJsonValue themes = a.value(QLatin1String("themes"));
    if (!themes.isArray() || themes.toArray().isEmpty() || themes.toArray().size() > 15)
        return invalid(QStringLiteral("themes"),
            QStringLiteral("must be a list of 1 to 15 theme ids"), QStringLiteral("wrong_type"));
    for (const QJsonValue &t : themes.toArray()) {
        if (!ReferenceData::contains(ref.retentionThemes, t.toString()))
            return invalid(
                QStringLiteral("themes"), QStringLiteral("unknown theme '%1'").arg(t.toString()));
    }
    const QJsonValue commitment = a.value(QLatin1String("commitment"));
    if (!commitment.isObject())
        return invalid(QStringLiteral("commitment"),
            QStringLiteral("must be an object with what, who, whoDoesWhat, withWhat"),
            QStringLiteral("wrong_type"));
    if (auto e = onlyKeys(commitment.toObject(),
            { QStringLiteral("what"), QStringLiteral("who"), QStringLiteral("whoDoesWhat"),
                QStringLiteral("withWhat") },
            QStringLiteral("commitment.")))
        return e;
    for (const char *w : { "what", "who", "whoDoesWhat", "withWhat" }) {
        if (auto e = label(commitment[QLatin1String(w)],
                QStringLiteral("commitment.") + QLatin1String(w), 1000))
            return e;
    }
    const QJsonValue target = a.value(QLatin1String("target"));
    if (!target.isObject())
        return invalid(QStringLiteral("target"), QStringLiteral("must be an object"),
            QStringLiteral("wrong_type"));
    if (auto e = onlyKeys(target.toObject(),
            { QStringLiteral("metric"), QStringLiteral("baseline"), QStringLiteral("value"),
                QStringLiteral("unit"), QStringLiteral("date") },
            QStringLiteral("target.")))
        return e;
    if (auto e = label(target[QLatin1String("metric")], QStringLiteral("target.metric"), 200))
        return e;
    if (auto e = label(target[QLatin1String("unit")], QStringLiteral("target.unit"), 50))
        return e;
    for (const char *n : { "baseline", "value" }) {
        if (!target[QLatin1String(n)].isDouble())
            return invalid(QStringLiteral("target.") + QLatin1String(n),
                QStringLiteral("must be a number"), QStringLiteral("wrong_type"));
    }
    if (!isDate(target[QLatin1String("date")]))
        return invalid(QStringLiteral("target.date"), QStringLiteral("must be a date YYYY-MM-DD"));
    const QJsonValue progress = a.value(QLatin1String("progress"));
    if (!progress.isArray() || progress.toArray().size() > 100)
        return invalid(QStringLiteral("progress"),
            QStringLiteral("must be a list of at most 100 updates"), QStringLiteral("wrong_type"));
    for (qsizetype i = 0; i < progress.toArray().size(); ++i) {
        const QJsonValue p = progress.toArray().at(i);
        const QString field = QStringLiteral("progress[%1]").arg(i);
        if (!p.isObject())
            return invalid(
                field, QStringLiteral("must be an object"), QStringLiteral("wrong_type"));
        if (auto e = onlyKeys(p.toObject(),
                { QStringLiteral("date"), QStringLiteral("value"), QStringLiteral("note") },
                field + QLatin1Char('.')))
            return e;
        if (!isDate(p[QLatin1String("date")]))
            return invalid(
                field + QStringLiteral(".date"), QStringLiteral("must be a date YYYY-MM-DD"));
        if (!p[QLatin1String("value")].isDouble())
            return invalid(field + QStringLiteral(".value"), QStringLiteral("must be a number"),
                QStringLiteral("wrong_type"));
        if (auto e = label(p[QLatin1String("note")], field + QStringLiteral(".note"), 500))
            return e;
    }
    static const QStringList statuses = { QStringLiteral("planned"), QStringLiteral("running"),
        QStringLiteral("done"), QStringLiteral("stopped") };
    if (!statuses.contains(a.value(QLatin1String("status")).toString()))
        return invalid(
            QStringLiteral("status"), QStringLiteral("must be planned, running, done or stopped"));
    const QJsonValue source = a.value(QLatin1String("source"));
    if (!source.isUndefined()
        && (!source.isString() || !source.toString().startsWith(QLatin1String("https://"))
            || source.toString().size() > 500))
        return invalid(QStringLiteral("source"), QStringLiteral("must be an https:// link"));
    const QJsonValue example = a.value(QLatin1String("example"));
    if (!example.isUndefined() && !example.isBool())
        return invalid(QStringLiteral("example"), QStringLiteral("must be true or false"),
            QStringLiteral("wrong_type"));
    return std::nullopt;
}

std::optional<ProtocolError> validateJoin(const QJsonObject &body, const QJsonObject &panel)
{
    static const QSet<QString> keys = { QStringLiteral("name"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("occupation"), QStringLiteral("ageBand"),
        QStringLiteral("consentVersion"), QStringLiteral("consent") };
    if (auto e = onlyKeys(body, keys, {}))
        return e;
    if (!isText(body.value(QLatin1String("name")), 1, 100))
        return invalid(QStringLiteral("name"), QStringLiteral("must be 1 to 100 characters"));
    static const QRegularExpression email(
        QStringLiteral("^[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s]{2,}$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{8,20}$"));
    const QJsonValue e = body.value(QLatin1String("email"));
    const QJsonValue p = body.value(QLatin1String("phone"));
    if (e.isUndefined() && p.isUndefined())
        return invalid(QStringLiteral("email"),
            QStringLiteral("give an e-mail address or a phone number"),
            QStringLiteral("contact_required"));
    if (!e.isUndefined() && !email.match(e.toString()).hasMatch())
        return invalid(QStringLiteral("email"), QStringLiteral("not an e-mail address"));
    if (!p.isUndefined() && !phone.match(p.toString()).hasMatch())
        return invalid(QStringLiteral("phone"), QStringLiteral("not a phone number"));
    const ReferenceData &ref = ReferenceData::instance();
    if (!ReferenceData::contains(
            ref.occupations, body.value(QLatin1String("occupation")).toString()))
        return invalid(QStringLiteral("occupation"), QStringLiteral("unknown occupation group"),
            QStringLiteral("unknown_value"));
    const QString ageBand = body.value(QLatin1String("ageBand")).toString();
    if (!ReferenceData::contains(ref.ageBands, ageBand))
        return invalid(QStringLiteral("ageBand"), QStringLiteral("unknown age band"),
            QStringLiteral("unknown_value"));
    if (body.value(QLatin1String("consent")) != QJsonValue(true))
        return invalid(QStringLiteral("consent"), QStringLiteral("joining needs explicit consent"),
            QStringLiteral("consent_required"));
    if (!body.value(QLatin1String("consentVersion")).isDouble())
        return invalid(QStringLiteral("consentVersion"), QStringLiteral("must be a number"),
            QStringLiteral("wrong_type"));
    if (body.value(QLatin1String("consentVersion")).toInt()
        != panel.value(QLatin1String("consentVersion")).toInt())
        return ProtocolError { 409, QStringLiteral("consent_outdated"),
            QStringLiteral("the consent text has changed; read and agree to version %1")
                .arg(panel.value(QLatin1String("consentVersion")).toInt()),
            QStringLiteral("consentVersion") };
    const QJsonArray bands = panel.value(QLatin1String("ageBands")).toArray();
    if (!bands.isEmpty() && !bands.contains(QJsonValue(ageBand)))
        return invalid(QStringLiteral("ageBand"),
            QStringLiteral("this panel is for other age groups"), QStringLiteral("not_eligible"));
    return std::nullopt;
}

std::optional<ProtocolError> validateIdea(const QJsonObject &idea)
{
    static const QSet<QString> keys = { QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("theme"), QStringLiteral("willHelp"), QStringLiteral("name") };
    if (auto e = onlyKeys(idea, keys, {}))
        return e;
    if (!isText(idea.value(QLatin1String("title")), 3, 120))
        return invalid(QStringLiteral("title"), QStringLiteral("must be 3 to 120 characters"));
    if (!isText(idea.value(QLatin1String("description")), 10, 2000))
        return invalid(
            QStringLiteral("description"), QStringLiteral("must be 10 to 2000 characters"));
    if (!ReferenceData::contains(ReferenceData::instance().retentionThemes,
            idea.value(QLatin1String("theme")).toString()))
        return invalid(QStringLiteral("theme"), QStringLiteral("unknown theme"),
            QStringLiteral("unknown_value"));
    if (!idea.value(QLatin1String("willHelp")).isBool())
        return invalid(QStringLiteral("willHelp"), QStringLiteral("must be true or false"),
            QStringLiteral("wrong_type"));
    const QJsonValue name = idea.value(QLatin1String("name"));
    if (!name.isUndefined() && !isText(name, 1, 100))
        return invalid(QStringLiteral("name"), QStringLiteral("must be 1 to 100 characters"));
    return std::nullopt;
}

std::optional<ProtocolError> validateKeyed(const QJsonObject &body, const QStringList &kinds)
{
    QSet<QString> keys = { QStringLiteral("key") };
    if (!kinds.isEmpty())
        keys.insert(QStringLiteral("kind"));
    if (auto e = onlyKeys(body, keys, {}))
        return e;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hex.match(body.value(QLatin1String("key")).toString()).hasMatch())
        return invalid(QStringLiteral("key"), QStringLiteral("must be 32 lower-case hex digits"));
    if (!kinds.isEmpty() && !kinds.contains(body.value(QLatin1String("kind")).toString()))
        return invalid(QStringLiteral("kind"),
            QStringLiteral("must be one of %1").arg(kinds.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<ProtocolError> validateRound(const SurveyDefinition &round, const QString &panel,
    const QStringList &servedRegions, const SurveyCatalog &catalog)
{
    const QString code = QStringLiteral("invalid_definition");
    if (round.kind != QLatin1String("panel"))
        return invalid(
            QStringLiteral("kind"), QStringLiteral("a panel round has kind \"panel\""), code);
    if (round.panel != panel)
        return invalid(QStringLiteral("panel"),
            QStringLiteral("a round for this panel names panel \"%1\"").arg(panel), code);
    if (!round.region.isEmpty() && !servedRegions.contains(round.region))
        return invalid(QStringLiteral("region"),
            QStringLiteral("the panel does not serve region '%1'").arg(round.region), code);
    // A new version may only follow the same panel's round: otherwise a round could take over a
    // built-in survey's id (and its reports) or another region's round.
    if (const SurveyDefinition *owner = catalog.latest(round.id);
        owner && (owner->kind != QLatin1String("panel") || owner->panel != panel))
        return ProtocolError { 409, QStringLiteral("id_taken"),
            QStringLiteral("survey id '%1' belongs to another survey").arg(round.id),
            QStringLiteral("id") };
    return std::nullopt;
}

} // namespace zs::regional
