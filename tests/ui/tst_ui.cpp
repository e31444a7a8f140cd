// Qt Quick Test entry: each tst_*.qml runs in its own process (one CTest entry per file) with a
// fresh AppController on a temporary data folder, and a helper that saves real screenshots.
#include "appcontroller.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ZorgstemPlugin)
Q_IMPORT_QML_PLUGIN(ZorgstemUiPlugin)

/// Saves a window's real frame (QQuickWindow::grabWindow) as PNG for people to look at.
class Screenshots : public QObject
{
    Q_OBJECT
public:
    explicit Screenshots(const QString &dir, QObject *parent = nullptr)
        : QObject(parent)
        , m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    /// Grabs the window and writes DIR/name.png; returns the file path or "" on failure.
    Q_INVOKABLE QString save(QQuickWindow *window, const QString &name)
    {
        if (!window)
            return {};
        const QImage image = window->grabWindow();
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        return !image.isNull() && image.save(path) ? path : QString();
    }

private:
    QString m_dir;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Port 9 (discard) on loopback: nothing listens, so the app is "offline".
        m_controller
            = new zs::AppController(m_dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")), this);
        m_controller->setToday(QDate(2026, 11, 22));
        m_controller->setEngine(engine);
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const QString shots = qEnvironmentVariable(
            "ZS_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("screenshots"), new Screenshots(shots, this));
    }

private:
    QTemporaryDir m_dir;
    zs::AppController *m_controller = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(zorgstem_ui, Setup)

#include "tst_ui.moc"
