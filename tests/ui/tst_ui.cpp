// Qt Quick Test entry: each tst_*.qml runs in its own process (one CTest entry per file) with a
// fresh AppController on a temporary data folder, and a helper that saves real screenshots.
#include "appcontext.h"
#include "appcontroller.h"
#include "qmlsingletons.h"
#include "regioncontroller.h"

#include <QDir>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
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
        // Port 9 (discard) on loopback: nothing listens, so the app is "offline" - unless the
        // test asks for the real collector (ZS_WITH_COLLECTOR=1), started on a free port.
        QUrl collector(QStringLiteral("http://127.0.0.1:9"));
        if (qEnvironmentVariableIsSet("ZS_WITH_COLLECTOR"))
            collector = startCollector();
        m_context = new zs::AppContext(m_dir.filePath(QStringLiteral("app")), collector, this);
        m_context->setToday(QDate(2026, 11, 22));
        m_controller = new zs::AppController(*m_context, this);
        m_controller->setEngine(engine);
        m_region = new zs::RegionController(*m_context, *m_controller, this);
        zs::QmlSingletons::set(m_controller, m_region);
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const QString shots = qEnvironmentVariable(
            "ZS_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("screenshots"), new Screenshots(shots, this));
        engine->rootContext()->setContextProperty(
            QStringLiteral("coordinatorToken"), m_coordinatorToken);
    }

private:
    /// Starts the real collector on a free loopback port with one sample employer.
    QUrl startCollector()
    {
        const QString db = m_dir.filePath(QStringLiteral("collector.db"));
        QProcess add;
        add.start(QStringLiteral(ZS_COLLECTOR_BIN),
            { QStringLiteral("employer"), QStringLiteral("add"), QStringLiteral("--db"), db,
                QStringLiteral("--region"), QStringLiteral("utrecht"), QStringLiteral("--id"),
                QStringLiteral("zorg-utrecht"), QStringLiteral("--name"),
                QStringLiteral("Zorg Utrecht") });
        add.waitForFinished(30000);
        QProcess coordinator;
        coordinator.start(QStringLiteral(ZS_COLLECTOR_BIN),
            { QStringLiteral("coordinator"), QStringLiteral("add"), QStringLiteral("--db"), db,
                QStringLiteral("--region"), QStringLiteral("utrecht") });
        coordinator.waitForFinished(30000);
        m_coordinatorToken = QString::fromUtf8(coordinator.readAllStandardOutput()).trimmed();
        m_collector.setProgram(QStringLiteral(ZS_COLLECTOR_BIN));
        m_collector.setArguments({ QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), db });
        m_collector.start();
        static const QRegularExpression listening(QStringLiteral("listening on (http://[0-9.:]+)"));
        QByteArray output;
        for (int i = 0; i < 100 && m_collector.state() != QProcess::NotRunning; ++i) {
            m_collector.waitForReadyRead(100);
            output += m_collector.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch())
                return QUrl(match.captured(1));
        }
        qFatal("the collector did not start: %s", output.constData());
    }

    QTemporaryDir m_dir;
    QProcess m_collector;
    QString m_coordinatorToken;
    zs::AppContext *m_context = nullptr;
    zs::AppController *m_controller = nullptr;
    zs::RegionController *m_region = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(zorgstem_ui, Setup)

#include "tst_ui.moc"
