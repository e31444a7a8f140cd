#pragma once

#include <QObject>
#include <QString>
#include <qqmlintegration.h>

namespace zs {

/// How one asynchronous operation (join, export, leave, send an idea) ended: ok, or the
/// translated message for the person and the form field it is about (empty when none).
struct Outcome
{
    Q_GADGET
    QML_VALUE_TYPE(outcome)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString field MEMBER field)

public:
    bool ok = false;
    QString message;
    QString field;

    static Outcome success() { return { true, {}, {} }; }
    static Outcome failure(const QString &message, const QString &field = {})
    {
        return { false, message, field };
    }
    bool operator==(const Outcome &) const = default;
};

} // namespace zs
