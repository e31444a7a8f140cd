// App start to first frame, offscreen. Starts `zorgstem --data-dir D --screenshot D/x.png` and
// takes the time from starting the process until the app's first swapped frame, in three kinds
// of start:
//   cold   - a true first launch on a fresh machine: an empty data folder (the database is
//            created), an empty XDG cache and config home (so an empty QML disk cache
//            ~/.cache/Zorgstem/zorgstem/qmlcache and no fontconfig user cache) and fontconfig
//            pointed at an empty cache folder of its own, so it has to scan every font;
//   first  - a first launch on a machine whose fonts are cached (as Debian's fc-cache trigger
//            leaves it): empty data folder and XDG homes, the system's fontconfig caches;
//   warm   - later starts on the data folder and XDG homes the last "first" start left (still
//            the onboarding: no profile yet);
//   home   - a care worker's later starts: the same folders with a saved profile, so the home
//            screen comes first (its tabs, and the lists asked for from the collector: here a
//            closed port, so the answers cannot arrive before the first frame).
// The app prints "ZSTRACE <phase> <steady ns>" at the end of each start-up phase
// (ZORGSTEM_STARTUP_TRACE, app/main.cpp), which gives the breakdown; Qt Quick's own render
// loop log (qt.scenegraph.time.renderloop) is kept as a cross-check of the first frame. The app
// waits 300 ms after that frame before it grabs the PNG and quits, so the process wall time is
// reported separately. With /usr/bin/time present, each run's peak resident memory too.
#include "appschema.h"
#include "database.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

namespace {

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
        : v.size() % 2 ? v.at(v.size() / 2)
                       : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

void result(const QByteArray &key, double value)
{
    std::printf("RESULT %s %.6g\n", key.constData(), value);
    std::fflush(stdout);
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// The phases app/main.cpp traces, in order; each ends where the app prints it.
const QList<QByteArray> kPhases { "main", "application", "storage", "controllers", "engine", "qml",
    "frame" };

/// Where one start keeps its state: the data folder and the XDG homes, and optionally a
/// fontconfig configuration whose cache folder starts empty.
struct Place
{
    std::shared_ptr<QTemporaryDir> root;
    QString dataDir() const { return root->filePath(QStringLiteral("data")); }
    QString cacheHome() const { return root->filePath(QStringLiteral("cache")); }
    QString configHome() const { return root->filePath(QStringLiteral("config")); }
    QString fontconfigFile; ///< empty: the system's configuration and caches
};

Place freshPlace(bool coldFontconfig)
{
    Place place { std::make_shared<QTemporaryDir>(), {} };
    QDir(place.root->path()).mkpath(QStringLiteral("data"));
    if (coldFontconfig) {
        // The system's font folders and rules, but a cache folder of its own that starts empty.
        place.fontconfigFile = place.root->filePath(QStringLiteral("fonts.conf"));
        QFile conf(place.fontconfigFile);
        if (!conf.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(place.fontconfigFile));
        conf.write(QStringLiteral("<?xml version=\"1.0\"?>\n"
                                  "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                                  "<fontconfig>\n"
                                  "  <dir>/usr/share/fonts</dir>\n"
                                  "  <dir>/usr/local/share/fonts</dir>\n"
                                  "  <dir prefix=\"xdg\">fonts</dir>\n"
                                  "  <cachedir>%1</cachedir>\n"
                                  "  <include ignore_missing=\"yes\">/etc/fonts/conf.d</include>\n"
                                  "</fontconfig>\n")
                       .arg(place.root->filePath(QStringLiteral("fontconfig-cache")))
                       .toUtf8());
    }
    return place;
}

/// Files below dir whose path contains part (e.g. the QML disk cache, fontconfig caches).
int filesUnder(const QString &dir, const QString &part)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().contains(part))
            ++n;
    }
    return n;
}

struct Run
{
    double firstFrameMs = -1; ///< the app's own "frame" trace
    double renderLoopFrameMs = -1; ///< Qt's "Frame rendered" log line, as seen by this process
    double exitMs = -1;
    qint64 maxRssKb = -1;
    QHash<QByteArray, double> phaseEndMs; ///< since the process was started
    QHash<QByteArray, double> phaseCpuMs; ///< CPU time the app had used at the phase's end
};

/// What onboarding would have saved: a complete profile in the data folder's database.
bool saveProfile(const Place &place)
{
    zs::Database db(
        QDir(place.dataDir()).filePath(QStringLiteral("zorgstem.db")), zs::appMigrations());
    zs::ProfileStore store(db);
    const zs::Profile profile { QStringLiteral("utrecht"), QStringLiteral("vvt"),
        QStringLiteral("verzorgende_ig"), QStringLiteral("25-34"), QStringLiteral("3-5") };
    return db.isOpen() && store.saveProfile(profile);
}

Run runOnce(const QString &app, const Place &place)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
        QStringLiteral("qt.scenegraph.time.renderloop.debug=true"));
    env.insert(QStringLiteral("ZORGSTEM_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), place.cacheHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), place.configHome());
    if (!place.fontconfigFile.isEmpty())
        env.insert(QStringLiteral("FONTCONFIG_FILE"), place.fontconfigFile);
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    const QString png = place.dataDir() + QStringLiteral("/x.png");
    QFile::remove(png);
    // Port 9 (discard) on loopback: nothing answers, as on a machine without a collector.
    QStringList args { QStringLiteral("--data-dir"), place.dataDir(), QStringLiteral("--collector"),
        QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--screenshot"), png };
    QString program = app;
    const bool timed = QFile::exists(QStringLiteral("/usr/bin/time"));
    if (timed) {
        args.prepend(app);
        args.prepend(QStringLiteral("ZSMAXRSS %M"));
        args.prepend(QStringLiteral("-f"));
        program = QStringLiteral("/usr/bin/time");
    }
    Run run;
    QByteArray err;
    QElapsedTimer timer;
    const qint64 startNs = steadyNs();
    timer.start();
    p.start(program, args);
    while (p.state() != QProcess::NotRunning && timer.elapsed() < 30000) {
        p.waitForReadyRead(5);
        err += p.readAllStandardError();
        if (run.renderLoopFrameMs < 0 && err.contains("Frame rendered"))
            run.renderLoopFrameMs = timer.nsecsElapsed() / 1e6;
    }
    if (!p.waitForFinished(30000))
        p.kill();
    run.exitMs = timer.nsecsElapsed() / 1e6;
    err += p.readAllStandardError();
    for (const QByteArray &line : err.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 4 && f.at(0) == "ZSTRACE") {
            run.phaseEndMs.insert(f.at(1), (f.at(2).toLongLong() - startNs) / 1e6);
            run.phaseCpuMs.insert(f.at(1), f.at(3).toDouble() / 1e3);
        }
    }
    run.firstFrameMs = run.phaseEndMs.value("frame", -1);
    const qsizetype at = err.lastIndexOf("ZSMAXRSS ");
    if (at >= 0)
        run.maxRssKb = err.mid(at + 9).trimmed().toLongLong();
    if (!QFile::exists(png) || p.exitCode() != 0)
        std::fprintf(stderr,
            "bench_firstframe: the app did not save its screenshot (exit %d):\n%s\n", p.exitCode(),
            err.constData());
    return run;
}

void print(const char *kind, int i, const Run &r)
{
    std::printf("%s %d: first frame %.0f ms (render loop log %.0f ms), exit %.0f ms, peak RSS "
                "%lld kB; phases:",
        kind, i, r.firstFrameMs, r.renderLoopFrameMs, r.exitMs, r.maxRssKb);
    double before = 0;
    double cpuBefore = 0;
    for (const QByteArray &phase : kPhases) {
        const double end = r.phaseEndMs.value(phase, -1);
        const double cpu = r.phaseCpuMs.value(phase, -1);
        std::printf(" %s %.1f (cpu %.1f)", phase.constData(), end - before, cpu - cpuBefore);
        before = end;
        cpuBefore = cpu;
    }
    std::printf("\n");
    std::fflush(stdout);
}

/// Medians of a kind of start: the first frame and each phase's own duration.
void summarise(const QByteArray &kind, const QList<Run> &runs)
{
    QList<double> frames, cpu;
    for (const Run &r : runs) {
        frames.append(r.firstFrameMs);
        cpu.append(r.phaseCpuMs.value("frame"));
    }
    result("app." + kind + "_frame_ms", median(frames));
    // CPU time until the first frame: what the start costs when the cores are not shared.
    result("app." + kind + "_frame_cpu_ms", median(cpu));
    for (qsizetype i = 0; i < kPhases.size(); ++i) {
        QList<double> durations, cpuDurations;
        for (const Run &r : runs) {
            durations.append(r.phaseEndMs.value(kPhases.at(i))
                - (i ? r.phaseEndMs.value(kPhases.at(i - 1)) : 0));
            cpuDurations.append(r.phaseCpuMs.value(kPhases.at(i))
                - (i ? r.phaseCpuMs.value(kPhases.at(i - 1)) : 0));
        }
        result("app." + kind + "_phase_" + kPhases.at(i) + "_ms", median(durations));
        result("app." + kind + "_phase_" + kPhases.at(i) + "_cpu_ms", median(cpuDurations));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString binary = arg(args, QStringLiteral("--app"), QStringLiteral(ZS_APP_BINARY));
    const int runs = std::max(2, arg(args, QStringLiteral("--runs"), QStringLiteral("10")).toInt());
    const int firstRuns
        = std::max(1, arg(args, QStringLiteral("--first-runs"), QStringLiteral("3")).toInt());

    QList<Run> cold, first, warm;
    for (int i = 0; i < firstRuns; ++i) {
        const Place place = freshPlace(true);
        const Run r = runOnce(binary, place);
        if (r.firstFrameMs < 0) {
            std::fprintf(stderr, "bench_firstframe: no frame was traced\n");
            return 1;
        }
        print("cold", i + 1, r);
        if (i == 0) {
            // Proof that this start was cold: fontconfig wrote its cache, and what the QML
            // engine compiled at run time (not ahead of time) went into the disk cache.
            result("app.cold_fontconfig_cache_files",
                filesUnder(place.root->filePath(QStringLiteral("fontconfig-cache")),
                    QStringLiteral(".cache-")));
            result("app.cold_qmlcache_files",
                filesUnder(place.cacheHome(), QStringLiteral("qmlcache")));
        }
        cold.append(r);
    }
    Place place;
    for (int i = 0; i < firstRuns; ++i) {
        place = freshPlace(false);
        const Run r = runOnce(binary, place);
        print("first", i + 1, r);
        first.append(r);
    }
    // fontconfig writes a user cache (XDG_CACHE_HOME/fontconfig) only when the system's caches
    // did not cover a font folder: then even "first" starts scanned fonts.
    result("app.first_fontconfig_user_cache_files",
        filesUnder(place.cacheHome() + QStringLiteral("/fontconfig"), QStringLiteral(".cache-")));
    QList<double> exit, rss;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(binary, place);
        print("warm", i + 1, r);
        warm.append(r);
        exit.append(r.exitMs);
        rss.append(r.maxRssKb);
    }
    if (!saveProfile(place)) {
        std::fprintf(stderr, "bench_firstframe: could not save a profile\n");
        return 1;
    }
    QList<Run> home;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(binary, place);
        print("home", i + 1, r);
        home.append(r);
    }
    summarise("cold", cold);
    summarise("first", first);
    summarise("warm", warm);
    summarise("home", home);
    QList<double> coldFrames, frames;
    for (const Run &r : cold)
        coldFrames.append(r.firstFrameMs);
    for (const Run &r : warm)
        frames.append(r.firstFrameMs);
    // The keys bench/run has always read: the (true, cold) first launch and the warm median.
    result("app.first_launch_frame_ms", median(coldFrames));
    result("app.frame_ms", median(frames));
    result("app.frame_min_ms", *std::min_element(frames.begin(), frames.end()));
    result("app.frame_max_ms", *std::max_element(frames.begin(), frames.end()));
    result("app.exit_ms", median(exit));
    result("app.maxrss_kb", *std::max_element(rss.begin(), rss.end()));
    return 0;
}
