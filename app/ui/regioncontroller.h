#pragma once

#include "actionfiltermodel.h"
#include "appcontroller.h"
#include "collectorsession.h"
#include "regionfeed.h"
#include "rowmodel.h"

#include <QJsonArray>
#include <QNetworkInformation>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace zs {

/// The regional part of the app as QML singleton `Region` (see qmlsingletons.h): the person's
/// region's panels, actions (with the filters of the Actions page) and ideas as list models,
/// kept by a RegionFeed for offline use with their age, refreshed when the app comes to the
/// foreground and when the network returns, and the anonymous reactions and supports on them.
/// Every write (reactions, supports, ideas, joins, leaves) goes through the outbox and shows
/// as waiting while there is no connection.
class RegionController : public QObject
{
    Q_OBJECT

    Q_PROPERTY(zs::RowModel *panels READ panels CONSTANT)
    Q_PROPERTY(zs::RowModel *actions READ actions CONSTANT)
    Q_PROPERTY(zs::ActionFilterModel *filteredActions READ filteredActions CONSTANT)
    Q_PROPERTY(zs::RowModel *ideas READ ideas CONSTANT)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    /// Per list (actions, panels, ideas, rounds): "updated 5 min ago", or "" when never fetched.
    Q_PROPERTY(QVariantMap updated READ updated NOTIFY updatedChanged)
    /// The titles of ideas this device queued that have not reached the collector yet.
    Q_PROPERTY(QStringList waitingIdeas READ waitingIdeas NOTIFY waitingChanged)

public:
    RegionController(AppContext &context, AppController &app, QObject *parent = nullptr);
    ~RegionController() override;

    RowModel *panels() { return &m_panels; }
    RowModel *actions() { return &m_actions; }
    ActionFilterModel *filteredActions() { return &m_filtered; }
    RowModel *ideas() { return &m_ideas; }
    QString status() const { return m_status; }
    bool busy() const { return m_feed.pending() > 0; }
    /// The last request to the collector got no answer (lists are the saved ones; writes wait).
    bool offline() const { return m_offline; }
    QVariantMap updated();
    QStringList waitingIdeas();
    /// The region shown: a signed-in coordinator's (see follow()), else the profile's.
    QString region() const
    {
        return m_coordinatorRegion.isEmpty() ? m_app.profile().region : m_coordinatorRegion;
    }
    /// While a coordinator is signed in to the session, the lists are those of the
    /// coordinator's region (coordinator mode needs no care worker's profile); after signing
    /// out, the profile's again.
    void follow(CollectorSession *session);
    AppContext &context() { return m_context; }
    /// The person's language (nl, en), for words a page controller builds.
    QString language() const { return m_app.language(); }

    /// The action as the collector sent it (for the coordinator's editor).
    QJsonObject rawAction(const QString &id) const;
    /// The panel as the collector sent it, or an empty object.
    QJsonObject rawPanel(const QString &id) const;

    /// Loads the saved lists, then asks the collector for fresh ones (ETag revalidation).
    Q_INVOKABLE void refresh();
    /// Asks for the region's ideas again.
    Q_INVOKABLE void refreshIdeas();
    /// One action with everything its detail page shows (4W, target, progress, reactions).
    Q_INVOKABLE QVariantMap action(const QString &id) const;
    /// One panel as its row in `panels` shows it (name, consent text and version, ...).
    Q_INVOKABLE QVariantMap panel(const QString &id) const;
    /// Sends "useful" or "help" for an action, once per device; answers with reactionFinished.
    Q_INVOKABLE void react(const QString &actionId, const QString &kind);
    /// Supports an idea, once per device; answers with reactionFinished.
    Q_INVOKABLE void support(const QString &ideaId);
    /// The text as it will leave the device (scrubbed), for the preview.
    Q_INVOKABLE QString scrubbed(const QString &text) const;
    /// The app came to the foreground (Active after another state): every list is asked for
    /// again and the outbox drained. Connected to QGuiApplication::applicationStateChanged.
    Q_INVOKABLE void handleApplicationState(Qt::ApplicationState state);
    /// Follows the platform's network reachability (QNetworkInformation): when the network
    /// returns, every list is asked for again and the outbox drained. False when the platform
    /// has no reachability backend. Called once the first frame is up (app start).
    bool watchNetwork();
    /// The network's reachability changed; Online is networkReturned().
    void handleReachability(QNetworkInformation::Reachability reachability);
    /// The network is back: every list is asked for again and the outbox drained, whatever the
    /// application state (the network mostly returns while the app is in front).
    Q_INVOKABLE void networkReturned();
    /// Memberships changed on this device (joined or left): the panel rows show it, and the
    /// rounds of a panel joined (already in the saved survey list) reach the home page.
    void membershipsChanged();
    /// A page queued a write in the outbox: the rows show it waiting, and the drain starts.
    void requestQueued();

Q_SIGNALS:
    void statusChanged();
    void busyChanged();
    /// The answer to react() or support(): message is empty on success.
    void reactionFinished(bool ok, const QString &message);
    /// A list was replaced by a fresh one from the collector.
    void actionsUpdated();
    void offlineChanged();
    void updatedChanged();
    void waitingChanged();
    /// A queued write left the outbox: done (ok) or refused for good (the wire code).
    void requestDone(qint64 id, bool ok, int status, const QString &errorCode);
    /// A drain ended without reaching the collector: queued writes wait for the connection.
    void requestsWaiting();

private:
    void loadCached();
    void show(const QString &list, const QJsonArray &items);
    void showPanels();
    void showActions();
    void showIdeas();
    void addMemberRounds(const QJsonArray &surveys);
    void setStatus(const QString &status);
    QString text(const QJsonValue &label) const;
    void setOffline(bool offline);
    void requestFinished(
        const OutboxRequest &request, bool ok, const QJsonObject &answer, int status);
    QString ageText(const QDateTime &fetched) const;
    /// Targets of the queued writes of one kind.
    QStringList queued(const QString &kind);

    AppContext &m_context;
    AppController &m_app;
    RegionFeed m_feed;
    QJsonArray m_panelJson;
    QJsonArray m_actionJson;
    QJsonArray m_ideaJson;
    RowModel m_panels;
    RowModel m_actions;
    ActionFilterModel m_filtered;
    RowModel m_ideas;
    QString m_status;
    QString m_coordinatorRegion;
    bool m_offline = false;
    QDateTime m_lastSync;
    Qt::ApplicationState m_appState = Qt::ApplicationActive;
    QTimer m_ageTimer;
};

} // namespace zs
