#include "action.h"

#include "referencedata.h"
#include "wirejson.h"
#include "wirelimits.h"

namespace zs {

using namespace protocol;
using wire::refusal;
using wire::shapeReason;

namespace {

const QString kInvalid = QStringLiteral("invalid");
const QString kWrongType = QStringLiteral("wrong_type");

QString idMessage()
{
    return QStringLiteral("must be 3 to 64 lower-case letters, digits, - or _");
}

QString lineMessage()
{
    return QStringLiteral("must be meer_kiezen, beter_leren or anders_werken");
}

QString statusMessage()
{
    return QStringLiteral("must be planned, running, done or stopped");
}

/// wire::readString with the message and code first, as this file's callers read best.
std::optional<ProtocolError> readString(const QJsonObject &o, QLatin1String key,
    const QString &field, const QString &message, const QString &code, QString *out)
{
    return wire::readString(o, key, field, out, message, code);
}

std::optional<ProtocolError> readNumber(
    const QJsonObject &o, QLatin1String key, const QString &field, double *out)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return refusal(field, QStringLiteral("must be a number"), kWrongType, shapeReason(v));
    *out = v.toDouble();
    return std::nullopt;
}

std::optional<ProtocolError> readDate(
    const QJsonObject &o, QLatin1String key, const QString &field, QString *out)
{
    return readString(o, key, field, QStringLiteral("must be a date YYYY-MM-DD"), kInvalid, out);
}

std::optional<ProtocolError> checkDate(const QString &date, const QString &field)
{
    if (!wire::isDate(date))
        return refusal(field, QStringLiteral("must be a date YYYY-MM-DD"));
    return std::nullopt;
}

QJsonValue number(double v)
{
    return QJsonValue(v);
}

} // namespace

std::optional<Action> Action::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(json, QStringLiteral("an action"),
        { QLatin1String("id"), QLatin1String("region"), QLatin1String("title"),
            QLatin1String("description"), QLatin1String("line"), QLatin1String("themes"),
            QLatin1String("commitment"), QLatin1String("target"), QLatin1String("progress"),
            QLatin1String("status"), QLatin1String("source"), QLatin1String("example") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &a = *object;
    Action action;
    if (auto e = readString(
            a, QLatin1String("id"), QStringLiteral("id"), idMessage(), kInvalid, &action.id))
        return fail(*e);
    if (auto e = readString(a, QLatin1String("region"), QStringLiteral("region"),
            QStringLiteral("must be the region of the path"), kInvalid, &action.region))
        return fail(*e);
    if (auto e = wire::readLabel(a.value(QLatin1String("title")), QStringLiteral("title"),
            &action.title, limits::kActionTitleMax))
        return fail(*e);
    if (auto e = wire::readLabel(a.value(QLatin1String("description")),
            QStringLiteral("description"), &action.description, limits::kActionDescriptionMax))
        return fail(*e);
    if (auto e = readString(a, QLatin1String("line"), QStringLiteral("line"), lineMessage(),
            kInvalid, &action.line))
        return fail(*e);
    const QJsonValue themes = a.value(QLatin1String("themes"));
    if (!themes.isArray())
        return fail(refusal(QStringLiteral("themes"),
            QStringLiteral("must be a list of %1 to %2 theme ids")
                .arg(limits::kMinThemes)
                .arg(limits::kMaxThemes),
            kWrongType, shapeReason(themes)));
    if (!wire::readStrings(themes, &action.themes))
        return fail(refusal(
            QStringLiteral("themes"), QStringLiteral("unknown theme ''"), kInvalid, kWrongType));

    const QJsonValue commitment = a.value(QLatin1String("commitment"));
    if (!commitment.isObject())
        return fail(refusal(QStringLiteral("commitment"),
            QStringLiteral("must be an object with what, who, whoDoesWhat, withWhat"), kWrongType,
            shapeReason(commitment)));
    const QJsonObject c = commitment.toObject();
    if (auto e = wire::onlyKeys(c,
            { QLatin1String("what"), QLatin1String("who"), QLatin1String("whoDoesWhat"),
                QLatin1String("withWhat") },
            QStringLiteral("commitment.")))
        return fail(*e);
    const std::pair<QLatin1String, LocalizedText *> fourW[] = {
        { QLatin1String("what"), &action.commitment.what },
        { QLatin1String("who"), &action.commitment.who },
        { QLatin1String("whoDoesWhat"), &action.commitment.whoDoesWhat },
        { QLatin1String("withWhat"), &action.commitment.withWhat },
    };
    for (const auto &[key, out] : fourW) {
        if (auto e = wire::readLabel(
                c.value(key), QStringLiteral("commitment.") + key, out, limits::kCommitmentMax))
            return fail(*e);
    }

    const QJsonValue target = a.value(QLatin1String("target"));
    if (!target.isObject())
        return fail(refusal(QStringLiteral("target"), QStringLiteral("must be an object"),
            kWrongType, shapeReason(target)));
    const QJsonObject t = target.toObject();
    if (auto e = wire::onlyKeys(t,
            { QLatin1String("metric"), QLatin1String("baseline"), QLatin1String("value"),
                QLatin1String("unit"), QLatin1String("date") },
            QStringLiteral("target.")))
        return fail(*e);
    if (auto e = wire::readLabel(t.value(QLatin1String("metric")), QStringLiteral("target.metric"),
            &action.target.metric, limits::kTargetMetricMax))
        return fail(*e);
    if (auto e = wire::readLabel(t.value(QLatin1String("unit")), QStringLiteral("target.unit"),
            &action.target.unit, limits::kTargetUnitMax))
        return fail(*e);
    if (auto e = readNumber(t, QLatin1String("baseline"), QStringLiteral("target.baseline"),
            &action.target.baseline))
        return fail(*e);
    if (auto e = readNumber(
            t, QLatin1String("value"), QStringLiteral("target.value"), &action.target.value))
        return fail(*e);
    if (auto e
        = readDate(t, QLatin1String("date"), QStringLiteral("target.date"), &action.target.date))
        return fail(*e);

    const QJsonValue progress = a.value(QLatin1String("progress"));
    if (!progress.isArray())
        return fail(refusal(QStringLiteral("progress"),
            QStringLiteral("must be a list of at most %1 updates").arg(limits::kMaxProgress),
            kWrongType, shapeReason(progress)));
    const QJsonArray updates = progress.toArray();
    for (qsizetype i = 0; i < updates.size(); ++i) {
        const QJsonValue p = updates.at(i);
        const QString field = QStringLiteral("progress[%1]").arg(i);
        if (!p.isObject())
            return fail(
                refusal(field, QStringLiteral("must be an object"), kWrongType, kWrongType));
        const QJsonObject po = p.toObject();
        if (auto e = wire::onlyKeys(po,
                { QLatin1String("date"), QLatin1String("value"), QLatin1String("note") },
                field + QLatin1Char('.')))
            return fail(*e);
        ActionProgress update;
        if (auto e
            = readDate(po, QLatin1String("date"), field + QStringLiteral(".date"), &update.date))
            return fail(*e);
        if (auto e = readNumber(
                po, QLatin1String("value"), field + QStringLiteral(".value"), &update.value))
            return fail(*e);
        if (auto e = wire::readLabel(po.value(QLatin1String("note")),
                field + QStringLiteral(".note"), &update.note, limits::kProgressNoteMax))
            return fail(*e);
        action.progress.append(update);
    }
    if (auto e = readString(a, QLatin1String("status"), QStringLiteral("status"), statusMessage(),
            kInvalid, &action.status))
        return fail(*e);
    const QJsonValue source = a.value(QLatin1String("source"));
    if (!source.isUndefined()) {
        if (!source.isString())
            return fail(refusal(QStringLiteral("source"),
                QStringLiteral("must be an https:// link"), kInvalid, kWrongType));
        action.source = source.toString();
    }
    const QJsonValue example = a.value(QLatin1String("example"));
    if (!example.isUndefined()) {
        if (!example.isBool())
            return fail(refusal(QStringLiteral("example"), QStringLiteral("must be true or false"),
                kWrongType, kWrongType));
        action.example = example.toBool();
    }
    return action;
}

QJsonObject Action::toJson() const
{
    QJsonArray updates;
    for (const ActionProgress &p : progress)
        updates.append(QJsonObject { { QStringLiteral("date"), p.date },
            { QStringLiteral("value"), number(p.value) },
            { QStringLiteral("note"), wire::labelJson(p.note) } });
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("region"), region },
        { QStringLiteral("title"), wire::labelJson(title) },
        { QStringLiteral("description"), wire::labelJson(description) },
        { QStringLiteral("line"), line },
        { QStringLiteral("themes"), QJsonArray::fromStringList(themes) },
        { QStringLiteral("commitment"),
            QJsonObject { { QStringLiteral("what"), wire::labelJson(commitment.what) },
                { QStringLiteral("who"), wire::labelJson(commitment.who) },
                { QStringLiteral("whoDoesWhat"), wire::labelJson(commitment.whoDoesWhat) },
                { QStringLiteral("withWhat"), wire::labelJson(commitment.withWhat) } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("metric"), wire::labelJson(target.metric) },
                { QStringLiteral("baseline"), number(target.baseline) },
                { QStringLiteral("value"), number(target.value) },
                { QStringLiteral("unit"), wire::labelJson(target.unit) },
                { QStringLiteral("date"), target.date } } },
        { QStringLiteral("progress"), updates },
        { QStringLiteral("status"), status },
    };
    if (source)
        o.insert(QStringLiteral("source"), *source);
    if (example)
        o.insert(QStringLiteral("example"), *example);
    return o;
}

std::optional<ProtocolError> Action::validate(const QString &pathRegion) const
{
    if (!wire::matches(id, limits::kIdPattern))
        return refusal(QStringLiteral("id"), idMessage());
    if (!ReferenceData::contains(ReferenceData::instance().regions, pathRegion)
        || region != pathRegion)
        return refusal(QStringLiteral("region"),
            QStringLiteral("must be the region of the path, '%1'").arg(pathRegion));
    if (auto e = wire::checkLabel(title, QStringLiteral("title"), limits::kActionTitleMax))
        return e;
    if (auto e = wire::checkLabel(
            description, QStringLiteral("description"), limits::kActionDescriptionMax))
        return e;
    const ReferenceData &ref = ReferenceData::instance();
    if (!ReferenceData::contains(ref.actionLines, line))
        return refusal(
            QStringLiteral("line"), lineMessage(), kInvalid, QStringLiteral("unknown_value"));
    if (themes.size() < limits::kMinThemes || themes.size() > limits::kMaxThemes)
        return refusal(QStringLiteral("themes"),
            QStringLiteral("must be a list of %1 to %2 theme ids")
                .arg(limits::kMinThemes)
                .arg(limits::kMaxThemes),
            kWrongType,
            themes.size() < limits::kMinThemes ? QStringLiteral("too_short")
                                               : QStringLiteral("too_long"));
    for (const QString &theme : themes) {
        if (!ReferenceData::contains(ref.retentionThemes, theme))
            return refusal(QStringLiteral("themes"),
                QStringLiteral("unknown theme '%1'").arg(theme), kInvalid,
                QStringLiteral("unknown_value"));
    }
    const std::pair<QLatin1String, const LocalizedText *> fourW[] = {
        { QLatin1String("what"), &commitment.what },
        { QLatin1String("who"), &commitment.who },
        { QLatin1String("whoDoesWhat"), &commitment.whoDoesWhat },
        { QLatin1String("withWhat"), &commitment.withWhat },
    };
    for (const auto &[key, text] : fourW) {
        if (auto e
            = wire::checkLabel(*text, QStringLiteral("commitment.") + key, limits::kCommitmentMax))
            return e;
    }
    if (auto e = wire::checkLabel(
            target.metric, QStringLiteral("target.metric"), limits::kTargetMetricMax))
        return e;
    if (auto e
        = wire::checkLabel(target.unit, QStringLiteral("target.unit"), limits::kTargetUnitMax))
        return e;
    if (auto e = checkDate(target.date, QStringLiteral("target.date")))
        return e;
    if (progress.size() > limits::kMaxProgress)
        return refusal(QStringLiteral("progress"),
            QStringLiteral("must be a list of at most %1 updates").arg(limits::kMaxProgress),
            kWrongType, QStringLiteral("too_long"));
    for (qsizetype i = 0; i < progress.size(); ++i) {
        const QString field = QStringLiteral("progress[%1]").arg(i);
        if (auto e = checkDate(progress.at(i).date, field + QStringLiteral(".date")))
            return e;
        if (auto e = wire::checkLabel(
                progress.at(i).note, field + QStringLiteral(".note"), limits::kProgressNoteMax))
            return e;
    }
    if (!wire::oneOf(limits::kActionStatuses, status))
        return refusal(
            QStringLiteral("status"), statusMessage(), kInvalid, QStringLiteral("unknown_value"));
    if (source
        && (!source->startsWith(limits::kHttpsPrefix) || source->size() > limits::kSourceMax))
        return refusal(QStringLiteral("source"), QStringLiteral("must be an https:// link"),
            kInvalid, source->size() > limits::kSourceMax ? QStringLiteral("too_long") : kInvalid);
    return std::nullopt;
}

} // namespace zs
