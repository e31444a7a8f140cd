#pragma once

#include "regioncontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// The base of the page controllers of the regional pages: QML hands them the Region singleton
/// (`region: Region`) instead of their looking it up.
class RegionPage : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        zs::RegionController *region READ region WRITE setRegion NOTIFY regionChanged REQUIRED)

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

Q_SIGNALS:
    void regionChanged();

protected:
    QPointer<RegionController> m_region;
};

} // namespace zs
