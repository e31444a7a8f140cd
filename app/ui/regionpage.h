#pragma once

#include "collectorsession.h"
#include "regioncontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// The base of the page controllers of the regional pages: QML hands them the Region singleton
/// (`region: Region`) instead of their looking it up. The coordinator's pages also get the
/// signed-in dashboard session (`session: Session`) and send their requests through it.
class RegionPage : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        zs::RegionController *region READ region WRITE setRegion NOTIFY regionChanged REQUIRED)
    Q_PROPERTY(zs::CollectorSession *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    explicit RegionPage(QObject *parent = nullptr)
        : QObject(parent)
    { }

    RegionController *region() const { return m_region; }
    void setRegion(RegionController *region)
    {
        if (region == m_region)
            return;
        m_region = region;
        Q_EMIT regionChanged();
    }

    CollectorSession *session() const { return m_session; }
    void setSession(CollectorSession *session)
    {
        if (session == m_session)
            return;
        m_session = session;
        Q_EMIT sessionChanged();
    }

Q_SIGNALS:
    void regionChanged();
    void sessionChanged();

protected:
    QPointer<RegionController> m_region;
    QPointer<CollectorSession> m_session;
};

} // namespace zs
