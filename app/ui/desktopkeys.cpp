#include "desktopkeys.h"

#include <QKeyEvent>
#include <QQuickItem>

namespace zs {

void DesktopKeys::setWindow(QQuickWindow *window)
{
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    Q_EMIT windowChanged();
}

namespace {

/// Presses a button as a click would: a checkable one changes state first (a checked radio
/// button of a group stays checked), then `clicked` is emitted.
void press(QQuickItem *button)
{
    if (button->property("checkable").toBool()
        && !(button->property("checked").toBool() && button->property("autoExclusive").toBool()))
        QMetaObject::invokeMethod(button, "toggle");
    QMetaObject::invokeMethod(button, "clicked");
}

} // namespace

bool DesktopKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QQuickItem *focus = m_window->activeFocusItem();
    if (!focus || !focus->isEnabled())
        return false;
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier
        && !key->isAutoRepeat() && focus->inherits("QQuickAbstractButton")) {
        press(focus);
        return true;
    }
    const bool tab = key->key() == Qt::Key_Tab && modifiers == Qt::NoModifier;
    const bool backtab = key->key() == Qt::Key_Backtab
        || (key->key() == Qt::Key_Tab && modifiers == Qt::ShiftModifier);
    if ((tab || backtab) && focus->inherits("QQuickTextEdit")) {
        if (QQuickItem *next = focus->nextItemInFocusChain(tab); next && next != focus)
            next->forceActiveFocus(tab ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return false;
}

} // namespace zs
