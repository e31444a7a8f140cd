#include "coordinatorcontroller.h"

#include "actionform.h"
#include "guarded.h"
#include "referencedata.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace zs {

namespace {

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace

CoordinatorController::CoordinatorController(QObject *parent)
    : RegionPage(parent)
    , m_ideas(
          { "ideaId", "title", "description", "theme", "created", "supports", "willHelp", "name" })
    , m_stats({ "panel", "name", "members" })
    , m_audit({ "entry", "day", "actor", "what" })
    , m_employers({ "employer", "name", "exit", "retention" })
{
    // The actions change (published, removed, a fresh list): "you said, we did" follows.
    connect(this, &RegionPage::regionChanged, this, [this] {
        if (m_region)
            connect(m_region, &RegionController::actionsUpdated, this,
                &CoordinatorController::showYouSaid, Qt::UniqueConnection);
    });
}

QString CoordinatorController::regionId() const
{
    return m_session ? m_session->region() : QString();
}

void CoordinatorController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    showYouSaid();
}

void CoordinatorController::report(const QString &area, bool ok, const QString &message)
{
    m_area = area;
    m_ok = ok;
    m_message = message;
    Q_EMIT messageChanged();
}

void CoordinatorController::setFieldErrors(const QVariantMap &errors)
{
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    Q_EMIT fieldErrorsChanged();
}

void CoordinatorController::clearFieldErrors()
{
    setFieldErrors({});
}

void CoordinatorController::clearFieldError(const QString &field)
{
    if (!m_fieldErrors.contains(field))
        return;
    QVariantMap errors = m_fieldErrors;
    errors.remove(field);
    setFieldErrors(errors);
}

void CoordinatorController::send(const QString &area, const QByteArray &method, const QString &path,
    const QJsonObject &body, const std::function<void(const CollectorReply &)> &done,
    const QByteArray &accept)
{
    if (!m_session || !m_session->coordinator()) {
        report(area, false, tr("Sign in with your coordinator token first."));
        return;
    }
    ++m_busy;
    Q_EMIT busyChanged();
    m_session->send(
        method, path, body, accept, guarded(this, [this, area, done](const CollectorReply &reply) {
            --m_busy;
            Q_EMIT busyChanged();
            if (reply.status == 401)
                report(
                    area, false, tr("The collector no longer accepts this token: sign in again."));
            else if (reply.status == 403)
                report(area, false, tr("This token is for another region."));
            else if (reply.status == 0)
                report(area, false, tr("No connection to the collector."));
            else
                done(reply);
        }));
}

void CoordinatorController::reportRefusal(const QString &area, const CollectorReply &reply)
{
    // The collector names the field it refused; the form shows our own words next to it (its
    // message is English for API users).
    const QJsonObject e = reply.json().value(QLatin1String("error")).toObject();
    const ProtocolError refusal { reply.status, e.value(QLatin1String("code")).toString(), {},
        e.value(QLatin1String("field")).toString() };
    if (area == QLatin1String("action") && !refusal.field.isEmpty()) {
        setFieldErrors({ { ActionForm::formField(refusal), ActionForm::message(refusal) } });
        report(area, false, tr("The collector did not accept this: see the marked field."));
        return;
    }
    report(area, false,
        refusal.field.isEmpty()
            ? tr("The collector did not accept this (%1).").arg(reply.status)
            : tr("The collector did not accept this: check the field \"%1\".").arg(refusal.field));
}

QJsonObject CoordinatorController::cachedAction(const QString &actionId) const
{
    return m_region ? m_region->rawAction(actionId) : QJsonObject();
}

QJsonArray CoordinatorController::regionActions() const
{
    QJsonArray list;
    if (!m_region)
        return list;
    RowModel *actions = m_region->actions();
    for (int row = 0; row < actions->count(); ++row)
        list.append(m_region->rawAction(actions->value(row, "actionId").toString()));
    return list;
}

QVariantMap CoordinatorController::actionForm(const QString &actionId) const
{
    return ActionForm::fields(cachedAction(actionId));
}

QJsonObject CoordinatorController::buildAction(
    const QVariantMap &form, const QString &region, QVariantMap *errors)
{
    return ActionForm::build(form, region, errors);
}

QString CoordinatorController::fieldMessage(const ProtocolError &error)
{
    return ActionForm::message(error);
}

void CoordinatorController::publish(
    const QString &area, const QVariantMap &form, const std::function<void(int status)> &done)
{
    const QString region = regionId();
    QVariantMap complete = form;
    if (!complete.contains(QStringLiteral("progress"))) {
        // Keep the progress an existing action already has.
        complete.insert(QStringLiteral("progress"),
            cachedAction(form.value(QStringLiteral("id")).toString())
                .value(QLatin1String("progress"))
                .toArray()
                .toVariantList());
    }
    QVariantMap errors;
    const QJsonObject action = ActionForm::build(complete, region, &errors);
    if (!errors.isEmpty()) {
        setFieldErrors(errors);
        report(area, false,
            tr("%n field(s) need(s) a change before the action can be published.", "",
                int(errors.size())));
        return;
    }
    setFieldErrors({});
    send(area, "POST", QStringLiteral("/v1/regions/%1/actions").arg(region), action,
        [this, area, done](const CollectorReply &reply) {
            if (reply.status != 200 && reply.status != 201) {
                reportRefusal(area, reply);
                return;
            }
            if (m_region)
                m_region->refresh();
            done(reply.status);
        });
}

void CoordinatorController::publishAction(const QVariantMap &form)
{
    publish(QStringLiteral("action"), form, [this](int status) {
        report(QStringLiteral("action"), true,
            status == 201 ? tr("The action was published.") : tr("The action was updated."));
        Q_EMIT published();
    });
}

void CoordinatorController::stopAction(const QString &actionId)
{
    QVariantMap form = actionForm(actionId);
    if (form.value(QStringLiteral("id")).toString().isEmpty()) {
        report(QStringLiteral("action"), false, tr("Choose an action first."));
        return;
    }
    form.insert(QStringLiteral("status"), QStringLiteral("stopped"));
    publish(QStringLiteral("action"), form, [this](int) {
        report(QStringLiteral("action"), true,
            tr("The action was stopped; it stays visible with the status \"Stopped\"."));
        Q_EMIT published();
    });
}

void CoordinatorController::removeAction(const QString &actionId)
{
    if (actionId.isEmpty()) {
        report(QStringLiteral("action"), false, tr("Choose an action first."));
        return;
    }
    send(QStringLiteral("action"), "DELETE", QStringLiteral("/v1/actions/%1").arg(actionId), {},
        [this](const CollectorReply &reply) {
            if (reply.status == 404) {
                report(QStringLiteral("action"), false,
                    tr("The collector no longer has this action."));
            } else if (reply.status != 204) {
                reportRefusal(QStringLiteral("action"), reply);
                return;
            } else {
                report(QStringLiteral("action"), true,
                    tr("The action and its reactions were removed."));
            }
            if (m_region)
                m_region->refresh();
            Q_EMIT actionRemoved();
        });
}

void CoordinatorController::addProgress(const QString &actionId, const QString &date,
    const QVariant &value, const QString &noteNl, const QString &noteEn)
{
    const QString area = QStringLiteral("progress");
    QVariantMap form = actionForm(actionId);
    if (form.value(QStringLiteral("id")).toString().isEmpty()) {
        report(area, false, tr("Choose a published action first."));
        return;
    }
    QVariantMap errors;
    if (!ActionForm::checkProgress(date, value, noteNl, &errors)) {
        setFieldErrors(errors);
        report(area, false, tr("The update needs a day, a number and a note."));
        return;
    }
    QVariantList progress
        = cachedAction(actionId).value(QLatin1String("progress")).toArray().toVariantList();
    const QString en = noteEn.trimmed().isEmpty() ? noteNl.trimmed() : noteEn.trimmed();
    progress.append(QVariantMap { { QStringLiteral("date"), date },
        { QStringLiteral("value"), *ActionForm::number(value) },
        { QStringLiteral("note"),
            QVariantMap {
                { QStringLiteral("nl"), noteNl.trimmed() }, { QStringLiteral("en"), en } } } });
    form.insert(QStringLiteral("progress"), progress);
    publish(area, form, [this, area](int) {
        report(area, true, tr("The update was added to the action."));
        Q_EMIT progressAdded();
    });
}

void CoordinatorController::refresh()
{
    const QString area = QStringLiteral("ideas");
    send(area, "GET", QStringLiteral("/v1/regions/%1/ideas").arg(regionId()), {},
        [this, area](const CollectorReply &reply) {
            if (reply.status != 200) {
                report(area, false,
                    tr("The collector could not list the ideas (%1).").arg(reply.status));
                return;
            }
            const ReferenceData &ref = ReferenceData::instance();
            QList<QVariantList> rows;
            for (const QJsonValue &i : reply.json().value(QLatin1String("ideas")).toArray()) {
                const ReferenceItem *theme = ReferenceData::find(
                    ref.retentionThemes, i[QLatin1String("theme")].toString());
                rows.append({ i[QLatin1String("id")].toString(),
                    i[QLatin1String("title")].toString(),
                    i[QLatin1String("description")].toString(),
                    theme ? theme->label.text(m_language) : QString(),
                    i[QLatin1String("created")].toString(), i[QLatin1String("supports")].toInt(),
                    i[QLatin1String("willHelp")].toBool(), i[QLatin1String("name")].toString() });
            }
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
        send(QStringLiteral("export"), "GET", QStringLiteral("/v1/panels/%1/stats").arg(panelId),
            {}, [this, panelId](const CollectorReply &reply) {
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

void CoordinatorController::hideIdea(const QString &ideaId)
{
    const QString area = QStringLiteral("ideas");
    send(area, "POST", QStringLiteral("/v1/ideas/%1/hide").arg(ideaId), {},
        [this, area](const CollectorReply &reply) {
            if (reply.status != 200 && reply.status != 404) {
                reportRefusal(area, reply);
                return;
            }
            report(area, true, tr("The idea is hidden: nobody sees it any more."));
            if (m_region)
                m_region->refreshIdeas();
            refresh();
            Q_EMIT ideaHidden();
        });
}

void CoordinatorController::exportMembers(const QString &panelId, const QString &fileUrl)
{
    const QString area = QStringLiteral("export");
    const QString path = localPath(fileUrl);
    if (panelId.isEmpty() || path.isEmpty()) {
        report(area, false, tr("Choose a panel and a file first."));
        return;
    }
    send(
        area, "GET", QStringLiteral("/v1/panels/%1/members").arg(panelId), {},
        [this, area, path](const CollectorReply &reply) {
            if (reply.status != 200) {
                reportRefusal(area, reply);
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size()
                || !file.commit()) {
                report(area, false, tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            // Rows after the "sep=," line and the header.
            const int members = std::max(0, int(reply.body.count("\r\n")) - 2);
            report(area, true,
                tr("Saved the contact details of %n member(s) to %1. The export is in the audit "
                   "log.",
                    "", members)
                    .arg(path));
            refreshAudit();
            Q_EMIT exported(path);
        },
        QByteArrayLiteral("text/csv"));
}

void CoordinatorController::refreshEmployers()
{
    const QString area = QStringLiteral("employers");
    send(area, "GET", QStringLiteral("/v1/regions/%1/releases").arg(regionId()), {},
        [this, area](const CollectorReply &reply) {
            if (reply.status != 200) {
                reportRefusal(area, reply);
                return;
            }
            QList<QVariantList> rows;
            for (const QJsonValue &e : reply.json().value(QLatin1String("employers")).toArray()) {
                const QJsonObject has = e[QLatin1String("hasRelease")].toObject();
                rows.append({ e[QLatin1String("id")].toString(),
                    e[QLatin1String("name")].toString(), has.value(QLatin1String("exit")).toBool(),
                    has.value(QLatin1String("retention")).toBool() });
            }
            m_employers.setRows(rows);
        });
}

QString CoordinatorController::auditActor(const QString &kind, const QString &actor)
{
    if (kind == QLatin1String("employer"))
        return tr("Employer %1").arg(actor);
    if (kind == QLatin1String("coordinator"))
        return tr("Coordinator %1").arg(actor);
    return actor;
}

QString CoordinatorController::auditText(const QString &action, const QString &subject, int count)
{
    const bool exit = subject == QLatin1String("exit");
    const bool retention = subject == QLatin1String("retention");
    if (action == QLatin1String("report.read")) {
        if (subject == QLatin1String("releases"))
            return tr("Read which organisations have a release");
        if (exit)
            return tr("Read the report of the exit survey");
        if (retention)
            return tr("Read the report of the stay survey");
        return tr("Read the report of the panel round %1").arg(subject);
    }
    if (action == QLatin1String("invitations.made")) {
        if (exit)
            return tr("Made %n invitation(s) for the exit survey", "", count);
        if (retention)
            return tr("Made %n invitation(s) for the stay survey", "", count);
        return tr("Made %n invitation(s) (%1)", "", count).arg(subject);
    }
    if (action == QLatin1String("members.exported"))
        return tr("Exported the contact list of %1 (%n member(s))", "", count).arg(subject);
    if (action == QLatin1String("action.published"))
        return tr("Published the action %1").arg(subject);
    if (action == QLatin1String("action.removed"))
        return tr("Removed the action %1").arg(subject);
    if (action == QLatin1String("round.published"))
        return tr("Published the panel round %1").arg(subject);
    if (action == QLatin1String("idea.hidden"))
        return tr("Hid the idea %1").arg(subject);
    return action + QLatin1Char(' ') + subject;
}

void CoordinatorController::refreshAudit()
{
    const QString area = QStringLiteral("audit");
    send(area, "GET", QStringLiteral("/v1/regions/%1/audit").arg(regionId()), {},
        [this, area](const CollectorReply &reply) {
            if (reply.status != 200) {
                reportRefusal(area, reply);
                return;
            }
            const QLocale locale(
                m_language == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
            QList<QVariantList> rows;
            const QJsonArray entries = reply.json().value(QLatin1String("entries")).toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QJsonValue e = entries.at(i);
                const QDate day
                    = QDate::fromString(e[QLatin1String("day")].toString(), Qt::ISODate);
                rows.append({ QString::number(entries.size() - i),
                    locale.toString(day, QStringLiteral("d MMM yyyy")),
                    auditActor(e[QLatin1String("actorKind")].toString(),
                        e[QLatin1String("actor")].toString()),
                    auditText(e[QLatin1String("action")].toString(),
                        e[QLatin1String("subject")].toString(),
                        e[QLatin1String("count")].toInt()) });
            }
            m_audit.setRows(rows);
        });
}

void CoordinatorController::refreshYouSaid(const QString &kind)
{
    const QString area = QStringLiteral("yousaid");
    if (kind != QLatin1String("exit") && kind != QLatin1String("retention"))
        return;
    send(area, "GET", QStringLiteral("/v1/reports/%1?region=%2").arg(kind, regionId()), {},
        [this, area](const CollectorReply &reply) {
            if (reply.status != 200) {
                m_youSaidReport = {};
                m_youSaid.clear();
                reportRefusal(area, reply);
                return;
            }
            m_youSaidReport = reply.json();
            showYouSaid();
        });
}

void CoordinatorController::showYouSaid()
{
    if (m_youSaidReport.isEmpty())
        return;
    m_youSaid.set(m_youSaidReport, regionActions(), m_language);
}

} // namespace zs
