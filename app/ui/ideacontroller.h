#pragma once

#include "outcome.h"
#include "protocolerror.h"
#include "regionpage.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// Drives the "send an idea" page: checks the form, scrubs title and description like any free
/// text, and sends the idea to the region's coordinator through the outbox (offline it waits).
class IdeaController : public zs::RegionPage
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit IdeaController(QObject *parent = nullptr);

    bool busy() const { return m_busy; }

    /// Sends an idea {title, description, theme, willHelp, name}; answers with ideaFinished once
    /// the collector took it, or once it waits in the outbox for a connection (ok too).
    Q_INVOKABLE void send(const QVariantMap &form);
    /// The person's words for a refusal of Idea::validate() (a field of the form).
    static QString message(const ProtocolError &error);
    /// The same for the idea as it leaves the device, scrubbed (only longer than the form's).
    static QString scrubbedMessage(const ProtocolError &error);

Q_SIGNALS:
    void busyChanged();
    void ideaFinished(const zs::Outcome &outcome);

private:
    void setRegionConnections();
    void finish(const Outcome &outcome);

    bool m_busy = false;
    qint64 m_pending = 0; ///< the outbox request this page waits for
};

} // namespace zs
