#include "regioncontroller.h"

#include "referencedata.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QNetworkInformation>

namespace zs {

RegionController::RegionController(AppContext &context, AppController &app, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_app(app)
    , m_feed(context.regionStore(), context.collector())
    , m_panels({ "panelId", "name", "organiser", "style", "description", "howItWorks", "meetings",
          "consentVersion", "consentText", "shares", "ageRule", "eligible", "member", "joined",
          "joining", "leaving" })
    , m_actions({ "actionId", "title", "description", "line", "lineLabel", "themeIds", "themes",
          "status", "statusLabel", "progressFraction", "example", "useful", "help", "reacted",
          "waiting" })
    , m_ideas({ "ideaId", "title", "description", "theme", "supports", "supported", "waiting" })
{
    m_filtered.setSourceModel(&m_actions);
    connect(&m_feed, &RegionFeed::pendingChanged, this, &RegionController::busyChanged);
    connect(&m_feed, &RegionFeed::offline, this, [this] {
        setStatus(tr("No connection to the server: showing what was saved on this device."));
        setOffline(true);
    });
    connect(&m_feed, &RegionFeed::online, this, [this] {
        setStatus({});
        setOffline(false);
    });
    connect(&m_feed, &RegionFeed::fresh, this, &RegionController::updatedChanged);
    SyncClient &sync = context.sync();
    connect(&sync, &SyncClient::requestFinished, this,
        [this](const OutboxRequest &r, bool ok, const QJsonObject &answer, int status,
            const QString &code) {
            requestFinished(r, ok, answer, status);
            Q_EMIT requestDone(r.id, ok, status, code);
        });
    connect(&sync, &SyncClient::finished, this, [this, &sync](bool ok) {
        if (!ok) {
            setOffline(true);
            Q_EMIT waitingChanged();
            Q_EMIT requestsWaiting();
        } else if (sync.lastSuccess() != m_lastSync) {
            // Only an answer counts as the network being back (an empty outbox asks nothing).
            m_lastSync = sync.lastSuccess();
            setOffline(false);
        }
    });
    // Ages grow while the app is open ("updated 5 min ago").
    m_ageTimer.setInterval(std::chrono::minutes(1));
    connect(&m_ageTimer, &QTimer::timeout, this, &RegionController::updatedChanged);
    m_ageTimer.start();
    connect(&context, &AppContext::clockChanged, this, &RegionController::updatedChanged);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this,
            &RegionController::handleApplicationState);
    connect(&m_feed, &RegionFeed::listReceived, this,
        [this](const QString &list, const QString &forRegion, const QJsonArray &items) {
            if (forRegion == region()) // else the profile changed meanwhile
                show(list, items);
        });
    connect(&app, &AppController::profileChanged, this, [this] {
        loadCached();
        refresh();
    });
    connect(&app, &AppController::languageChanged, this, [this] {
        showPanels();
        showActions();
        showIdeas();
        Q_EMIT updatedChanged();
    });
    loadCached();
}

RegionController::~RegionController() = default;

void RegionController::follow(CollectorSession *session)
{
    connect(session, &CollectorSession::changed, this, [this, session] {
        const QString r = session->coordinator() ? session->region() : QString();
        if (r == m_coordinatorRegion)
            return;
        const QString before = region();
        m_coordinatorRegion = r;
        if (region() == before)
            return; // the coordinator's region is the profile's: nothing else to show
        loadCached();
        refresh();
    });
}

QString RegionController::text(const QJsonValue &label) const
{
    if (label.isString())
        return label.toString();
    const QString t = label[m_app.language()].toString();
    return t.isEmpty() ? label[QLatin1String("nl")].toString() : t;
}

void RegionController::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void RegionController::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged();
    if (!offline) {
        // The network is back: what waited goes, and every list is asked for again (unless a
        // refresh is under way, whose first answer this was).
        m_context.sync().syncNow();
        if (m_feed.pending() == 0)
            refresh();
    }
}

void RegionController::handleApplicationState(Qt::ApplicationState state)
{
    const bool cameBack = state == Qt::ApplicationActive && m_appState != Qt::ApplicationActive;
    m_appState = state;
    if (!cameBack)
        return;
    refresh();
    m_app.syncNow();
}

bool RegionController::watchNetwork()
{
    // Loading the platform's backend (a plugin, GLib's or NetworkManager's) costs milliseconds:
    // main.cpp calls this after the first frame.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        &RegionController::handleReachability, Qt::UniqueConnection);
    return true;
}

void RegionController::handleReachability(QNetworkInformation::Reachability reachability)
{
    if (reachability == QNetworkInformation::Reachability::Online)
        networkReturned();
}

void RegionController::networkReturned()
{
    refresh();
    m_app.syncNow();
}

QString RegionController::ageText(const QDateTime &fetched) const
{
    if (!fetched.isValid())
        return {};
    const int minutes = int(std::max<qint64>(0, fetched.secsTo(m_context.now()) / 60));
    if (minutes < 1)
        return tr("updated just now");
    if (minutes < 60)
        return tr("updated %n min ago", "", minutes);
    if (minutes < 24 * 60)
        return tr("updated %n hour(s) ago", "", minutes / 60);
    return tr("updated %n day(s) ago", "", minutes / (24 * 60));
}

QVariantMap RegionController::updated()
{
    const QString r = region();
    QVariantMap ages;
    for (const QString &list : RegionFeed::kLists)
        ages.insert(list, ageText(m_feed.fetched(list, r)));
    // Panel rounds come with the region's survey list.
    ages.insert(QStringLiteral("rounds"), ageText(m_feed.fetched(QStringLiteral("surveys"), r)));
    return ages;
}

QStringList RegionController::queued(const QString &kind)
{
    QStringList targets;
    for (const OutboxRequest &r : m_context.outbox().requests(kind))
        targets.append(r.target);
    return targets;
}

QStringList RegionController::waitingIdeas()
{
    QStringList titles;
    for (const OutboxRequest &r : m_context.outbox().requests(QStringLiteral("idea"))) {
        if (r.target == region())
            titles.append(r.body.value(QLatin1String("title")).toString());
    }
    return titles;
}

void RegionController::requestQueued()
{
    showActions();
    Q_EMIT actionsUpdated();
    showIdeas();
    showPanels();
    Q_EMIT waitingChanged();
    m_context.sync().syncNow();
}

void RegionController::loadCached()
{
    const QString r = region();
    for (const QString &list : RegionFeed::kLists)
        show(list, m_feed.cached(list, r));
    addMemberRounds(m_feed.cached(QStringLiteral("surveys"), r));
}

void RegionController::refresh()
{
    m_feed.refresh(region());
}

void RegionController::refreshIdeas()
{
    m_feed.refreshList(QStringLiteral("ideas"), region());
}

void RegionController::show(const QString &list, const QJsonArray &items)
{
    if (list == QLatin1String("panels")) {
        m_panelJson = items;
        showPanels();
    } else if (list == QLatin1String("actions")) {
        m_actionJson = items;
        showActions();
        Q_EMIT actionsUpdated();
    } else if (list == QLatin1String("ideas")) {
        m_ideaJson = items;
        showIdeas();
    } else if (list == QLatin1String("surveys")) {
        addMemberRounds(items);
    }
}

void RegionController::addMemberRounds(const QJsonArray &surveys)
{
    for (const QJsonValue &v : surveys) {
        QString error;
        const auto def = SurveyDefinition::parse(v.toObject(), &error);
        if (def && def->kind == QLatin1String("panel")
            && m_context.regionStore().membership(def->panel))
            m_app.addSurvey(*def);
    }
}

void RegionController::membershipsChanged()
{
    showPanels();
    // A round of the panel may be in the saved survey list already: it shows without a restart.
    addMemberRounds(m_feed.cached(QStringLiteral("surveys"), region()));
}

void RegionController::showPanels()
{
    const QString ageBand = m_app.profile().ageBand;
    QHash<QString, QString> joined;
    for (const DeviceMembership &m : m_context.regionStore().memberships())
        joined.insert(m.panel, m.joined);
    const QStringList joining = queued(QStringLiteral("join"));
    const QStringList leaving = queued(QStringLiteral("leave"));
    QList<QVariantList> rows;
    for (const QJsonValue &v : std::as_const(m_panelJson)) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(QLatin1String("id")).toString();
        QStringList how;
        for (const QJsonValue &h : p.value(QLatin1String("howItWorks")).toArray())
            how.append(text(h));
        QVariantList meetings;
        for (const QJsonValue &m : p.value(QLatin1String("meetings")).toArray())
            meetings.append(
                QVariantMap { { QStringLiteral("date"), m[QLatin1String("date")].toString() },
                    { QStringLiteral("title"), text(m[QLatin1String("title")]) },
                    { QStringLiteral("place"), m[QLatin1String("place")].toString() } });
        const QJsonArray bands = p.value(QLatin1String("ageBands")).toArray();
        const bool eligible = bands.isEmpty() || bands.contains(QJsonValue(ageBand));
        rows.append({ id, text(p.value(QLatin1String("name"))),
            p.value(QLatin1String("organiser")).toString(),
            p.value(QLatin1String("style")).toString(), text(p.value(QLatin1String("description"))),
            how, meetings, p.value(QLatin1String("consentVersion")).toInt(),
            text(p.value(QLatin1String("consentText"))), text(p.value(QLatin1String("shares"))),
            !bands.isEmpty(), eligible, joined.contains(id), joined.value(id), joining.contains(id),
            leaving.contains(id) });
    }
    m_panels.setRows(rows);
}

void RegionController::showActions()
{
    const ReferenceData &ref = ReferenceData::instance();
    const QString lang = m_app.language();
    const QHash<QString, QStringList> reacted = m_context.regionStore().allReactions();
    const QStringList waiting = queued(QStringLiteral("reaction"));
    QList<QVariantList> rows;
    for (const QJsonValue &v : std::as_const(m_actionJson)) {
        const QJsonObject a = v.toObject();
        const QJsonObject target = a.value(QLatin1String("target")).toObject();
        const QJsonArray progress = a.value(QLatin1String("progress")).toArray();
        const double baseline = target.value(QLatin1String("baseline")).toDouble();
        const double goal = target.value(QLatin1String("value")).toDouble();
        const double latest
            = progress.isEmpty() ? baseline : progress.last()[QLatin1String("value")].toDouble();
        const double span = goal - baseline;
        const double fraction = span == 0 ? (latest == goal ? 1.0 : 0.0)
                                          : std::clamp((latest - baseline) / span, 0.0, 1.0);
        const QString lineId = a.value(QLatin1String("line")).toString();
        const ReferenceItem *line = ReferenceData::find(ref.actionLines, lineId);
        QStringList themeIds;
        QStringList themeLabels;
        for (const QJsonValue &t : a.value(QLatin1String("themes")).toArray()) {
            const ReferenceItem *theme = ReferenceData::find(ref.retentionThemes, t.toString());
            themeIds.append(t.toString());
            themeLabels.append(theme ? theme->label.text(lang) : t.toString());
        }
        const QString id = a.value(QLatin1String("id")).toString();
        const QString status = a.value(QLatin1String("status")).toString();
        const QJsonValue reactions = a.value(QLatin1String("reactions"));
        rows.append({ id, text(a.value(QLatin1String("title"))),
            text(a.value(QLatin1String("description"))), lineId,
            line ? line->label.text(lang) : lineId, themeIds, themeLabels, status,
            AppController::actionStatusLabel(status), fraction,
            a.value(QLatin1String("example")).toBool(), reactions[QLatin1String("useful")].toInt(),
            reactions[QLatin1String("help")].toInt(), reacted.value(QStringLiteral("action:") + id),
            waiting.contains(id) });
    }
    m_actions.setRows(rows);
}

void RegionController::showIdeas()
{
    const ReferenceData &ref = ReferenceData::instance();
    const QHash<QString, QStringList> reacted = m_context.regionStore().allReactions();
    const QStringList waiting = queued(QStringLiteral("support"));
    QList<QVariantList> rows;
    for (const QJsonValue &v : std::as_const(m_ideaJson)) {
        const QJsonObject i = v.toObject();
        const QString id = i.value(QLatin1String("id")).toString();
        const ReferenceItem *theme
            = ReferenceData::find(ref.retentionThemes, i.value(QLatin1String("theme")).toString());
        rows.append({ id, i.value(QLatin1String("title")).toString(),
            i.value(QLatin1String("description")).toString(),
            theme ? theme->label.text(m_app.language()) : QString(),
            i.value(QLatin1String("supports")).toInt(),
            reacted.contains(QStringLiteral("idea:") + id), waiting.contains(id) });
    }
    m_ideas.setRows(rows);
}

QJsonObject RegionController::rawAction(const QString &id) const
{
    for (const QJsonValue &v : m_actionJson) {
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject RegionController::rawPanel(const QString &id) const
{
    for (const QJsonValue &v : m_panelJson) {
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

QVariantMap RegionController::panel(const QString &id) const
{
    return m_panels.get(m_panels.indexOf(id));
}

QVariantMap RegionController::action(const QString &id) const
{
    const int row = m_actions.indexOf(id);
    const QJsonObject a = rawAction(id);
    if (row < 0 || a.isEmpty())
        return {};
    QVariantMap m = m_actions.get(row);
    const QStringList reacted = m.value(QStringLiteral("reacted")).toStringList();
    m.insert(QStringLiteral("usefulGiven"), reacted.contains(QLatin1String("useful")));
    m.insert(QStringLiteral("helpGiven"), reacted.contains(QLatin1String("help")));
    // Given on this device, not yet counted by the collector: shown as waiting.
    QStringList waiting;
    for (const OutboxRequest &r : m_context.outbox().requests(QStringLiteral("reaction"))) {
        if (r.target == id)
            waiting.append(r.body.value(QLatin1String("kind")).toString());
    }
    m.insert(QStringLiteral("usefulWaiting"), waiting.contains(QLatin1String("useful")));
    m.insert(QStringLiteral("helpWaiting"), waiting.contains(QLatin1String("help")));
    const QJsonObject c = a.value(QLatin1String("commitment")).toObject();
    m.insert(QStringLiteral("what"), text(c.value(QLatin1String("what"))));
    m.insert(QStringLiteral("who"), text(c.value(QLatin1String("who"))));
    m.insert(QStringLiteral("whoDoesWhat"), text(c.value(QLatin1String("whoDoesWhat"))));
    m.insert(QStringLiteral("withWhat"), text(c.value(QLatin1String("withWhat"))));
    const QJsonObject t = a.value(QLatin1String("target")).toObject();
    m.insert(QStringLiteral("metric"), text(t.value(QLatin1String("metric"))));
    m.insert(QStringLiteral("unit"), text(t.value(QLatin1String("unit"))));
    m.insert(QStringLiteral("baseline"), t.value(QLatin1String("baseline")).toDouble());
    m.insert(QStringLiteral("targetValue"), t.value(QLatin1String("value")).toDouble());
    m.insert(QStringLiteral("targetDate"), t.value(QLatin1String("date")).toString());
    QVariantList progress;
    for (const QJsonValue &p : a.value(QLatin1String("progress")).toArray())
        progress.append(
            QVariantMap { { QStringLiteral("date"), p[QLatin1String("date")].toString() },
                { QStringLiteral("value"), p[QLatin1String("value")].toDouble() },
                { QStringLiteral("note"), text(p[QLatin1String("note")]) } });
    m.insert(QStringLiteral("progress"), progress);
    m.insert(QStringLiteral("source"), a.value(QLatin1String("source")).toString());
    m.insert(QStringLiteral("updated"), a.value(QLatin1String("updated")).toString());
    return m;
}

void RegionController::react(const QString &actionId, const QString &kind)
{
    // Recorded now and sent through the outbox: offline it waits, and it is counted once.
    if (m_context.regionRequests().react(actionId, kind))
        requestQueued();
}

void RegionController::support(const QString &ideaId)
{
    if (m_context.regionRequests().support(ideaId))
        requestQueued();
}

void RegionController::requestFinished(
    const OutboxRequest &r, bool ok, const QJsonObject &answer, int status)
{
    const QString refused = tr("The collector did not accept this (%1).").arg(status);
    if (r.kind == QLatin1String("reaction")) {
        const QJsonObject counts = answer.value(QLatin1String("reactions")).toObject();
        for (qsizetype i = 0; ok && i < m_actionJson.size(); ++i) {
            QJsonObject a = m_actionJson.at(i).toObject();
            if (a.value(QLatin1String("id")).toString() == r.target) {
                a.insert(QStringLiteral("reactions"), counts);
                m_actionJson.replace(i, a);
            }
        }
        showActions();
        Q_EMIT actionsUpdated();
        Q_EMIT reactionFinished(ok, ok ? QString() : refused);
    } else if (r.kind == QLatin1String("support")) {
        for (qsizetype i = 0; ok && i < m_ideaJson.size(); ++i) {
            QJsonObject idea = m_ideaJson.at(i).toObject();
            if (idea.value(QLatin1String("id")).toString() == r.target) {
                idea.insert(
                    QStringLiteral("supports"), answer.value(QLatin1String("supports")).toInt());
                m_ideaJson.replace(i, idea);
            }
        }
        showIdeas();
        Q_EMIT reactionFinished(ok, ok ? QString() : refused);
    } else if (r.kind == QLatin1String("idea")) {
        if (!ok)
            setStatus(tr("The region did not accept your idea \"%1\" (%2).")
                          .arg(r.body.value(QLatin1String("title")).toString())
                          .arg(status));
        if (r.target == region())
            refreshIdeas();
    } else {
        membershipsChanged();
    }
    Q_EMIT waitingChanged();
}

QString RegionController::scrubbed(const QString &text) const
{
    return m_context.anonymiser().scrubber().scrub(text).text;
}

} // namespace zs
