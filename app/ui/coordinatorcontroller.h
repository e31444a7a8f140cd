#pragma once

#include "collectorclient.h"
#include "protocolerror.h"
#include "regionpage.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace zs {

/// Drives the desktop coordinator mode: with a coordinator token, publish and update the
/// region's actions and their progress, and read the region's ideas, reaction counts and panel
/// member counts. Panel rounds are built and published by RoundBuilder.
class CoordinatorController : public zs::RegionPage
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY tokenChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY messageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(zs::RowModel *ideas READ ideas CONSTANT)
    Q_PROPERTY(zs::RowModel *stats READ stats CONSTANT)

public:
    explicit CoordinatorController(QObject *parent = nullptr);

    QString token() const { return m_token; }
    void setToken(const QString &token);
    QString message() const { return m_message; }
    bool ok() const { return m_ok; }
    bool busy() const { return m_busy > 0; }
    RowModel *ideas() { return &m_ideas; }
    RowModel *stats() { return &m_stats; }

    /// The editable fields of an existing action (or empty ones for a new action).
    Q_INVOKABLE QVariantMap actionForm(const QString &actionId) const;
    /// Builds the action from the form and publishes it (create or update).
    Q_INVOKABLE void publishAction(const QVariantMap &form);
    /// Adds one progress update to an action and publishes it.
    Q_INVOKABLE void addProgress(
        const QString &actionId, const QString &date, double value, const QString &note);
    /// Reads the region's ideas (with names and offers to help) and the panels' member counts.
    Q_INVOKABLE void refresh();

    /// The action JSON the form describes, or an error message (pure, so it can be tested).
    static QJsonObject buildAction(const QVariantMap &form, const QString &region, QString *error);
    /// The coordinator's words for a refusal of Action::validate() (a field of the form).
    static QString fieldMessage(const ProtocolError &error);

Q_SIGNALS:
    void tokenChanged();
    void messageChanged();
    void busyChanged();
    void ideasChanged();
    void statsChanged();
    void published();

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const std::function<void(const CollectorReply &)> &done);
    void report(bool ok, const QString &message);
    void reportRefusal(const CollectorReply &reply);
    QJsonObject cachedAction(const QString &actionId) const;

    QString regionId() const;

    QString m_token;
    QString m_message;
    bool m_ok = true;
    int m_busy = 0;
    RowModel m_ideas;
    RowModel m_stats;
};

} // namespace zs
