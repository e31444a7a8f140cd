// Qt Quick Test entry: each tst_*.qml runs in its own process (one CTest entry per file) with a
// fresh AppController on a temporary data folder, and a helper that saves real screenshots.
#include "appcontext.h"
#include "appcontroller.h"
#include "collectorprocess.h"
#include "panelrounds.h"
#include "qmlsingletons.h"
#include "regioncontroller.h"
#include "releaseseeder.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

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

/// What invitation tests need: codes from the real collector (`invitations create`), and QR
/// images of a text, written with zxing-cpp's encoder as an invitation sheet would print them.
class Invitations : public QObject
{
    Q_OBJECT
public:
    Invitations(zs::test::CollectorProcess *collector, const QString &dir, QObject *parent)
        : QObject(parent)
        , m_collector(collector)
        , m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    /// Fresh one-time codes (written form) of an employer for a survey kind.
    Q_INVOKABLE QStringList create(const QString &employer, const QString &survey, int count)
    {
        QStringList codes = m_collector->invite(employer, survey, count);
        if (codes.isEmpty())
            qWarning("invitations create failed: %s", qPrintable(m_collector->lastError()));
        return codes;
    }
    /// The collector's base URL, for links.
    Q_INVOKABLE QString collector() const { return m_collector->baseUrl().toString(); }
    /// A PNG of a QR code holding text, with a quiet zone; returns its file URL.
    Q_INVOKABLE QUrl qrImage(const QString &text, const QString &name)
    {
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                          .setMargin(4)
                                          .encode(text.toStdWString(), 400, 400);
        QImage image(bits.width(), bits.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                image.setPixel(x, y, bits.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        }
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        return image.save(path) ? QUrl::fromLocalFile(path) : QUrl();
    }

private:
    zs::test::CollectorProcess *m_collector;
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
        engine->rootContext()->setContextProperty(QStringLiteral("invitations"),
            new Invitations(&m_collector, m_dir.filePath(QStringLiteral("qr")), this));
        engine->rootContext()->setContextProperty(QStringLiteral("seeder"),
            new ReleaseSeeder(&m_collector, m_dir.filePath(QStringLiteral("files")), this));
        auto *rounds = new PanelRounds(&m_collector, this);
        rounds->setToken(m_coordinatorToken);
        engine->rootContext()->setContextProperty(QStringLiteral("panelRounds"), rounds);
    }

private:
    /// Starts the real collector on a free loopback port with one sample employer and the
    /// region's coordinator (whose token the tests get as coordinatorToken).
    QUrl startCollector()
    {
        if (m_collector
                .addEmployer(QStringLiteral("utrecht"), QStringLiteral("zorg-utrecht"),
                    QStringLiteral("Zorg Utrecht"))
                .isEmpty())
            qFatal("could not add the sample employer: %s", qPrintable(m_collector.lastError()));
        m_coordinatorToken = m_collector.addCoordinator(QStringLiteral("utrecht"));
        if (m_coordinatorToken.isEmpty())
            qFatal("could not add the coordinator: %s", qPrintable(m_collector.lastError()));
        if (!m_collector.start())
            qFatal("the collector did not start: %s", qPrintable(m_collector.lastError()));
        return m_collector.baseUrl();
    }

    QTemporaryDir m_dir;
    zs::test::CollectorProcess m_collector;
    QString m_coordinatorToken;
    zs::AppContext *m_context = nullptr;
    zs::AppController *m_controller = nullptr;
    zs::RegionController *m_region = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(zorgstem_ui, Setup)

#include "tst_ui.moc"
