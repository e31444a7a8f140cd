#include "appcontext.h"
#include "appcontroller.h"
#include "dashboardsingletons.h"
#include "qmlsingletons.h"
#include "regioncontroller.h"
#include "reportcommand.h"
#include "sessionmanager.h"
#include "signinlink.h"
#include "tokenvault.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>

Q_IMPORT_QML_PLUGIN(ZorgstemPlugin)
Q_IMPORT_QML_PLUGIN(ZorgstemUiPlugin)
Q_IMPORT_QML_PLUGIN(ZorgstemDashboardPlugin)

namespace {

/// The app's options; the help needs them before there is a display.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Zorgstem: your voice in care\n\nzorgstem report --help: write an "
                       "employer's report (PDF or CSV) without a window."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("data-dir"), QStringLiteral("Folder for the local database."),
            QStringLiteral("dir") },
        { QStringLiteral("collector"), QStringLiteral("Collector base URL."),
            QStringLiteral("url") },
        { QStringLiteral("ca-file"),
            QStringLiteral("Also trust the CA certificates in this PEM file (private CA)."),
            QStringLiteral("file") },
        { QStringLiteral("lang"), QStringLiteral("UI language: nl or en."),
            QStringLiteral("lang") },
        { QStringLiteral("screenshot"), QStringLiteral("Save the first frame to a PNG and quit."),
            QStringLiteral("file") },
        { QStringLiteral("size"), QStringLiteral("Window size WxH."), QStringLiteral("size") },
    });
    parser.addPositionalArgument(QStringLiteral("link"),
        QStringLiteral("An invitation link (zorgstem://invite?code=CODE&collector=URL) or a "
                       "sign-in link (zorgstem://signin?token=TOKEN&collector=URL)."),
        QStringLiteral("[link]"));
}

/// With ZORGSTEM_STARTUP_TRACE set, prints "ZSTRACE <phase> <ns> <cpu us>" to stderr at the end
/// of each start-up phase: the steady clock (CLOCK_MONOTONIC) and the CPU time the process used
/// so far. bench/bench_firstframe reads it to break the time to the first frame down.
void trace(const char *phase)
{
    static const bool on = qEnvironmentVariableIsSet("ZORGSTEM_STARTUP_TRACE");
    if (!on)
        return;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
    const double cpuUs = double(std::clock()) * 1e6 / CLOCKS_PER_SEC;
    std::fprintf(
        stderr, "ZSTRACE %s %lld %.0f\n", phase, static_cast<long long>(ns.count()), cpuUs);
}

/// True when the command line asks for help: a QGuiApplication would need a display first.
bool asksForHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    trace("main");
    // `zorgstem report …` writes a report without a window: the offscreen platform gives the
    // PDF its fonts on a machine with no display at all.
    if (argc > 1 && QByteArray(argv[1]) == "report") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("zorgstem"));
        return zs::ReportCommand::run(QCoreApplication::arguments());
    }
    if (asksForHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("zorgstem"));
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(core); // prints the help and exits
        return 0;
    }
    QGuiApplication app(argc, argv);
    trace("application");
    QGuiApplication::setApplicationName(QStringLiteral("zorgstem"));
    QGuiApplication::setOrganizationName(QStringLiteral("Zorgstem"));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString problem
            = zs::AppContext::trustCaFile(parser.value(QStringLiteral("ca-file")));
        if (!problem.isEmpty()) {
            qCritical("zorgstem: --ca-file: %s", qPrintable(problem));
            return 2;
        }
    }
    // The one object graph: storage, network and sync, then the controllers QML sees.
    zs::AppContext context(dataDir, QUrl(parser.value(QStringLiteral("collector"))));
    if (!context.storageError().isEmpty()) {
        qCritical("zorgstem: %s", qPrintable(context.storageError()));
        return 1;
    }
    trace("storage");
    zs::AppController controller(context);
    if (parser.isSet(QStringLiteral("lang")))
        controller.setLanguage(parser.value(QStringLiteral("lang")));
    zs::RegionController region(context, controller);
    // The dashboards' sign-in: a token remembered in the keychain signs in again at start;
    // erasing everything on the device signs out too.
    zs::TokenVault vault;
    zs::SessionManager session(context, &vault);
    QObject::connect(
        &controller, &zs::AppController::dataErased, &session, &zs::SessionManager::signOut);
    region.follow(&session);
    session.restore();
    // A link as the first argument (the desktop file's %u): a sign-in link goes to the session,
    // any other to the one handler of invitation links.
    if (!parser.positionalArguments().isEmpty()) {
        const QString link = parser.positionalArguments().constFirst();
        if (zs::SigninLink::looksLikeLink(link))
            session.openLink(link);
        else
            controller.openInvitation(link);
    }
    zs::QmlSingletons::set(&controller, &region);
    zs::DashboardSingletons::set(&session);
    trace("controllers");

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    trace("engine");
    controller.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Zorgstem/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    trace("qml");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window) {
        // Direct: the threaded render loop emits frameSwapped on its render thread.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [] {
                static std::atomic_bool traced = false;
                if (!traced.exchange(true))
                    trace("frame");
            },
            Qt::DirectConnection);
    }
    // What the first frame does not need waits for it: the network's reachability backend (a
    // plugin) and the first sync (the network stack's set-up).
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    const auto afterFirstFrame = [&region, &controller, screenshot] {
        region.watchNetwork();
        if (!screenshot && controller.profileComplete())
            controller.syncNow();
    };
    if (window)
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, afterFirstFrame,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    else
        afterFirstFrame();
    if (window && parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        window->resize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    if (window && screenshot) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [window, file] {
                static bool saved = false;
                if (saved)
                    return;
                saved = true;
                QTimer::singleShot(300, window, [window, file] {
                    window->grabWindow().save(file);
                    QCoreApplication::quit();
                });
            },
            Qt::QueuedConnection);
    }
    return app.exec();
}
