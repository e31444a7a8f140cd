// Exit report latency at scale: a collector database with --count (default 100,000) exit
// submissions in one region, spread over 10 employers, cut into releases (issue 9: the
// employer's pool and the region's verified pool, one release each), then
//   raw  - the stored rows a report reads (the releases of the employer's and the region's
//          scope), straight through Qt SQL;
//   http - GET /v1/reports/exit?employer=bench-e0 against the real zorgstem-collector process
//          (token check, the same rows, the totals, JSON over HTTP).
// Also the time of the cut itself (computing and noising every release once).
// Median of --runs (default 20) after 2 warm-up runs each; then the collector's VmHWM/VmRSS.
#include "benchcommon.h"
#include "collectorstore.h"
#include "release.h"
#include "surveycatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdlib>

using namespace zsbench;

namespace {

constexpr int kEmployers = 10;
const QString kRegion = QStringLiteral("utrecht");

/// Runs every statement once, reading every column of every row; returns rows read.
qint64 runRaw(QSqlDatabase &db, const QList<std::pair<QString, QString>> &statements)
{
    qint64 rows = 0;
    for (const auto &[sql, scopeValue] : statements) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qFatal("prepare: %s", qPrintable(q.lastError().text()));
        q.addBindValue(QStringLiteral("exit"));
        q.addBindValue(scopeValue);
        if (!q.exec())
            qFatal("exec: %s", qPrintable(q.lastError().text()));
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                q.value(c);
            ++rows;
        }
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = arg(args, QStringLiteral("--count"), QStringLiteral("100000")).toInt();
    const int runs = arg(args, QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    const QString binary
        = arg(args, QStringLiteral("--collector"), QStringLiteral(ZS_COLLECTOR_BINARY));
    QTemporaryDir dir;
    // --db FILE keeps the filled database for inspection and reuses it on the next run.
    const QString path
        = arg(args, QStringLiteral("--db"), dir.filePath(QStringLiteral("collector.db")));
    QByteArray token;

    if (zs::CollectorStore store(path); store.isOpen() && store.submissionCount() == count) {
        // Reuse: tokens are kept only as hashes, so give bench-e0 a new one.
        token = QByteArrayLiteral("zse_bench_reuse");
        if (!store.database().exec(
                QStringLiteral("UPDATE employers SET token_hash = ? WHERE id = 'bench-e0'"),
                { zs::CollectorStore::tokenHash(QString::fromLatin1(token)) }))
            return 1;
        note(QStringLiteral("reusing %1 with %2 submissions").arg(path).arg(count));
        result("report.rows", count);
    } else {
        // Fill: the collector's own store() in batches of 500 (its largest HTTP batch).
        if (!store.isOpen() || store.submissionCount() != 0) {
            note(QStringLiteral("bench_report: %1 is not a fresh database").arg(path));
            return 1;
        }
        for (int e = 0; e < kEmployers; ++e) {
            QString error;
            const auto t = store.addEmployer({ QStringLiteral("bench-e%1").arg(e), kRegion,
                                                 QStringLiteral("Bench employer %1").arg(e) },
                &error);
            if (!t)
                qFatal("%s", qPrintable(error));
            if (e == 0)
                token = t->toLatin1();
        }
        const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
        const zs::SurveyDefinition &exit = *catalog.latest(QStringLiteral("exit"));
        const auto placement = [](int i) {
            return Placement { kRegion, QStringLiteral("bench-e%1").arg(i % kEmployers) };
        };
        QElapsedTimer total, storing;
        total.start();
        qint64 storeNs = 0;
        for (int first = 0; first < count; first += 500) {
            const QList<zs::Submission> chunk
                = makeSubmissions(exit, first, std::min(500, count - first), 3, placement);
            storing.start();
            for (zs::StoreOutcome o : store.store(chunk, catalog)) {
                if (o != zs::StoreOutcome::Stored)
                    qFatal("fill: not stored");
            }
            storeNs += storing.nsecsElapsed();
        }
        QSqlQuery answers(store.database().connection());
        answers.exec(QStringLiteral("SELECT COUNT(*) FROM answers"));
        answers.next();
        note(QStringLiteral(
            "filled %1 exit submissions (%2 answers rows) in %3 s, of which store() %4 s (%5/s)")
                 .arg(store.submissionCount())
                 .arg(answers.value(0).toLongLong())
                 .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(storeNs / 1e9, 0, 'f', 1)
                 .arg(count / (storeNs / 1e9), 0, 'f', 0));
        result("report.rows", store.submissionCount());
        result("report.fill_store_per_s", count / (storeNs / 1e9));
    }
    result("report.db_mb", QFileInfo(path).size() / 1048576.0);

    // Raw SQL on its own connection, with the collector not running.
    QList<double> rawMs;
    qint64 rawRows = 0;
    {
        zs::CollectorStore store(path); // opens the connection the same way (WAL, pragmas)
        // The month boundary, once: every pool of the fill becomes a release.
        if (QSqlQuery q(store.database().connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM releases")) && q.next()
            && q.value(0).toInt() == 0) {
            QElapsedTimer cut;
            cut.start();
            const auto made = store.releases().cut(zs::SurveyCatalog::builtIn(),
                zs::releases::Parameters {}, zs::releases::systemBits(), 24);
            note(QStringLiteral("releases cut: %1 release(s) in %2 s")
                     .arg(made.value_or(-1))
                     .arg(cut.elapsed() / 1000.0, 0, 'f', 1));
            result("report.cut_ms", double(cut.elapsed()));
        }
        const QString sql = QStringLiteral("SELECT seq, first_month, last_month, figures FROM"
                                           " releases WHERE survey = ? AND scope = ? ORDER BY seq");
        const QList<std::pair<QString, QString>> statements {
            { sql, QStringLiteral("employer:bench-e0") },
            { sql, QStringLiteral("verified:") + kRegion }
        };
        for (int i = 0; i < runs + 2; ++i) {
            QElapsedTimer t;
            t.start();
            rawRows = runRaw(store.database().connection(), statements);
            if (i >= 2)
                rawMs.append(t.nsecsElapsed() / 1e6);
        }
    }
    const double raw = median(rawMs);
    note(QStringLiteral("raw SQL (the releases of 2 scopes, %1 rows): median %2 ms")
             .arg(rawRows)
             .arg(raw, 0, 'f', 1));
    result("report.raw_ms", raw);

    Collector collector(binary, path);
    QString error;
    if (!collector.start(&error)) {
        note(QStringLiteral("bench_report: ") + error);
        return 1;
    }
    result("report.collector_idle_vmrss_kb", procStatusKb(collector.pid(), "VmRSS"));
    QNetworkAccessManager nam;
    const QUrl url
        = collector.url(QStringLiteral("/v1/reports/exit"), QStringLiteral("employer=bench-e0"));
    QList<double> httpMs;
    QByteArray body;
    for (int i = 0; i < runs + 2; ++i) {
        QElapsedTimer t;
        t.start();
        const int status = get(nam, url, token, &body);
        const double ms = t.nsecsElapsed() / 1e6;
        if (status != 200) {
            note(QStringLiteral("bench_report: report answered %1: %2")
                     .arg(status)
                     .arg(QString::fromUtf8(body)));
            return 1;
        }
        if (i >= 2)
            httpMs.append(ms);
    }
    const QJsonObject report = QJsonDocument::fromJson(body).object();
    // The employer scope's total; noisy, so near the real count, not equal to it.
    const int respondents = report[QLatin1String("scopes")][0][QLatin1String("total")]
                                  [QLatin1String("respondents")][QLatin1String("count")]
                                      .toInt();
    if (std::abs(respondents - count / kEmployers) > 30)
        note(QStringLiteral("bench_report: the report counts %1 respondents, expected about %2")
                 .arg(respondents)
                 .arg(count / kEmployers));
    const double http = median(httpMs);
    note(QStringLiteral("GET /v1/reports/exit: median %1 ms (%2 bytes)")
             .arg(http, 0, 'f', 1)
             .arg(body.size()));
    result("report.http_ms", http);
    result("report.http_min_ms", *std::min_element(httpMs.begin(), httpMs.end()));
    result("report.bytes", body.size());
    result("report.ratio", http / raw);
    result("report.collector_vmhwm_kb", procStatusKb(collector.pid(), "VmHWM"));
    result("report.collector_vmrss_kb", procStatusKb(collector.pid(), "VmRSS"));
    collector.stop();
    return 0;
}
