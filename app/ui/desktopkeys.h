#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickWindow>

namespace zs {

/// The keyboard on a desktop, for a whole window (`DesktopKeys { window: root }` in Main.qml):
/// Enter and Return press the focused button as Space does (Qt 6.4's buttons take Space
/// only), in pages, the tab bar and dialogs alike; Tab and Shift+Tab leave a multi-line text
/// as they leave every other control (a TextArea would type a tab and trap the keyboard). It
/// looks at each key press before the focused item does; every other key, and Enter in a text
/// field or combo box, goes on as usual.
class DesktopKeys : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)

public:
    using QObject::QObject;

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);

Q_SIGNALS:
    void windowChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QQuickWindow> m_window;
};

} // namespace zs
