#include "regioncontroller.h"

#include "appcontroller.h"
#include "referencedata.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zs {

namespace {

RegionController *s_instance = nullptr;

const char *const kStatuses[] = { "planned", "running", "done", "stopped" };

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("planned"))
        return RegionController::tr("Planned");
    if (status == QLatin1String("running"))
        return RegionController::tr("Running");
    if (status == QLatin1String("done"))
        return RegionController::tr("Done");
    if (status == QLatin1String("stopped"))
        return RegionController::tr("Stopped");
    return status;
}

} // namespace

RegionController::RegionController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_store(app->database())
    , m_client(new CollectorClient(&app->network(), this))
{
    s_instance = this;
    m_client->setCollector(QUrl(app->collectorUrl()));
    connect(app, &AppController::collectorUrlChanged, this,
        [this] { m_client->setCollector(QUrl(m_app->collectorUrl())); });
    connect(app, &AppController::profileChanged, this, [this] {
        loadCached();
        refresh();
    });
    connect(app, &AppController::languageChanged, this, [this] {
        Q_EMIT panelsChanged();
        Q_EMIT actionsChanged();
        Q_EMIT ideasChanged();
    });
    loadCached();
}

RegionController::~RegionController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

RegionController *RegionController::instance()
{
    return s_instance;
}

RegionController *RegionController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(
        s_instance, "RegionController::create", "build the RegionController before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString RegionController::region() const
{
    return m_app->profile().value(QStringLiteral("region")).toString();
}

QString RegionController::language() const
{
    return m_app->language();
}

QString RegionController::text(const QJsonValue &label) const
{
    if (label.isString())
        return label.toString();
    const QString lang = language();
    const QString t = label[lang].toString();
    return t.isEmpty() ? label[QLatin1String("nl")].toString() : t;
}

void RegionController::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

void RegionController::request(const QByteArray &method, const QString &path,
    const QJsonObject &body, const std::function<void(const CollectorReply &)> &done,
    const QByteArray &etag)
{
    ++m_pending;
    Q_EMIT statusChanged();
    m_client->send(method, path, body, etag, {}, [this, done](const CollectorReply &reply) {
        --m_pending;
        Q_EMIT statusChanged();
        done(reply);
    });
}

void RegionController::loadCached()
{
    const QString r = region();
    const auto read = [&](const QString &what, const char *key) {
        const auto c = m_store.cached(what + QLatin1Char('/') + r);
        return c ? QJsonDocument::fromJson(c->body).object().value(QLatin1String(key)).toArray()
                 : QJsonArray();
    };
    m_panels = read(QStringLiteral("panels"), "panels");
    m_actions = read(QStringLiteral("actions"), "actions");
    m_ideas = read(QStringLiteral("ideas"), "ideas");
    addMemberRounds(read(QStringLiteral("surveys"), "surveys"));
    Q_EMIT panelsChanged();
    Q_EMIT actionsChanged();
    Q_EMIT ideasChanged();
}

void RegionController::refresh()
{
    if (region().isEmpty())
        return;
    for (const QString &what :
        { QStringLiteral("panels"), QStringLiteral("actions"), QStringLiteral("ideas") })
        fetchList(what);
    fetchRounds();
}

void RegionController::fetchRounds()
{
    // Panel rounds reach members through the survey list; other surveys are built in.
    const QString r = region();
    request("GET", QStringLiteral("/v1/surveys?region=%1").arg(r), {},
        [this, r](const CollectorReply &reply) {
            if (reply.status != 200 || r != region())
                return;
            if (!m_store.cache(QStringLiteral("surveys/") + r, reply.etag, reply.body))
                qWarning("could not cache the surveys");
            addMemberRounds(reply.json().value(QLatin1String("surveys")).toArray());
        });
}

void RegionController::addMemberRounds(const QJsonArray &surveys)
{
    for (const QJsonValue &v : surveys) {
        QString error;
        const auto def = SurveyDefinition::parse(v.toObject(), &error);
        if (def && def->kind == QLatin1String("panel") && m_store.membership(def->panel))
            m_app->addSurvey(*def);
    }
}

void RegionController::fetchList(const QString &what)
{
    const QString r = region();
    const QString key = what + QLatin1Char('/') + r;
    const auto cached = m_store.cached(key);
    request(
        "GET", QStringLiteral("/v1/regions/%1/%2").arg(r, what), {},
        [this, what, key, r](const CollectorReply &reply) {
            if (r != region())
                return; // the profile changed meanwhile
            if (reply.status == 304) {
                setStatus({});
                return;
            }
            if (reply.status != 200) {
                setStatus(
                    tr("No connection to the collector: showing what was saved on this device."));
                return;
            }
            if (!m_store.cache(key, reply.etag, reply.body))
                qWarning("could not cache %s", qPrintable(what));
            const QJsonArray list = reply.json().value(what).toArray();
            if (what == QLatin1String("panels")) {
                m_panels = list;
                Q_EMIT panelsChanged();
            } else if (what == QLatin1String("actions")) {
                m_actions = list;
                Q_EMIT actionsChanged();
            } else {
                m_ideas = list;
                Q_EMIT ideasChanged();
            }
            setStatus({});
        },
        cached ? cached->etag : QByteArray());
}

QJsonObject RegionController::rawAction(const QString &id) const
{
    for (const QJsonValue &v : m_actions) {
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

QVariantList RegionController::panels() const
{
    QVariantList list;
    const QString ageBand = m_app->profile().value(QStringLiteral("ageBand")).toString();
    for (const QJsonValue &v : std::as_const(m_panels)) {
        const QJsonObject p = v.toObject();
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
        const auto membership = m_store.membership(p.value(QLatin1String("id")).toString());
        list.append(QVariantMap {
            { QStringLiteral("id"), p.value(QLatin1String("id")).toString() },
            { QStringLiteral("name"), text(p.value(QLatin1String("name"))) },
            { QStringLiteral("organiser"), p.value(QLatin1String("organiser")).toString() },
            { QStringLiteral("style"), p.value(QLatin1String("style")).toString() },
            { QStringLiteral("description"), text(p.value(QLatin1String("description"))) },
            { QStringLiteral("howItWorks"), how },
            { QStringLiteral("meetings"), meetings },
            { QStringLiteral("consentVersion"), p.value(QLatin1String("consentVersion")).toInt() },
            { QStringLiteral("consentText"), text(p.value(QLatin1String("consentText"))) },
            { QStringLiteral("shares"), text(p.value(QLatin1String("shares"))) },
            { QStringLiteral("eligible"), eligible },
            { QStringLiteral("member"), membership.has_value() },
            { QStringLiteral("joined"), membership ? membership->joined : QString() },
        });
    }
    return list;
}

QVariantMap RegionController::actionSummary(const QJsonObject &a)
{
    const QJsonObject target = a.value(QLatin1String("target")).toObject();
    const QJsonArray progress = a.value(QLatin1String("progress")).toArray();
    const double baseline = target.value(QLatin1String("baseline")).toDouble();
    const double goal = target.value(QLatin1String("value")).toDouble();
    const double latest
        = progress.isEmpty() ? baseline : progress.last()[QLatin1String("value")].toDouble();
    const double span = goal - baseline;
    const double fraction = span == 0 ? (latest == goal ? 1.0 : 0.0)
                                      : std::clamp((latest - baseline) / span, 0.0, 1.0);
    const ReferenceData &ref = ReferenceData::instance();
    const ReferenceItem *line
        = ReferenceData::find(ref.actionLines, a.value(QLatin1String("line")).toString());
    QStringList themeLabels;
    for (const QJsonValue &t : a.value(QLatin1String("themes")).toArray()) {
        const ReferenceItem *theme = ReferenceData::find(ref.retentionThemes, t.toString());
        themeLabels.append(theme ? theme->label.text(language()) : t.toString());
    }
    const QString id = a.value(QLatin1String("id")).toString();
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("title"), text(a.value(QLatin1String("title"))) },
        { QStringLiteral("description"), text(a.value(QLatin1String("description"))) },
        { QStringLiteral("line"), a.value(QLatin1String("line")).toString() },
        { QStringLiteral("lineLabel"),
            line ? line->label.text(language()) : a.value(QLatin1String("line")).toString() },
        { QStringLiteral("themes"), themeLabels },
        { QStringLiteral("status"), a.value(QLatin1String("status")).toString() },
        { QStringLiteral("statusLabel"), statusLabel(a.value(QLatin1String("status")).toString()) },
        { QStringLiteral("progressFraction"), fraction },
        { QStringLiteral("example"), a.value(QLatin1String("example")).toBool() },
        { QStringLiteral("useful"),
            a.value(QLatin1String("reactions"))[QLatin1String("useful")].toInt() },
        { QStringLiteral("help"),
            a.value(QLatin1String("reactions"))[QLatin1String("help")].toInt() },
        { QStringLiteral("reacted"), m_store.reactions(QStringLiteral("action:") + id) },
    };
}

QVariantList RegionController::actions()
{
    QVariantList list;
    const QString needle = m_search.trimmed();
    for (const QJsonValue &v : std::as_const(m_actions)) {
        const QJsonObject a = v.toObject();
        if (!m_filterLine.isEmpty() && a.value(QLatin1String("line")).toString() != m_filterLine)
            continue;
        if (!m_filterStatus.isEmpty()
            && a.value(QLatin1String("status")).toString() != m_filterStatus)
            continue;
        if (!m_filterTheme.isEmpty()
            && !a.value(QLatin1String("themes")).toArray().contains(QJsonValue(m_filterTheme)))
            continue;
        const QVariantMap summary = actionSummary(a);
        if (!needle.isEmpty()) {
            const QString haystack = summary.value(QStringLiteral("title")).toString()
                + QLatin1Char(' ') + summary.value(QStringLiteral("description")).toString();
            if (!haystack.contains(needle, Qt::CaseInsensitive))
                continue;
        }
        list.append(summary);
    }
    return list;
}

QVariantMap RegionController::action(const QString &id)
{
    for (const QJsonValue &v : std::as_const(m_actions)) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("id")).toString() != id)
            continue;
        QVariantMap m = actionSummary(a);
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
    return {};
}

QVariantList RegionController::ideas()
{
    QVariantList list;
    const ReferenceData &ref = ReferenceData::instance();
    for (const QJsonValue &v : std::as_const(m_ideas)) {
        const QJsonObject i = v.toObject();
        const QString id = i.value(QLatin1String("id")).toString();
        const ReferenceItem *theme
            = ReferenceData::find(ref.retentionThemes, i.value(QLatin1String("theme")).toString());
        list.append(QVariantMap { { QStringLiteral("id"), id },
            { QStringLiteral("title"), i.value(QLatin1String("title")).toString() },
            { QStringLiteral("description"), i.value(QLatin1String("description")).toString() },
            { QStringLiteral("theme"), theme ? theme->label.text(language()) : QString() },
            { QStringLiteral("supports"), i.value(QLatin1String("supports")).toInt() },
            { QStringLiteral("supported"),
                !m_store.reactions(QStringLiteral("idea:") + id).isEmpty() } });
    }
    return list;
}

void RegionController::setFilterLine(const QString &line)
{
    m_filterLine = line;
    Q_EMIT actionsChanged();
}

void RegionController::setFilterTheme(const QString &theme)
{
    m_filterTheme = theme;
    Q_EMIT actionsChanged();
}

void RegionController::setFilterStatus(const QString &status)
{
    m_filterStatus = status;
    Q_EMIT actionsChanged();
}

void RegionController::setSearch(const QString &search)
{
    m_search = search;
    Q_EMIT actionsChanged();
}

QVariantList RegionController::lines() const
{
    QVariantList list { QVariantMap {
        { QStringLiteral("id"), QString() }, { QStringLiteral("label"), tr("All lines") } } };
    for (const ReferenceItem &item : ReferenceData::instance().actionLines)
        list.append(QVariantMap { { QStringLiteral("id"), item.id },
            { QStringLiteral("label"), item.label.text(language()) } });
    return list;
}

QVariantList RegionController::themes() const
{
    QVariantList list { QVariantMap {
        { QStringLiteral("id"), QString() }, { QStringLiteral("label"), tr("All themes") } } };
    for (const ReferenceItem &item : ReferenceData::instance().retentionThemes)
        list.append(QVariantMap { { QStringLiteral("id"), item.id },
            { QStringLiteral("label"), item.label.text(language()) } });
    return list;
}

QVariantList RegionController::statuses() const
{
    QVariantList list { QVariantMap {
        { QStringLiteral("id"), QString() }, { QStringLiteral("label"), tr("Any status") } } };
    for (const char *s : kStatuses)
        list.append(QVariantMap { { QStringLiteral("id"), QLatin1String(s) },
            { QStringLiteral("label"), statusLabel(QLatin1String(s)) } });
    return list;
}

void RegionController::react(const QString &actionId, const QString &kind)
{
    const QString target = QStringLiteral("action:") + actionId;
    if (m_store.reactions(target).contains(kind))
        return;
    const QString key = m_store.anonymousKey(target);
    request("POST", QStringLiteral("/v1/actions/%1/reactions").arg(actionId),
        { { QStringLiteral("kind"), kind }, { QStringLiteral("key"), key } },
        [this, target, kind, actionId](const CollectorReply &reply) {
            if (reply.status != 200 && reply.status != 201) {
                Q_EMIT reactionFinished(false,
                    reply.status == 0 ? tr("No connection: try again later.") : reply.errorMessage);
                return;
            }
            if (!m_store.addReaction(target, kind))
                qWarning("could not record the reaction");
            const QJsonObject counts = reply.json().value(QLatin1String("reactions")).toObject();
            for (qsizetype i = 0; i < m_actions.size(); ++i) {
                QJsonObject a = m_actions.at(i).toObject();
                if (a.value(QLatin1String("id")).toString() == actionId) {
                    a.insert(QStringLiteral("reactions"), counts);
                    m_actions.replace(i, a);
                }
            }
            Q_EMIT actionsChanged();
            Q_EMIT reactionFinished(true, {});
        });
}

void RegionController::join(const QString &panelId, const QVariantMap &form)
{
    QJsonObject panel;
    for (const QJsonValue &v : std::as_const(m_panels)) {
        if (v[QLatin1String("id")].toString() == panelId)
            panel = v.toObject();
    }
    const QString name = form.value(QStringLiteral("name")).toString().trimmed();
    const QString email = form.value(QStringLiteral("email")).toString().trimmed();
    const QString phone = form.value(QStringLiteral("phone")).toString().trimmed();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9 ()-]{8,20}$"));
    QString problem;
    if (panel.isEmpty())
        problem = tr("This panel is not available.");
    else if (name.isEmpty() || name.size() > 100)
        problem = tr("Enter your name (at most 100 characters).");
    else if (email.isEmpty() && phone.isEmpty())
        problem = tr("Enter an e-mail address or a phone number so the panel can reach you.");
    else if (!email.isEmpty() && !emailShape.match(email).hasMatch())
        problem = tr("This e-mail address does not look right.");
    else if (!phone.isEmpty() && !phoneShape.match(phone).hasMatch())
        problem = tr("This phone number does not look right.");
    else if (!form.value(QStringLiteral("consent")).toBool())
        problem = tr("Please read the consent text and agree to it to join.");
    if (!problem.isEmpty()) {
        Q_EMIT joinFinished(false, problem);
        return;
    }
    const QVariantMap profile = m_app->profile();
    QJsonObject body { { QStringLiteral("name"), name },
        { QStringLiteral("occupation"), profile.value(QStringLiteral("occupation")).toString() },
        { QStringLiteral("ageBand"), profile.value(QStringLiteral("ageBand")).toString() },
        { QStringLiteral("consentVersion"), panel.value(QLatin1String("consentVersion")).toInt() },
        { QStringLiteral("consent"), true } };
    if (!email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    if (!phone.isEmpty())
        body.insert(QStringLiteral("phone"), phone);
    request("POST", QStringLiteral("/v1/panels/%1/members").arg(panelId), body,
        [this, panelId](const CollectorReply &reply) {
            if (reply.status != 201) {
                Q_EMIT joinFinished(false,
                    reply.status == 0
                        ? tr("No connection: joining needs the collector. Try again later.")
                        : reply.errorMessage);
                return;
            }
            const QJsonObject answer = reply.json();
            const Membership m { panelId, answer.value(QLatin1String("secret")).toString(),
                answer.value(QLatin1String("joined")).toString() };
            if (m.secret.isEmpty() || !m_store.addMembership(m)) {
                Q_EMIT joinFinished(
                    false, tr("Joined, but this device could not save the membership."));
                return;
            }
            Q_EMIT panelsChanged();
            Q_EMIT joinFinished(true, {});
        });
}

void RegionController::exportMembership(const QString &panelId)
{
    const auto m = m_store.membership(panelId);
    if (!m) {
        Q_EMIT exportFinished(false, tr("You are not a member of this panel."), {});
        return;
    }
    request("GET", QStringLiteral("/v1/panels/%1/members/%2").arg(panelId, m->secret), {},
        [this, panelId](const CollectorReply &reply) {
            if (reply.status != 200) {
                Q_EMIT exportFinished(false,
                    reply.status == 0 ? tr("No connection: try again later.") : reply.errorMessage,
                    {});
                return;
            }
            const QByteArray pretty
                = QJsonDocument::fromJson(reply.body).toJson(QJsonDocument::Indented);
            const QString file = QDir(m_app->dataDir())
                                     .filePath(QStringLiteral("membership-%1.json").arg(panelId));
            QFile out(file);
            const bool saved = out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && out.write(pretty) == pretty.size();
            Q_EMIT exportFinished(true, QString::fromUtf8(pretty), saved ? file : QString());
        });
}

void RegionController::leave(const QString &panelId)
{
    const auto m = m_store.membership(panelId);
    if (!m) {
        Q_EMIT leaveFinished(false, tr("You are not a member of this panel."));
        return;
    }
    request("DELETE", QStringLiteral("/v1/panels/%1/members/%2").arg(panelId, m->secret), {},
        [this, panelId](const CollectorReply &reply) {
            // 404: the panel no longer knows the member; the local secret is useless either way.
            if (reply.status != 204 && reply.status != 200 && reply.status != 404) {
                Q_EMIT leaveFinished(false,
                    reply.status == 0
                        ? tr("No connection: leaving needs the collector. Try again later.")
                        : reply.errorMessage);
                return;
            }
            if (!m_store.removeMembership(panelId))
                qWarning("could not remove the membership");
            QFile::remove(
                QDir(m_app->dataDir()).filePath(QStringLiteral("membership-%1.json").arg(panelId)));
            Q_EMIT panelsChanged();
            Q_EMIT leaveFinished(true, {});
        });
}

void RegionController::sendIdea(const QVariantMap &form)
{
    const QString title = form.value(QStringLiteral("title")).toString().trimmed();
    const QString description = form.value(QStringLiteral("description")).toString().trimmed();
    const QString theme = form.value(QStringLiteral("theme")).toString();
    const QString name = form.value(QStringLiteral("name")).toString().trimmed();
    QString problem;
    if (title.size() < 3 || title.size() > 120)
        problem = tr("Give your idea a title of 3 to 120 characters.");
    else if (description.size() < 10 || description.size() > 2000)
        problem = tr("Describe your idea in 10 to 2000 characters.");
    else if (!ReferenceData::contains(ReferenceData::instance().retentionThemes, theme))
        problem = tr("Choose a theme.");
    else if (name.size() > 100)
        problem = tr("Your name can be at most 100 characters.");
    if (!problem.isEmpty()) {
        Q_EMIT ideaFinished(false, problem);
        return;
    }
    // Title and description are scrubbed like any free text; the name is given on purpose.
    QJsonObject body { { QStringLiteral("title"), scrubbed(title) },
        { QStringLiteral("description"), scrubbed(description) },
        { QStringLiteral("theme"), theme },
        { QStringLiteral("willHelp"), form.value(QStringLiteral("willHelp")).toBool() } };
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    request("POST", QStringLiteral("/v1/regions/%1/ideas").arg(region()), body,
        [this](const CollectorReply &reply) {
            if (reply.status != 201) {
                Q_EMIT ideaFinished(false,
                    reply.status == 0
                        ? tr("No connection: your idea was not sent. Try again later.")
                        : reply.errorMessage);
                return;
            }
            fetchList(QStringLiteral("ideas"));
            Q_EMIT ideaFinished(true, {});
        });
}

void RegionController::support(const QString &ideaId)
{
    const QString target = QStringLiteral("idea:") + ideaId;
    if (!m_store.reactions(target).isEmpty())
        return;
    request("POST", QStringLiteral("/v1/ideas/%1/support").arg(ideaId),
        { { QStringLiteral("key"), m_store.anonymousKey(target) } },
        [this, target, ideaId](const CollectorReply &reply) {
            if (reply.status != 200 && reply.status != 201) {
                Q_EMIT reactionFinished(false,
                    reply.status == 0 ? tr("No connection: try again later.") : reply.errorMessage);
                return;
            }
            if (!m_store.addReaction(target, QStringLiteral("support")))
                qWarning("could not record the support");
            for (qsizetype i = 0; i < m_ideas.size(); ++i) {
                QJsonObject idea = m_ideas.at(i).toObject();
                if (idea.value(QLatin1String("id")).toString() == ideaId) {
                    idea.insert(QStringLiteral("supports"),
                        reply.json().value(QLatin1String("supports")).toInt());
                    m_ideas.replace(i, idea);
                }
            }
            Q_EMIT ideasChanged();
            Q_EMIT reactionFinished(true, {});
        });
}

QString RegionController::scrubbed(const QString &text) const
{
    return m_app->anonymiser().scrubber().scrub(text).text;
}

} // namespace zs
