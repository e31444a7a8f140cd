// The release cut of one pool of --count (default 10,000) exit responses: a collector database
// whose only pending pool is region utrecht's open pool (open responses name no employer, so
// each counts in exactly one pool), then ReleaseStore::cut() as `releases cut` calls it (the
// system CSPRNG for the noise, k = 10, epsilon = 1). The filled file is kept untouched and each
// of --runs (default 3) cuts works on a fresh copy of it, so every run cuts the same pool.
// For where the time goes run it under perf: `perf record -g build/bench/bench_cut --runs 1`.
#include "benchcommon.h"
#include "collectorstore.h"
#include "release.h"
#include "surveycatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <ctime>

using namespace zsbench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = arg(args, QStringLiteral("--count"), QStringLiteral("10000")).toInt();
    const int runs = std::max(1, arg(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    QTemporaryDir dir;
    const QString filled = dir.filePath(QStringLiteral("filled.db"));
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    {
        zs::CollectorStore store(filled);
        if (!store.isOpen())
            qFatal("cannot open %s", qPrintable(filled));
        const zs::SurveyDefinition &exit = *catalog.latest(QStringLiteral("exit"));
        const auto placement = [](int) {
            return Placement { QStringLiteral("utrecht"), {} };
        };
        for (int first = 0; first < count; first += 500) {
            const QList<zs::Submission> chunk
                = makeSubmissions(exit, first, std::min(500, count - first), 7, placement);
            for (zs::StoreOutcome o : store.store(chunk, catalog)) {
                if (o != zs::StoreOutcome::Stored)
                    qFatal("fill: not stored");
            }
        }
        // One file to copy: move the write-ahead log into it.
        if (!store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qFatal("checkpoint failed");
        QSqlQuery q(store.database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT scope) FROM pool"));
        q.next();
        note(QStringLiteral("filled %1 open exit responses: %2 pool rows in %3 pool(s)")
                 .arg(store.submissionCount())
                 .arg(q.value(0).toLongLong())
                 .arg(q.value(1).toInt()));
    }
    result("cut.pool_size", count);
    QList<double> ms, cpuMs;
    for (int i = 0; i < runs; ++i) {
        const QString work = dir.filePath(QStringLiteral("cut-%1.db").arg(i));
        if (!QFile::copy(filled, work))
            qFatal("cannot copy the filled database");
        zs::CollectorStore store(work);
        QElapsedTimer t;
        const std::clock_t cpuStart = std::clock();
        t.start();
        const auto made = store.releases().cut(
            catalog, zs::releases::Parameters {}, zs::releases::systemBits(), 24);
        ms.append(t.nsecsElapsed() / 1e6);
        // CPU time: on a shared machine the wall time also holds the waits for a core.
        cpuMs.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        if (made != 1)
            qFatal("the cut made %d release(s), expected 1", made.value_or(-1));
        note(QStringLiteral("run %1: releases cut of a pool of %2 in %3 ms (CPU %4 ms)")
                 .arg(i + 1)
                 .arg(count)
                 .arg(ms.last(), 0, 'f', 0)
                 .arg(cpuMs.last(), 0, 'f', 0));
    }
    result("cut.ms", median(ms));
    result("cut.min_ms", *std::min_element(ms.begin(), ms.end()));
    result("cut.cpu_ms", median(cpuMs));
    return 0;
}
