// App start to first frame, offscreen: starts `zorgstem --data-dir D --screenshot D/x.png`
// --runs times (run 1 on an empty data folder: first launch, creates the database; the
// others on the same folder) and takes the time from starting the process until Qt Quick
// logs its first rendered frame (logging category qt.scenegraph.time.renderloop, which the
// render loop prints right after the frame). The app itself waits 300 ms after that frame
// before it grabs the PNG and quits, so the process wall time is reported separately.
// With /usr/bin/time present, each run's peak resident memory is read from it as well.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

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

void result(const char *key, double value)
{
    std::printf("RESULT %s %.6g\n", key, value);
    std::fflush(stdout);
}

struct Run
{
    double firstFrameMs = -1;
    double exitMs = -1;
    qint64 maxRssKb = -1;
};

Run runOnce(const QString &app, const QString &dataDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
        QStringLiteral("qt.scenegraph.time.renderloop.debug=true"));
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    const QString png = dataDir + QStringLiteral("/x.png");
    QFile::remove(png);
    QStringList args { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), png };
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
    timer.start();
    p.start(program, args);
    while (p.state() != QProcess::NotRunning && timer.elapsed() < 30000) {
        p.waitForReadyRead(5);
        err += p.readAllStandardError();
        if (run.firstFrameMs < 0 && err.contains("Frame rendered"))
            run.firstFrameMs = timer.nsecsElapsed() / 1e6;
    }
    if (!p.waitForFinished(30000))
        p.kill();
    run.exitMs = timer.nsecsElapsed() / 1e6;
    err += p.readAllStandardError();
    const qsizetype at = err.lastIndexOf("ZSMAXRSS ");
    if (at >= 0)
        run.maxRssKb = err.mid(at + 9).trimmed().toLongLong();
    if (!QFile::exists(png) || p.exitCode() != 0)
        std::fprintf(stderr,
            "bench_firstframe: the app did not save its screenshot (exit %d):\n%s\n", p.exitCode(),
            err.constData());
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString binary = arg(args, QStringLiteral("--app"), QStringLiteral(ZS_APP_BINARY));
    const int runs = std::max(2, arg(args, QStringLiteral("--runs"), QStringLiteral("10")).toInt());
    QTemporaryDir dir;
    QList<double> frame, exit, rss;
    Run first;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(binary, dir.path());
        if (r.firstFrameMs < 0) {
            std::fprintf(stderr, "bench_firstframe: no frame was logged\n");
            return 1;
        }
        std::printf("run %d: first frame %.0f ms, exit %.0f ms, peak RSS %lld kB\n", i + 1,
            r.firstFrameMs, r.exitMs, r.maxRssKb);
        if (i == 0) {
            first = r;
            continue;
        }
        frame.append(r.firstFrameMs);
        exit.append(r.exitMs);
        rss.append(r.maxRssKb);
    }
    result("app.first_launch_frame_ms", first.firstFrameMs);
    result("app.frame_ms", median(frame));
    result("app.frame_min_ms", *std::min_element(frame.begin(), frame.end()));
    result("app.frame_max_ms", *std::max_element(frame.begin(), frame.end()));
    result("app.exit_ms", median(exit));
    result("app.maxrss_kb", *std::max_element(rss.begin(), rss.end()));
    return 0;
}
