#pragma once

#include "outcome.h"
#include "protocolerror.h"
#include "regionpage.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// Drives the join and membership pages of one panel: joining with consent, exporting what the
/// panel stores about this device's member, and leaving (which erases it on the collector).
class MembershipController : public zs::RegionPage
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString panelId READ panelId WRITE setPanelId NOTIFY panelIdChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString exportedJson READ exportedJson NOTIFY exportedChanged)
    Q_PROPERTY(QString exportFile READ exportFile NOTIFY exportedChanged)

public:
    explicit MembershipController(QObject *parent = nullptr);

    QString panelId() const { return m_panelId; }
    void setPanelId(const QString &panelId);
    bool busy() const { return m_busy; }
    QString exportedJson() const { return m_exportedJson; }
    QString exportFile() const { return m_exportFile; }

    /// Joins the panel with {name, email | phone, consent: bool}; answers with joinFinished.
    Q_INVOKABLE void join(const QVariantMap &form);
    /// Fetches what the panel stores about this device's member; answers with exportFinished.
    Q_INVOKABLE void exportMembership();
    /// Leaves the panel and erases the membership; answers with leaveFinished.
    Q_INVOKABLE void leave();
    /// The person's words for a refusal of JoinRequest::validate() (a field of the form).
    static QString message(const ProtocolError &error);

Q_SIGNALS:
    void panelIdChanged();
    void busyChanged();
    void exportedChanged();
    void joinFinished(const zs::Outcome &outcome);
    void exportFinished(const zs::Outcome &outcome);
    void leaveFinished(const zs::Outcome &outcome);

private:
    void setBusy(bool busy);
    QString exportPath() const;

    QString m_panelId;
    bool m_busy = false;
    QString m_exportedJson;
    QString m_exportFile;
};

} // namespace zs
