#pragma once

#include "outcome.h"
#include "protocolerror.h"
#include "regionpage.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// Drives the join and membership pages of one panel: joining with consent, showing what the
/// panel stores about this device's member in words and saving it to a file she chooses (JSON
/// or readable text), and leaving (which erases it on the collector). Joins and leaves go
/// through the outbox: offline they wait for the connection.
class MembershipController : public zs::RegionPage
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString panelId READ panelId WRITE setPanelId NOTIFY panelIdChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString exportedJson READ exportedJson NOTIFY exportedChanged)
    /// What the panel stores, as rows {label, value} in words (reference labels, never codes).
    Q_PROPERTY(QVariantList details READ details NOTIFY exportedChanged)
    /// The file she last saved the export to ("" when none).
    Q_PROPERTY(QString savedFile READ savedFile NOTIFY exportedChanged)

public:
    explicit MembershipController(QObject *parent = nullptr);

    QString panelId() const { return m_panelId; }
    void setPanelId(const QString &panelId);
    bool busy() const { return m_busy; }
    QString exportedJson() const { return m_exportedJson; }
    QVariantList details() const;
    QString savedFile() const { return m_savedFile; }

    /// Joins the panel with {name, email | phone, consent: bool}; answers with joinFinished when
    /// the panel took it, or when it waits in the outbox for a connection (ok too).
    Q_INVOKABLE void join(const QVariantMap &form);
    /// Fetches what the panel stores about this device's member; answers with exportFinished.
    Q_INVOKABLE void exportMembership();
    /// Saves what was fetched to the file (a URL from the save dialog or a path): readable text
    /// for a .txt file, else JSON; answers with saveFinished.
    Q_INVOKABLE void saveExport(const QString &fileUrl);
    /// Leaves the panel and erases the membership; answers with leaveFinished when done, or
    /// when it waits in the outbox for a connection (ok too).
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
    void saveFinished(const zs::Outcome &outcome);

private:
    enum class Pending { Join, Leave };
    void setBusy(bool busy);
    void setRegionConnections();
    QString readableText() const;

    QString m_panelId;
    bool m_busy = false;
    QJsonObject m_exported;
    QString m_exportedJson;
    QString m_savedFile;
    qint64 m_pending = 0; ///< the outbox request this page waits for
    Pending m_pendingKind = Pending::Join;
};

} // namespace zs
