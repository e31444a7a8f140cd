#include "coordinatorcontroller.h"

#include "guarded.h"

#include "action.h"
#include "wirelimits.h"

#include <QDate>
#include <QJsonArray>

namespace zs {

namespace {

const char *const kCommitmentKeys[] = { "whatNl", "whoNl", "whoDoesWhatNl", "withWhatNl" };

QJsonObject label(const QVariantMap &form, const QString &key)
{
    const QString nl = form.value(key + QStringLiteral("Nl")).toString().trimmed();
    const QString en = form.value(key + QStringLiteral("En")).toString().trimmed();
    return { { QStringLiteral("nl"), nl }, { QStringLiteral("en"), en.isEmpty() ? nl : en } };
}

} // namespace

CoordinatorController::CoordinatorController(QObject *parent)
    : RegionPage(parent)
    , m_ideas({ "ideaId", "title", "description", "supports", "willHelp", "name" })
    , m_stats({ "panel", "name", "members" })
{ }

QString CoordinatorController::regionId() const
{
    return m_region ? m_region->region() : QString();
}

void CoordinatorController::setToken(const QString &token)
{
    // Kept in memory only: a coordinator token is a secret and is never written to disk here.
    if (token.trimmed() == m_token)
        return;
    m_token = token.trimmed();
    Q_EMIT tokenChanged();
}

void CoordinatorController::report(bool ok, const QString &message)
{
    m_ok = ok;
    m_message = message;
    Q_EMIT messageChanged();
}

void CoordinatorController::send(const QByteArray &method, const QString &path,
    const QJsonObject &body, const std::function<void(const CollectorReply &)> &done)
{
    if (!m_region)
        return;
    if (m_token.isEmpty()) {
        report(false, tr("Enter your coordinator token first."));
        return;
    }
    ++m_busy;
    Q_EMIT busyChanged();
    m_region->context().collector().send(
        method, path, body, {}, m_token, guarded(this, [this, done](const CollectorReply &reply) {
            --m_busy;
            Q_EMIT busyChanged();
            if (reply.status == 401)
                report(false, tr("The collector does not accept this token."));
            else if (reply.status == 403)
                report(false, tr("This token is for another region."));
            else if (reply.status == 0)
                report(false, tr("No connection to the collector."));
            else
                done(reply);
        }));
}

void CoordinatorController::reportRefusal(const CollectorReply &reply)
{
    // The collector names the field it refused; a coordinator needs to know which one. Its
    // message is English for API users, so the person sees our own words.
    const QString field = reply.json()[QLatin1String("error")][QLatin1String("field")].toString();
    report(false,
        field.isEmpty()
            ? tr("The collector did not accept this (%1).").arg(reply.status)
            : tr("The collector did not accept this: check the field \"%1\".").arg(field));
}

QJsonObject CoordinatorController::cachedAction(const QString &actionId) const
{
    return m_region ? m_region->rawAction(actionId) : QJsonObject();
}

QVariantMap CoordinatorController::actionForm(const QString &actionId) const
{
    const QJsonObject a = cachedAction(actionId);
    const auto nl = [&](const QJsonValue &v) {
        return v[QLatin1String("nl")].toString();
    };
    const auto en = [&](const QJsonValue &v) {
        return v[QLatin1String("en")].toString();
    };
    const QJsonObject c = a.value(QLatin1String("commitment")).toObject();
    const QJsonObject t = a.value(QLatin1String("target")).toObject();
    QStringList themes;
    for (const QJsonValue &v : a.value(QLatin1String("themes")).toArray())
        themes.append(v.toString());
    return {
        { QStringLiteral("id"), a.value(QLatin1String("id")).toString() },
        { QStringLiteral("titleNl"), nl(a.value(QLatin1String("title"))) },
        { QStringLiteral("titleEn"), en(a.value(QLatin1String("title"))) },
        { QStringLiteral("descriptionNl"), nl(a.value(QLatin1String("description"))) },
        { QStringLiteral("descriptionEn"), en(a.value(QLatin1String("description"))) },
        { QStringLiteral("line"), a.value(QLatin1String("line")).toString() },
        { QStringLiteral("themes"), themes },
        { QStringLiteral("whatNl"), nl(c.value(QLatin1String("what"))) },
        { QStringLiteral("whoNl"), nl(c.value(QLatin1String("who"))) },
        { QStringLiteral("whoDoesWhatNl"), nl(c.value(QLatin1String("whoDoesWhat"))) },
        { QStringLiteral("withWhatNl"), nl(c.value(QLatin1String("withWhat"))) },
        { QStringLiteral("metricNl"), nl(t.value(QLatin1String("metric"))) },
        { QStringLiteral("unitNl"), nl(t.value(QLatin1String("unit"))) },
        { QStringLiteral("baseline"), t.value(QLatin1String("baseline")).toDouble() },
        { QStringLiteral("target"), t.value(QLatin1String("value")).toDouble() },
        { QStringLiteral("targetDate"), t.value(QLatin1String("date")).toString() },
        { QStringLiteral("status"),
            a.value(QLatin1String("status")).toString(QStringLiteral("planned")) },
        { QStringLiteral("source"), a.value(QLatin1String("source")).toString() },
    };
}

QJsonObject CoordinatorController::buildAction(
    const QVariantMap &form, const QString &region, QString *error)
{
    const QString id = form.value(QStringLiteral("id")).toString().trimmed();
    const QString line = form.value(QStringLiteral("line")).toString();
    const QString status = form.value(QStringLiteral("status")).toString();
    const QString date = form.value(QStringLiteral("targetDate")).toString();
    const QString source = form.value(QStringLiteral("source")).toString().trimmed();
    const QStringList themes = form.value(QStringLiteral("themes")).toStringList();
    // The form asks a little more than the wire: a real Dutch title, and every part of the 4W.
    if (form.value(QStringLiteral("titleNl")).toString().trimmed().size() < 3)
        *error = tr("Give the action a Dutch title of at least 3 characters.");
    else if (std::any_of(
                 std::begin(kCommitmentKeys), std::end(kCommitmentKeys), [&](const char *key) {
                     return form.value(QLatin1String(key)).toString().trimmed().isEmpty();
                 }))
        *error
            = tr("Fill in all four parts of the commitment: what, who, who does what, with what.");
    if (!error->isEmpty())
        return {};
    QJsonArray themeArray;
    for (const QString &t : themes)
        themeArray.append(t);
    QJsonObject action {
        { QStringLiteral("id"), id },
        { QStringLiteral("region"), region },
        { QStringLiteral("title"), label(form, QStringLiteral("title")) },
        { QStringLiteral("description"), label(form, QStringLiteral("description")) },
        { QStringLiteral("line"), line },
        { QStringLiteral("themes"), themeArray },
        { QStringLiteral("commitment"),
            QJsonObject { { QStringLiteral("what"), label(form, QStringLiteral("what")) },
                { QStringLiteral("who"), label(form, QStringLiteral("who")) },
                { QStringLiteral("whoDoesWhat"), label(form, QStringLiteral("whoDoesWhat")) },
                { QStringLiteral("withWhat"), label(form, QStringLiteral("withWhat")) } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("metric"), label(form, QStringLiteral("metric")) },
                { QStringLiteral("baseline"), form.value(QStringLiteral("baseline")).toDouble() },
                { QStringLiteral("value"), form.value(QStringLiteral("target")).toDouble() },
                { QStringLiteral("unit"), label(form, QStringLiteral("unit")) },
                { QStringLiteral("date"), date } } },
        { QStringLiteral("progress"),
            QJsonArray::fromVariantList(form.value(QStringLiteral("progress")).toList()) },
        { QStringLiteral("status"), status },
        { QStringLiteral("example"), false },
    };
    if (!source.isEmpty())
        action.insert(QStringLiteral("source"), source);
    // The collector's own check (sync/protocol), so the form and the collector cannot drift.
    ProtocolError shapeError;
    const auto parsed = Action::fromJson(action, &shapeError);
    const auto refusal = parsed ? parsed->validate(region) : std::optional(shapeError);
    if (refusal) {
        *error = fieldMessage(*refusal);
        return {};
    }
    return parsed->toJson();
}

QString CoordinatorController::fieldMessage(const ProtocolError &error)
{
    const QString &f = error.field;
    const auto is = [&f](const char *prefix) {
        return f.startsWith(QLatin1String(prefix));
    };
    if (is("id"))
        return tr("The id needs 3 to 64 lower-case letters, digits, - or _.");
    if (is("title"))
        return tr("Give the action a Dutch title of at most %1 characters.")
            .arg(protocol::limits::kActionTitleMax);
    if (is("description"))
        return tr("Describe the action (at most %1 characters).")
            .arg(protocol::limits::kActionDescriptionMax);
    if (is("line"))
        return tr("Choose an action line.");
    if (is("themes"))
        return tr("Choose at least one theme.");
    if (is("status"))
        return tr("Choose a status.");
    if (is("commitment"))
        return tr("Fill in all four parts of the commitment: what, who, who does what, with what.");
    if (is("target.metric") || is("target.unit"))
        return tr("Name the target metric and its unit.");
    if (is("target.date"))
        return tr("The target date must be a date like 2027-12-31.");
    if (is("target"))
        return tr("The baseline and the target value must be numbers.");
    if (is("progress"))
        return tr("A progress update needs a date like 2026-11-22 and a number.");
    if (is("source"))
        return tr("The source must be an https:// link.");
    if (is("region"))
        return tr("Choose your region in your profile first.");
    return tr("The action cannot be published as it is (field %1).").arg(f);
}

void CoordinatorController::publishAction(const QVariantMap &form)
{
    const QString region = regionId();
    QString error;
    QVariantMap complete = form;
    if (!complete.contains(QStringLiteral("progress"))) {
        // Keep the progress an existing action already has.
        complete.insert(QStringLiteral("progress"),
            cachedAction(form.value(QStringLiteral("id")).toString())
                .value(QLatin1String("progress"))
                .toArray()
                .toVariantList());
    }
    const QJsonObject action = buildAction(complete, region, &error);
    if (!error.isEmpty()) {
        report(false, error);
        return;
    }
    send("POST", QStringLiteral("/v1/regions/%1/actions").arg(region), action,
        [this](const CollectorReply &reply) {
            if (reply.status != 200 && reply.status != 201) {
                reportRefusal(reply);
                return;
            }
            report(true,
                reply.status == 201 ? tr("The action was published.")
                                    : tr("The action was updated."));
            if (m_region)
                m_region->refresh();
            Q_EMIT published();
        });
}

void CoordinatorController::addProgress(
    const QString &actionId, const QString &date, double value, const QString &note)
{
    if (!QDate::fromString(date, Qt::ISODate).isValid()) {
        report(false, tr("The date must be a date like 2026-11-22."));
        return;
    }
    QVariantMap form = actionForm(actionId);
    if (form.value(QStringLiteral("id")).toString().isEmpty()) {
        report(false, tr("Choose an action first."));
        return;
    }
    QVariantList progress
        = cachedAction(actionId).value(QLatin1String("progress")).toArray().toVariantList();
    progress.append(
        QVariantMap { { QStringLiteral("date"), date }, { QStringLiteral("value"), value },
            { QStringLiteral("note"),
                QVariantMap { { QStringLiteral("nl"), note }, { QStringLiteral("en"), note } } } });
    form.insert(QStringLiteral("progress"), progress);
    publishAction(form);
}

void CoordinatorController::refresh()
{
    send("GET", QStringLiteral("/v1/regions/%1/ideas").arg(regionId()), {},
        [this](const CollectorReply &reply) {
            if (reply.status != 200) {
                report(false, tr("The collector could not list the ideas (%1).").arg(reply.status));
                return;
            }
            QList<QVariantList> rows;
            for (const QJsonValue &i : reply.json().value(QLatin1String("ideas")).toArray())
                rows.append(
                    { i[QLatin1String("id")].toString(), i[QLatin1String("title")].toString(),
                        i[QLatin1String("description")].toString(),
                        i[QLatin1String("supports")].toInt(), i[QLatin1String("willHelp")].toBool(),
                        i[QLatin1String("name")].toString() });
            m_ideas.setRows(rows);
        });
    if (!m_region)
        return;
    RowModel *panels = m_region->panels();
    QList<QVariantList> rows;
    for (int row = 0; row < panels->count(); ++row)
        rows.append({ panels->value(row, "panelId"), panels->value(row, "name"), -1 });
    m_stats.setRows(rows);
    for (const QVariantList &panel : std::as_const(rows)) {
        const QString panelId = panel.at(0).toString();
        send("GET", QStringLiteral("/v1/panels/%1/stats").arg(panelId), {},
            [this, panelId](const CollectorReply &reply) {
                const int row = m_stats.indexOf(panelId);
                if (reply.status != 200 || row < 0)
                    return;
                QList<QVariantList> updated;
                for (int r = 0; r < m_stats.count(); ++r)
                    updated.append({ m_stats.value(r, "panel"), m_stats.value(r, "name"),
                        r == row ? reply.json().value(QLatin1String("members")).toInt()
                                 : m_stats.value(r, "members") });
                m_stats.setRows(updated);
            });
    }
}

} // namespace zs
