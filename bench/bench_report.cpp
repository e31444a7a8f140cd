// Exit report latency at scale: a collector database with --count (default 1,000,000) exit
// submissions over --months (default 12) months, --regions (default 10) regions of 10 employers
// each, and a release cut at the end of every month (issue 9: each employer's pool and each
// region's verified pool, one release each per month), then
//   raw  - the stored rows a report reads (the releases of the employer's and the region's
//          scope), straight through Qt SQL;
//   http - GET /v1/reports/exit?employer=bench-e0 against the real zorgstem-collector process
//          (token check, the same rows, the totals, JSON over HTTP, the audit entry), and
//          the same with texts=20 (at most 20 texts per question and release). The collector
//          keeps each scope's answer per newest release (issue 12), so the first request of
//          each (first_ms) builds it and the others read one indexed row per scope.
// The fill goes through CollectorStore::store() in batches of 500: 2,000 generated submissions
// (zs::DemoRespondent + zs::Anonymiser) are reused as templates with a fresh submission id,
// month, region and employer each, so a million costs minutes, not the generator's hours.
// Also the time of the last month's cut. p50 and p99 of --runs (default 200) after 5 warm-up
// runs each; then the collector's VmHWM/VmRSS (it served --runs + 5 reports).
#include "benchcommon.h"
#include "collectorstore.h"
#include "referencedata.h"
#include "release.h"
#include "surveycatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace zsbench;

namespace {

constexpr int kEmployers = 10; ///< per region

/// Region r of the fill: the r-th region of the reference list (--regions is at most its size).
QString regionOf(int r)
{
    const QList<zs::ReferenceItem> &regions = zs::ReferenceData::instance().regions;
    if (r >= regions.size())
        qFatal("there are only %d regions", int(regions.size()));
    return regions.at(r).id;
}

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

/// The q-quantile of values (nearest rank).
double quantile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString employerId(int region, int employer)
{
    return QStringLiteral("bench-e%1").arg(region * kEmployers + employer);
}

/// Fills the store: per month count / months submissions cloned from templates (fresh id,
/// the month, a region and employer in turn), then that month's cut. Returns false on a fault.
bool fill(zs::CollectorStore &store, int count, int months, int regions, QByteArray *token)
{
    for (int r = 0; r < regions; ++r) {
        for (int e = 0; e < kEmployers; ++e) {
            QString error;
            const auto t = store.addEmployer(
                { employerId(r, e), regionOf(r), QStringLiteral("Bench employer %1").arg(e) },
                &error);
            if (!t) {
                note(error);
                return false;
            }
            if (r == 0 && e == 0)
                *token = t->toLatin1();
        }
    }
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    const zs::SurveyDefinition &exit = *catalog.latest(QStringLiteral("exit"));
    const QList<zs::Submission> templates = makeSubmissions(exit, 0, 2000, 3, [](int) {
        return Placement { regionOf(0), employerId(0, 0) };
    });
    QElapsedTimer total;
    total.start();
    qint64 storeNs = 0;
    qint64 cutNs = 0;
    int i = 0;
    for (int m = 0; m < months; ++m) {
        const QString period = QDate(2025, 1, 1).addMonths(m).toString(QStringLiteral("yyyy-MM"));
        const int inMonth = count / months + (m < count % months ? 1 : 0);
        for (int first = 0; first < inMonth; first += 500) {
            QList<zs::Submission> chunk;
            for (int j = first; j < std::min(inMonth, first + 500); ++j, ++i) {
                zs::Submission s = templates.at(i % templates.size());
                s.submissionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                s.period = period;
                const int region = i % regions;
                s.strata.region = regionOf(region);
                s.strata.employer = employerId(region, (i / regions) % kEmployers);
                chunk.append(s);
            }
            QElapsedTimer storing;
            storing.start();
            for (zs::StoreOutcome o : store.store(chunk, catalog)) {
                if (o != zs::StoreOutcome::Stored) {
                    note(QStringLiteral("fill: not stored"));
                    return false;
                }
            }
            storeNs += storing.nsecsElapsed();
        }
        QElapsedTimer cut;
        cut.start();
        const auto made = store.releases().cut(
            catalog, zs::releases::Parameters {}, zs::releases::systemBits(), 24);
        cutNs += cut.nsecsElapsed();
        if (!made) {
            note(QStringLiteral("fill: the cut failed"));
            return false;
        }
        note(QStringLiteral("month %1: %2 submissions stored, %3 release(s) cut in %4 s")
                 .arg(period)
                 .arg(inMonth)
                 .arg(*made)
                 .arg(cut.nsecsElapsed() / 1e9, 0, 'f', 1));
    }
    note(QStringLiteral("filled %1 exit submissions in %2 s: store() %3 s (%4/s), %5 cuts %6 s")
             .arg(store.submissionCount())
             .arg(total.elapsed() / 1000.0, 0, 'f', 1)
             .arg(storeNs / 1e9, 0, 'f', 1)
             .arg(count / (storeNs / 1e9), 0, 'f', 0)
             .arg(months)
             .arg(cutNs / 1e9, 0, 'f', 1));
    result("report.fill_store_per_s", count / (storeNs / 1e9));
    result("report.fill_cuts_ms", cutNs / 1e6);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = arg(args, QStringLiteral("--count"), QStringLiteral("1000000")).toInt();
    const int months
        = std::max(1, arg(args, QStringLiteral("--months"), QStringLiteral("12")).toInt());
    const int regions
        = std::max(1, arg(args, QStringLiteral("--regions"), QStringLiteral("10")).toInt());
    const int runs
        = std::max(1, arg(args, QStringLiteral("--runs"), QStringLiteral("200")).toInt());
    const int warmups = 5;
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
    } else {
        if (!store.isOpen() || store.submissionCount() != 0) {
            note(QStringLiteral("bench_report: %1 is not a fresh database").arg(path));
            return 1;
        }
        if (!fill(store, count, months, regions, &token))
            return 1;
    }
    {
        zs::CollectorStore store(path);
        result("report.rows", store.submissionCount());
        QSqlQuery q(store.database().connection());
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM answers), (SELECT COUNT(*) FROM"
                              " releases), (SELECT COUNT(*) FROM pool)"));
        q.next();
        note(QStringLiteral("%1 answers rows, %2 releases, %3 pool rows pending")
                 .arg(q.value(0).toLongLong())
                 .arg(q.value(1).toLongLong())
                 .arg(q.value(2).toLongLong()));
        result("report.answers_rows", q.value(0).toDouble());
        result("report.releases", q.value(1).toDouble());
    }
    result("report.db_mb",
        (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0);

    // Raw SQL on its own connection, with the collector not running.
    QList<double> rawMs;
    qint64 rawRows = 0;
    {
        zs::CollectorStore store(path); // opens the connection the same way (WAL, pragmas)
        const QString sql = QStringLiteral("SELECT seq, first_month, last_month, figures FROM"
                                           " releases WHERE survey = ? AND scope = ? ORDER BY seq");
        const QList<std::pair<QString, QString>> statements {
            { sql, QStringLiteral("employer:bench-e0") },
            { sql, QStringLiteral("verified:") + regionOf(0) }
        };
        for (int i = 0; i < runs + warmups; ++i) {
            QElapsedTimer t;
            t.start();
            rawRows = runRaw(store.database().connection(), statements);
            if (i >= warmups)
                rawMs.append(t.nsecsElapsed() / 1e6);
        }
    }
    const double raw = median(rawMs);
    note(QStringLiteral("raw SQL (the releases of 2 scopes, %1 rows): p50 %2 ms, p99 %3 ms")
             .arg(rawRows)
             .arg(raw, 0, 'f', 2)
             .arg(quantile(rawMs, 0.99), 0, 'f', 2));
    result("report.raw_ms", raw);
    result("report.raw_p99_ms", quantile(rawMs, 0.99));

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
    // Since issue 12 the collector builds a scope's answer once per newest release and keeps
    // it: the first request after a start or a cut pays for that (first_ms), the others not.
    const auto series = [&](const QUrl &u, QList<double> *ms, double *first) {
        for (int i = 0; i < runs + warmups; ++i) {
            QElapsedTimer t;
            t.start();
            const int status = get(nam, u, token, &body);
            const double elapsed = t.nsecsElapsed() / 1e6;
            if (status != 200) {
                note(QStringLiteral("bench_report: report answered %1: %2")
                         .arg(status)
                         .arg(QString::fromUtf8(body)));
                return false;
            }
            if (i == 0)
                *first = elapsed;
            if (i >= warmups)
                ms->append(elapsed);
        }
        return true;
    };
    // The same report with at most 20 texts per question and release (texts=20).
    QList<double> cappedMs;
    double cappedFirst = 0;
    if (!series(collector.url(QStringLiteral("/v1/reports/exit"),
                    QStringLiteral("employer=bench-e0&texts=20")),
            &cappedMs, &cappedFirst))
        return 1;
    const qsizetype cappedBytes = body.size();
    double first = 0;
    if (!series(url, &httpMs, &first))
        return 1;
    const QJsonObject report = QJsonDocument::fromJson(body).object();
    // The employer scope's total; noisy, so near the real count, not equal to it.
    const int respondents = report[QLatin1String("scopes")][0][QLatin1String("total")]
                                  [QLatin1String("respondents")][QLatin1String("count")]
                                      .toInt();
    const int expected = count / (regions * kEmployers);
    if (std::abs(respondents - expected) > 30 + months * 10)
        note(QStringLiteral("bench_report: the report counts %1 respondents, expected about %2")
                 .arg(respondents)
                 .arg(expected));
    const double http = median(httpMs);
    note(QStringLiteral("GET /v1/reports/exit: p50 %1 ms, p99 %2 ms (%3 bytes, %4 respondents "
                        "in the employer's total)")
             .arg(http, 0, 'f', 1)
             .arg(quantile(httpMs, 0.99), 0, 'f', 1)
             .arg(body.size())
             .arg(respondents));
    result("report.http_ms", http);
    result("report.http_p99_ms", quantile(httpMs, 0.99));
    result("report.http_min_ms", *std::min_element(httpMs.begin(), httpMs.end()));
    result("report.http_first_ms", first);
    note(QStringLiteral("GET ...&texts=20: p50 %1 ms, p99 %2 ms (%3 bytes; first request %4 ms)")
             .arg(median(cappedMs), 0, 'f', 1)
             .arg(quantile(cappedMs, 0.99), 0, 'f', 1)
             .arg(cappedBytes)
             .arg(cappedFirst, 0, 'f', 1));
    result("report.texts20_http_ms", median(cappedMs));
    result("report.texts20_http_p99_ms", quantile(cappedMs, 0.99));
    result("report.texts20_bytes", double(cappedBytes));
    result("report.texts20_first_ms", cappedFirst);
    result("report.bytes", body.size());
    result("report.ratio", http / raw);
    result("report.collector_vmhwm_kb", procStatusKb(collector.pid(), "VmHWM"));
    result("report.collector_vmrss_kb", procStatusKb(collector.pid(), "VmRSS"));
    collector.stop();
    return 0;
}
