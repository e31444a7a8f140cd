#pragma once

#include "outcome.h"
#include "protocolerror.h"
#include "regioncontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// Drives the join and membership pages of one panel: joining with consent, exporting what the
/// panel stores about this device's member, and leaving (which erases it on the collector).
class MembershipController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        zs::RegionController *region READ region WRITE setRegion NOTIFY regionChanged REQUIRED)
    Q_PROPERTY(QString panelId READ panelId WRITE setPanelId NOTIFY panelIdChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString exportedJson READ exportedJson NOTIFY exportedChanged)
    Q_PROPERTY(QString exportFile READ exportFile NOTIFY exportedChanged)

public:
    explicit MembershipController(QObject *parent = nullptr);

    RegionController *region() const { return m_region; }
    void setRegion(RegionController *region);
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
    void regionChanged();
    void panelIdChanged();
    void busyChanged();
    void exportedChanged();
    void joinFinished(const zs::Outcome &outcome);
    void exportFinished(const zs::Outcome &outcome);
    void leaveFinished(const zs::Outcome &outcome);

private:
    void setBusy(bool busy);
    QString exportPath() const;

    QPointer<RegionController> m_region;
    QString m_panelId;
    bool m_busy = false;
    QString m_exportedJson;
    QString m_exportFile;
};

} // namespace zs
