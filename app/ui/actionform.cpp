#include "actionform.h"

#include "action.h"
#include "wirelimits.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace zs {

namespace {

using namespace protocol;

/// The form's labelled texts: the key prefix of its Nl/En fields and the wire path.
struct LabelField
{
    const char *key;
    const char *wire;
};
constexpr LabelField kLabels[] = {
    { "title", "title" },
    { "description", "description" },
    { "what", "commitment.what" },
    { "who", "commitment.who" },
    { "whoDoesWhat", "commitment.whoDoesWhat" },
    { "withWhat", "commitment.withWhat" },
    { "metric", "target.metric" },
    { "unit", "target.unit" },
};

QString text(const QVariantMap &form, const QString &key)
{
    return form.value(key).toString().trimmed();
}

QJsonObject label(const QVariantMap &form, const QString &key)
{
    const QString nl = text(form, key + QStringLiteral("Nl"));
    const QString en = text(form, key + QStringLiteral("En"));
    // An English text left empty shows the Dutch one, so both languages have text.
    return { { QStringLiteral("nl"), nl }, { QStringLiteral("en"), en.isEmpty() ? nl : en } };
}

QJsonValue at(const QJsonObject &o, const char *path)
{
    QJsonValue v = o;
    for (const QString &part : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v[part];
    return v;
}

int maxLength(const QString &key)
{
    if (key == QLatin1String("title"))
        return limits::kActionTitleMax;
    if (key == QLatin1String("description"))
        return limits::kActionDescriptionMax;
    if (key == QLatin1String("metric"))
        return limits::kTargetMetricMax;
    if (key == QLatin1String("unit"))
        return limits::kTargetUnitMax;
    return limits::kCommitmentMax;
}

} // namespace

QVariantMap ActionForm::fields(const QJsonObject &a)
{
    QVariantMap form {
        { QStringLiteral("id"), a.value(QLatin1String("id")).toString() },
        { QStringLiteral("line"), a.value(QLatin1String("line")).toString() },
        { QStringLiteral("status"),
            a.value(QLatin1String("status")).toString(QStringLiteral("planned")) },
        { QStringLiteral("source"), a.value(QLatin1String("source")).toString() },
        { QStringLiteral("targetDate"), at(a, "target.date").toString() },
    };
    QStringList themes;
    for (const QJsonValue &v : a.value(QLatin1String("themes")).toArray())
        themes.append(v.toString());
    form.insert(QStringLiteral("themes"), themes);
    for (const LabelField &f : kLabels) {
        const QJsonValue l = at(a, f.wire);
        const QString nl = l[QLatin1String("nl")].toString();
        const QString en = l[QLatin1String("en")].toString();
        form.insert(QLatin1String(f.key) + QStringLiteral("Nl"), nl);
        // An English text that only repeats the Dutch one was left empty.
        form.insert(QLatin1String(f.key) + QStringLiteral("En"), en == nl ? QString() : en);
    }
    const QJsonValue target = a.value(QLatin1String("target"));
    form.insert(QStringLiteral("baseline"),
        target.isObject() ? QString::number(target[QLatin1String("baseline")].toDouble())
                          : QString());
    form.insert(QStringLiteral("target"),
        target.isObject() ? QString::number(target[QLatin1String("value")].toDouble()) : QString());
    return form;
}

std::optional<double> ActionForm::number(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong) {
        const double v = value.toDouble();
        return std::isfinite(v) ? std::optional(v) : std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    QString typed = value.toString().trimmed();
    if (!pattern.match(typed).hasMatch())
        return std::nullopt;
    typed.replace(QLatin1Char(','), QLatin1Char('.'));
    return typed.toDouble();
}

QJsonObject ActionForm::build(const QVariantMap &form, const QString &region, QVariantMap *errors)
{
    errors->clear();
    // The form asks a little more than the wire, every problem at once: a real Dutch title,
    // every part of the 4W, numbers and a day.
    if (text(form, QStringLiteral("titleNl")).size() < 3)
        errors->insert(QStringLiteral("titleNl"),
            tr("Give the action a Dutch title of at least 3 characters."));
    for (const char *key : { "whatNl", "whoNl", "whoDoesWhatNl", "withWhatNl" }) {
        if (text(form, QLatin1String(key)).isEmpty())
            errors->insert(QLatin1String(key), tr("Fill in this part of the commitment."));
    }
    const auto baseline = number(form.value(QStringLiteral("baseline")));
    const auto goal = number(form.value(QStringLiteral("target")));
    if (!baseline)
        errors->insert(QStringLiteral("baseline"), tr("Type a number, such as 0 or 2,5."));
    if (!goal)
        errors->insert(QStringLiteral("target"), tr("Type a number, such as 10 or 2,5."));
    const QString date = text(form, QStringLiteral("targetDate"));
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        errors->insert(QStringLiteral("targetDate"), tr("Pick the day the target should be met."));
    if (!errors->isEmpty())
        return {};
    QJsonObject action {
        { QStringLiteral("id"), text(form, QStringLiteral("id")) },
        { QStringLiteral("region"), region },
        { QStringLiteral("title"), label(form, QStringLiteral("title")) },
        { QStringLiteral("description"), label(form, QStringLiteral("description")) },
        { QStringLiteral("line"), form.value(QStringLiteral("line")).toString() },
        { QStringLiteral("themes"),
            QJsonArray::fromStringList(form.value(QStringLiteral("themes")).toStringList()) },
        { QStringLiteral("commitment"),
            QJsonObject { { QStringLiteral("what"), label(form, QStringLiteral("what")) },
                { QStringLiteral("who"), label(form, QStringLiteral("who")) },
                { QStringLiteral("whoDoesWhat"), label(form, QStringLiteral("whoDoesWhat")) },
                { QStringLiteral("withWhat"), label(form, QStringLiteral("withWhat")) } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("metric"), label(form, QStringLiteral("metric")) },
                { QStringLiteral("baseline"), *baseline }, { QStringLiteral("value"), *goal },
                { QStringLiteral("unit"), label(form, QStringLiteral("unit")) },
                { QStringLiteral("date"), date } } },
        { QStringLiteral("progress"),
            QJsonArray::fromVariantList(form.value(QStringLiteral("progress")).toList()) },
        { QStringLiteral("status"), form.value(QStringLiteral("status")).toString() },
        { QStringLiteral("example"), false },
    };
    const QString source = text(form, QStringLiteral("source"));
    if (!source.isEmpty())
        action.insert(QStringLiteral("source"), source);
    // The collector's own check (sync/protocol), so the form and the collector cannot drift.
    ProtocolError shapeError;
    const auto parsed = Action::fromJson(action, &shapeError);
    const auto refusal = parsed ? parsed->validate(region) : std::optional(shapeError);
    if (refusal) {
        errors->insert(formField(*refusal), message(*refusal));
        return {};
    }
    return parsed->toJson();
}

QString ActionForm::formField(const ProtocolError &error)
{
    const QString &f = error.field;
    if (f.startsWith(QLatin1String("progress")))
        return QStringLiteral("progress");
    if (f == QLatin1String("target.baseline"))
        return QStringLiteral("baseline");
    if (f == QLatin1String("target.value") || f == QLatin1String("target"))
        return QStringLiteral("target");
    if (f == QLatin1String("target.date"))
        return QStringLiteral("targetDate");
    for (const LabelField &l : kLabels) {
        const QString wire = QLatin1String(l.wire);
        if (f == wire || f.startsWith(wire + QLatin1Char('.')))
            return QLatin1String(l.key)
                + (f.endsWith(QLatin1String(".en")) ? QStringLiteral("En") : QStringLiteral("Nl"));
    }
    if (f.startsWith(QLatin1String("commitment")))
        return QStringLiteral("whatNl");
    return f; // id, region, line, themes, status, source
}

QString ActionForm::message(const ProtocolError &error)
{
    const QString field = formField(error);
    const QString why = error.why();
    for (const LabelField &l : kLabels) {
        const QString key = QLatin1String(l.key);
        if (field != key + QStringLiteral("Nl") && field != key + QStringLiteral("En"))
            continue;
        if (why == QLatin1String("too_long"))
            return tr("This text is too long: at most %n character(s).", "", maxLength(key));
        if (why == QLatin1String("missing") || why == QLatin1String("too_short")) {
            if (key == QLatin1String("title"))
                return tr("Give the action a Dutch title of at least 3 characters.");
            if (key == QLatin1String("description"))
                return tr("Describe the action.");
            return tr("Fill this in.");
        }
        return tr("This text holds a character that cannot be sent; retype it.");
    }
    if (field == QLatin1String("id"))
        return tr("Use 3 to 64 lower-case letters, digits, - or _, such as utrecht-starters.");
    if (field == QLatin1String("line"))
        return tr("Choose an action line.");
    if (field == QLatin1String("themes"))
        return why == QLatin1String("too_long") ? tr("Choose fewer themes.")
                                                : tr("Choose at least one theme.");
    if (field == QLatin1String("status"))
        return tr("Choose a status.");
    if (field == QLatin1String("baseline") || field == QLatin1String("target"))
        return tr("Type a number, such as 10 or 2,5.");
    if (field == QLatin1String("targetDate"))
        return tr("Pick the day the target should be met.");
    if (field == QLatin1String("progress"))
        return tr("A progress update needs a day, a number and a short note.");
    if (field == QLatin1String("source"))
        return tr("The source must be an https:// link.");
    if (field == QLatin1String("region"))
        return tr("Choose your region in your profile first.");
    return tr("The action cannot be published as it is (field %1).").arg(error.field);
}

bool ActionForm::checkProgress(
    const QString &date, const QVariant &value, const QString &note, QVariantMap *errors)
{
    errors->clear();
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        errors->insert(QStringLiteral("progressDate"), tr("Pick the day of this update."));
    if (!number(value))
        errors->insert(QStringLiteral("progressValue"), tr("Type a number, such as 4 or 2,5."));
    if (note.trimmed().isEmpty())
        errors->insert(QStringLiteral("progressNote"), tr("Say in a few words what happened."));
    else if (note.trimmed().size() > limits::kProgressNoteMax)
        errors->insert(QStringLiteral("progressNote"),
            tr("This text is too long: at most %n character(s).", "", limits::kProgressNoteMax));
    return errors->isEmpty();
}

} // namespace zs
