// Qt Quick Test entry: each tst_*.qml runs in its own process (one CTest entry per file) with a
// fresh AppController on a temporary data folder, and a helper that saves real screenshots.
#include "appcontext.h"
#include "appcontroller.h"
#include "collectorprocess.h"
#include "coordinatorseeder.h"
#include "dashboardsingletons.h"
#include "panelrounds.h"
#include "qmlsingletons.h"
#include "regioncontroller.h"
#include "releaseseeder.h"
#include "sessionmanager.h"
#include "tokenvault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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
Q_IMPORT_QML_PLUGIN(ZorgstemDashboardPlugin)

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

/// What dashboard tests read back: files the app wrote (a PDF through poppler's pdfinfo and
/// pdftotext, a CSV as text), in a folder of the test's own.
class Files : public QObject
{
    Q_OBJECT
public:
    Files(const QString &dir, QObject *parent)
        : QObject(parent)
        , m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    /// The file URL of a name in the test's folder.
    Q_INVOKABLE QUrl url(const QString &name) const
    {
        return QUrl::fromLocalFile(QDir(m_dir).filePath(name));
    }
    Q_INVOKABLE bool exists(const QUrl &file) const { return QFile::exists(file.toLocalFile()); }
    /// The file's bytes as UTF-8 text ("" when it cannot be read).
    Q_INVOKABLE QString text(const QUrl &file) const
    {
        QFile f(file.toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// The first bytes of the file in hex ("efbbbf" for a UTF-8 byte-order mark).
    Q_INVOKABLE QString hexHead(const QUrl &file, int bytes) const
    {
        QFile f(file.toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes).toHex()) : QString();
    }
    /// pdfinfo's or pdftotext's output for a PDF ("" when the tool fails).
    Q_INVOKABLE QString pdfInfo(const QUrl &file) const
    {
        return tool(QStringLiteral("pdfinfo"), { file.toLocalFile() });
    }
    Q_INVOKABLE QString pdfText(const QUrl &file) const
    {
        return tool(QStringLiteral("pdftotext"), { file.toLocalFile(), QStringLiteral("-") });
    }

private:
    static QString tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString m_dir;
};

/// Stands in for the collector's receipt in UI tests that run offline: the queued answers of
/// a survey are acknowledged as the sync client would, so only a receipt stays (rule 8).
class SentFixture : public QObject
{
    Q_OBJECT
public:
    SentFixture(zs::AppContext *context, zs::AppController *controller, QObject *parent)
        : QObject(parent)
        , m_context(context)
        , m_controller(controller)
    { }
    /// Acknowledges every queued submission of surveyId (for the month period); false when
    /// none waited or the receipt could not be stored.
    Q_INVOKABLE bool markSent(const QString &surveyId, const QString &period)
    {
        QStringList ids;
        for (const zs::OutboxItem &item : m_context->outbox().pending(500)) {
            if (item.surveyId == surveyId && item.period == period)
                ids.append(item.submissionId);
        }
        if (ids.isEmpty() || !m_context->outbox().acknowledge(ids))
            return false;
        m_controller->surveyQueued(); // the home page reads the receipt
        return true;
    }

private:
    zs::AppContext *m_context;
    zs::AppController *m_controller;
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
        // The dashboards' session, with a keychain service of the tests' own (tst_ui runs
        // without a secret service: the token stays in memory, as the page then says).
        m_vault = new zs::TokenVault(QStringLiteral("zorgstem-uitest"), this);
        m_session = new zs::SessionManager(*m_context, m_vault, this);
        connect(
            m_controller, &zs::AppController::dataErased, m_session, &zs::SessionManager::signOut);
        m_region->follow(m_session);
        zs::DashboardSingletons::set(m_session);
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
            new CoordinatorSeeder(&m_collector, m_dir.filePath(QStringLiteral("files")), this));
        auto *rounds = new PanelRounds(&m_collector, this);
        rounds->setToken(m_coordinatorToken);
        engine->rootContext()->setContextProperty(QStringLiteral("panelRounds"), rounds);
        engine->rootContext()->setContextProperty(
            QStringLiteral("files"), new Files(m_dir.filePath(QStringLiteral("files")), this));
        engine->rootContext()->setContextProperty(QStringLiteral("employerToken"), m_employerToken);
        engine->rootContext()->setContextProperty(
            QStringLiteral("emptyEmployerToken"), m_emptyToken);
        engine->rootContext()->setContextProperty(
            QStringLiteral("collectorUrl"), collector.toString());
        engine->rootContext()->setContextProperty(
            QStringLiteral("sentFixture"), new SentFixture(m_context, m_controller, this));
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
        if (qEnvironmentVariableIsSet("ZS_WITH_RELEASES"))
            seedReleases();
        return m_collector.baseUrl();
    }

    /// Releases for the dashboard tests (tst_employer*): De Linde has two exit releases
    /// (last month's and this month's) and one stay release; a second employer makes the
    /// region's benchmark differ; Het Anker has none (the empty state). Every answer is
    /// credentialed, every response has a comment (a shown group) and nobody answers the
    /// return condition (a hidden group). 15 open exit responses make the region's unverified
    /// picture (coordinator mode).
    void seedReleases()
    {
        m_employerToken = m_collector.addEmployer(QStringLiteral("utrecht"),
            QStringLiteral("de-linde"), QStringLiteral("Zorggroep De Linde"));
        m_emptyToken = m_collector.addEmployer(QStringLiteral("utrecht"),
            QStringLiteral("het-anker"), QStringLiteral("Thuiszorg Het Anker"));
        if (m_employerToken.isEmpty() || m_emptyToken.isEmpty())
            qFatal("could not add the employers: %s", qPrintable(m_collector.lastError()));
        zs::test::Http http;
        zs::test::ReleaseSeeder seed(m_collector, http);
        const QString last = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString now = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        const QString employer = QStringLiteral("de-linde");
        const QString region = QStringLiteral("utrecht");
        const bool ok = seed.exitResponses(employer, region, 20, last) && seed.cut() >= 1
            && seed.exitResponses(
                employer, region, 20, now, QStringLiteral("Tweede ronde: opmerking "))
            && seed.exitResponses(QStringLiteral("zorg-utrecht"), region, 20, now)
            && seed.retentionResponses(employer, region, 20, now)
            && seed.openExitResponses(region, 15, now) && seed.cut() >= 1;
        if (!ok)
            qFatal("could not seed the releases: %s", qPrintable(seed.lastError()));
    }

    QTemporaryDir m_dir;
    zs::test::CollectorProcess m_collector;
    QString m_coordinatorToken;
    QString m_employerToken;
    QString m_emptyToken;
    zs::AppContext *m_context = nullptr;
    zs::AppController *m_controller = nullptr;
    zs::RegionController *m_region = nullptr;
    zs::TokenVault *m_vault = nullptr;
    zs::SessionManager *m_session = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(zorgstem_ui, Setup)

#include "tst_ui.moc"
