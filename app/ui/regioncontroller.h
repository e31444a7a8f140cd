#pragma once

#include "collectorclient.h"
#include "regionstore.h"

#include <QJsonArray>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace zs {

class AppController;

/// The regional part of the app as QML singleton `Region`: the person's region's panels,
/// actions and ideas (fetched with ETags, cached for offline use), reactions and supports
/// (counted anonymously), and panel membership (join, export, leave).
class RegionController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Region)
    QML_SINGLETON

    Q_PROPERTY(QVariantList panels READ panels NOTIFY panelsChanged)
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged)
    Q_PROPERTY(int actionCount READ actionCount NOTIFY actionsChanged)
    Q_PROPERTY(QVariantList ideas READ ideas NOTIFY ideasChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(QString filterLine READ filterLine WRITE setFilterLine NOTIFY actionsChanged)
    Q_PROPERTY(QString filterTheme READ filterTheme WRITE setFilterTheme NOTIFY actionsChanged)
    Q_PROPERTY(QString filterStatus READ filterStatus WRITE setFilterStatus NOTIFY actionsChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY actionsChanged)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY actionsChanged)
    Q_PROPERTY(QVariantList themes READ themes NOTIFY actionsChanged)
    Q_PROPERTY(QVariantList statuses READ statuses NOTIFY actionsChanged)

public:
    explicit RegionController(AppController *app, QObject *parent = nullptr);
    ~RegionController() override;

    static RegionController *instance();
    static RegionController *create(QQmlEngine *, QJSEngine *);

    QVariantList panels() const;
    /// The action as the collector sent it (for the coordinator's editor).
    QJsonObject rawAction(const QString &id) const;
    QVariantList actions();
    int actionCount() const { return int(m_actions.size()); }
    QVariantList ideas();
    QString status() const { return m_status; }
    bool busy() const { return m_pending > 0; }
    QString filterLine() const { return m_filterLine; }
    void setFilterLine(const QString &line);
    QString filterTheme() const { return m_filterTheme; }
    void setFilterTheme(const QString &theme);
    QString filterStatus() const { return m_filterStatus; }
    void setFilterStatus(const QString &status);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QVariantList lines() const;
    QVariantList themes() const;
    QVariantList statuses() const;

    /// Loads the cached lists, then asks the collector for fresh ones (ETag revalidation).
    Q_INVOKABLE void refresh();
    /// One action with everything its detail page shows (4W, target, progress, reactions).
    Q_INVOKABLE QVariantMap action(const QString &id);
    /// Sends "useful" or "help" for an action, once per device.
    Q_INVOKABLE void react(const QString &actionId, const QString &kind);
    /// Joins a panel: {name, email | phone, consent: bool}; answers with joinFinished.
    Q_INVOKABLE void join(const QString &panelId, const QVariantMap &form);
    /// Fetches what the panel stores about this device's member; answers with exportFinished.
    Q_INVOKABLE void exportMembership(const QString &panelId);
    /// Leaves the panel and erases the membership; answers with leaveFinished.
    Q_INVOKABLE void leave(const QString &panelId);
    /// Sends an idea {title, description, theme, willHelp, name}; answers with ideaFinished.
    Q_INVOKABLE void sendIdea(const QVariantMap &form);
    /// Supports an idea, once per device.
    Q_INVOKABLE void support(const QString &ideaId);
    /// The text as it will leave the device (scrubbed), for the preview.
    Q_INVOKABLE QString scrubbed(const QString &text) const;

Q_SIGNALS:
    void panelsChanged();
    void actionsChanged();
    void ideasChanged();
    void statusChanged();
    void joinFinished(bool ok, const QString &message);
    void exportFinished(bool ok, const QString &json, const QString &file);
    void leaveFinished(bool ok, const QString &message);
    void ideaFinished(bool ok, const QString &message);
    void reactionFinished(bool ok, const QString &message);

private:
    QString region() const;
    QString language() const;
    QString text(const QJsonValue &label) const;
    void fetchList(const QString &what);
    void fetchRounds();
    void addMemberRounds(const QJsonArray &surveys);
    void loadCached();
    void setStatus(const QString &status);
    QVariantMap actionSummary(const QJsonObject &action);
    void request(const QByteArray &method, const QString &path, const QJsonObject &body,
        const std::function<void(const CollectorReply &)> &done, const QByteArray &etag = {});

    AppController *m_app;
    mutable RegionStore m_store; // reads from const getters are still database queries
    CollectorClient *m_client;
    QJsonArray m_panels;
    QJsonArray m_actions;
    QJsonArray m_ideas;
    QString m_status;
    int m_pending = 0;
    QString m_filterLine;
    QString m_filterTheme;
    QString m_filterStatus;
    QString m_search;
};

} // namespace zs
