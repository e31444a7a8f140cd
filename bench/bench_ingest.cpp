// Collector ingest: the same generated submissions stored three ways, each into a fresh file
// with the collector's schema (WAL, synchronous=NORMAL, as zs::Database opens it), or with
// --server postgresql://... into a fresh database on that server each (then also a fourth way,
// COPY, and the results are named pgingest.*; --prefix NAME names them NAME.* instead):
//   raw   - the same submissions + answers rows inserted with two prepared Qt SQL statements,
//           one transaction per batch (the reference: what SQLite itself costs); also once
//           with one transaction per submission, the ceiling for single-submission requests;
//   store - zs::CollectorStore::store() called directly per batch (no HTTP, no validation);
//   http  - the real zorgstem-collector process, POST /v1/submissions {"submissions": [...]}.
// Every submission that names an employer carries its own one-time credential (DESIGN §5a),
// redeemed from an invitation against the collector before anything is timed; raw inserts the
// spent token's hash too, as store() does.
// Also, for bench/run's wrk runs (issue 12):
//   --sample-body FILE writes one valid open submission (no employer) for bench/post_single.lua;
//   --credentialed-bodies FILE --db DB --count N makes DB (schema, employers) and writes N
//     submissions of employer bench-e0, one per line, each with its own one-time credential
//     signed under the employer's key in DB (bench/post_bodies.lua sends each once);
//   --fill-pool DB --count N --token-file F makes DB with N responses of bench-e0 cut into a
//     release (so its report has one) and N more waiting in its pools; F gets its token.
#include "benchcommon.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <thread>

using namespace zsbench;

namespace {

constexpr int kEmployers = 10;
const QString kRegion = QStringLiteral("utrecht");

QString employerId(int n)
{
    return QStringLiteral("bench-e%1").arg(n);
}

// Four in five name one of the region's participating employers, as the app lets people do.
Placement placement(int i)
{
    return { kRegion, i % 5 == 0 ? QString() : employerId(i % kEmployers) };
}

bool addEmployers(zs::CollectorStore &store)
{
    for (int e = 0; e < kEmployers; ++e) {
        QString error;
        if (!store.addEmployer(
                { employerId(e), kRegion, QStringLiteral("Bench employer %1").arg(e) }, &error)) {
            note(QStringLiteral("bench_ingest: ") + error);
            return false;
        }
    }
    return true;
}

/// A fresh collector store (path or URL) holding the schema and the employers, closed again.
bool freshDatabase(const QString &at)
{
    zs::CollectorStore store(location(at));
    return store.isOpen() && addEmployers(store);
}

int sampleBody(const QString &file)
{
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    zs::Submission s = makeSubmissions(*catalog.latest(QStringLiteral("exit")), 1, 1, 42, [](int) {
        return Placement { kRegion, {} };
    }).constFirst();
    // bench/post_single.lua replaces this id by a fresh UUID v4 on every request.
    s.submissionId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
    return 0;
}

/// N credentialed submissions of bench-e0, one JSON per line: a credential per line, signed
/// directly under the key (a blinding factor of 1: the same signature a redemption gives).
int credentialedBodies(const QString &file, const QString &at, int count)
{
    if (!freshDatabase(at))
        return 1;
    zs::CollectorStore store(location(at));
    const auto key = store.credentials().keyFor(
        zs::Issuer::employer(employerId(0), QStringLiteral("exit")), QDate::currentDate().year());
    if (!key)
        return 1;
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    const zs::Submission base
        = makeSubmissions(*catalog.latest(QStringLiteral("exit")), 1, 1, 42, [](int) {
              return Placement { kRegion, employerId(0) };
          }).constFirst();
    QList<QByteArray> lines(count);
    const auto make = [&](int from, int step) {
        QByteArray one(key->publicKey.modulusBytes(), '\0');
        one[one.size() - 1] = 1;
        for (int i = from; i < count; i += step) {
            zs::Submission s = base;
            s.submissionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QByteArray token(32, Qt::Uninitialized);
            QByteArray salt(48, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), 8);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 12);
            zs::blindrsa::Error e = zs::blindrsa::Error::None;
            const auto blinded = zs::blindrsa::blindWith(key->publicKey, token, salt, one, &e);
            const auto blindSignature = blinded
                ? zs::blindrsa::blindSign(key->privateKey, blinded->blindedMessage, &e)
                : std::nullopt;
            const auto signature = blindSignature
                ? zs::blindrsa::finalize(key->publicKey, token, *blindSignature, one, &e)
                : std::nullopt;
            if (!signature)
                qFatal("credential: %s", qPrintable(zs::blindrsa::errorString(e)));
            s.credential = zs::Credential { key->published.keyId, token, *signature };
            lines[i] = QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) + '\n';
        }
    };
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(make, t, threads);
    make(0, threads);
    for (std::thread &w : workers)
        w.join();
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    for (const QByteArray &line : lines)
        f.write(line);
    return 0;
}

int fillPool(const QString &dbPath, int count, const QString &tokenFile)
{
    zs::CollectorStore store(dbPath);
    QString error;
    const auto token
        = store.addEmployer({ employerId(0), kRegion, QStringLiteral("Bench employer 0") }, &error);
    QFile f(tokenFile);
    if (!token || !f.open(QIODevice::WriteOnly))
        return 1;
    f.write(token->toUtf8());
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    for (int round = 0; round < 2; ++round) {
        const QList<zs::Submission> all = makeSubmissions(
            *catalog.latest(QStringLiteral("exit")), round * count, count, 7, [](int) {
                return Placement { kRegion, employerId(0) };
            });
        for (qsizetype first = 0; first < all.size(); first += 500) {
            for (const zs::StoreOutcome o : store.store(all.mid(first, 500), catalog)) {
                if (o != zs::StoreOutcome::Stored)
                    return 1;
            }
        }
        if (round == 0
            && !store.releases().cut(
                catalog, zs::releases::Parameters {}, zs::releases::systemBits(), 24))
            return 1;
    }
    return 0;
}

double rawInserts(const QString &at, const QList<zs::Submission> &all,
    const QList<QByteArray> &hashes, const QList<QList<AnswerRow>> &rows, int batch)
{
    zs::CollectorStore store(location(at));
    if (!store.isOpen() || !addEmployers(store))
        qFatal("cannot create %s", qPrintable(at));
    QSqlDatabase &db = store.database().connection();
    QSqlQuery submission(db), answer(db), spend(db), pool(db);
    if (!spend.prepare(QStringLiteral("INSERT INTO spent_tokens (token_hash) VALUES (?)"))
        || !pool.prepare(
            QStringLiteral("INSERT INTO pool (scope, survey, submission) VALUES (?, ?, ?)"))
        || !submission.prepare(
            QStringLiteral("INSERT INTO submissions (id, submission_id, content_hash, survey_id,"
                           " survey_version, period, region, branch, occupation, age_band,"
                           " tenure_band, employer, received_day)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !answer.prepare(
            QStringLiteral("INSERT INTO answers (submission, question, item, option, value, text)"
                           " VALUES (?, ?, ?, ?, ?, ?)")))
        qFatal("prepare failed: %s",
            qPrintable(submission.lastError().text() + answer.lastError().text()));
    const QString day = QDate::currentDate().toString(Qt::ISODate);

    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < all.size(); first += batch) {
        db.transaction();
        for (qsizetype i = first; i < std::min(all.size(), first + batch); ++i) {
            const zs::Submission &s = all.at(i);
            if (s.credential) {
                spend.bindValue(0, zs::CredentialStore::hash(s.credential->token));
                if (!spend.exec())
                    qFatal("insert failed: %s", qPrintable(spend.lastError().text()));
            }
            // The same work as store(): a random key, the answers, the pools of its scopes.
            QByteArray key(16, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
            const QVariantList values { key, s.submissionId, hashes.at(i), s.surveyId,
                s.surveyVersion, s.period, s.strata.region, s.strata.branch, s.strata.occupation,
                s.strata.ageBand, s.strata.tenureBand,
                s.strata.employer.isEmpty() ? QVariant() : QVariant(s.strata.employer), day };
            for (int v = 0; v < values.size(); ++v)
                submission.bindValue(v, values.at(v));
            if (!submission.exec())
                qFatal("insert failed: %s", qPrintable(submission.lastError().text()));
            for (const AnswerRow &r : rows.at(i)) {
                answer.bindValue(0, key);
                answer.bindValue(1, r.question);
                answer.bindValue(
                    2, r.item.toString().isNull() ? QStringLiteral("") : r.item.toString());
                answer.bindValue(
                    3, r.option.toString().isNull() ? QStringLiteral("") : r.option.toString());
                answer.bindValue(4, r.value);
                answer.bindValue(5, r.text);
                if (!answer.exec())
                    qFatal("insert failed: %s", qPrintable(answer.lastError().text()));
            }
            const QStringList scopes = s.strata.employer.isEmpty()
                ? QStringList { zs::scope::open(s.strata.region) }
                : QStringList { zs::scope::employer(s.strata.employer),
                      zs::scope::verified(s.strata.region) };
            for (const QString &scopeName : scopes) {
                pool.bindValue(0, scopeName);
                pool.bindValue(1, s.surveyId);
                pool.bindValue(2, key);
                if (!pool.exec())
                    qFatal("insert failed: %s", qPrintable(pool.lastError().text()));
            }
        }
        if (!db.commit())
            qFatal("commit failed: %s", qPrintable(db.lastError().text()));
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (store.submissionCount() != all.size())
        qFatal("raw: %lld rows, expected %lld", store.submissionCount(), qint64(all.size()));
    return seconds;
}

double directStore(const QString &at, const QList<zs::Submission> &all, int batch)
{
    zs::CollectorStore store(location(at));
    if (!store.isOpen() || !addEmployers(store))
        qFatal("cannot create %s", qPrintable(at));
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < all.size(); first += batch) {
        for (zs::StoreOutcome o : store.store(all.mid(first, batch), catalog)) {
            if (o != zs::StoreOutcome::Stored)
                qFatal("store: not stored");
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (store.submissionCount() != all.size())
        qFatal("store: %lld rows, expected %lld", store.submissionCount(), qint64(all.size()));
    return seconds;
}

/// PostgreSQL only: the same rows as rawInserts() loaded with COPY (psql's \copy from CSV files
/// written beforehand, untimed), all four tables in one transaction. Timed: the psql process.
double copyRows(const QString &at, const QString &folder, const QList<zs::Submission> &all,
    const QList<QByteArray> &hashes, const QList<QList<AnswerRow>> &rows)
{
    if (!freshDatabase(at))
        qFatal("cannot create %s", qPrintable(at));
    const auto text = [](const QVariant &v) {
        if (v.isNull())
            return QByteArray(); // unquoted empty: NULL
        QByteArray quoted = v.toString().toUtf8();
        quoted.replace('"', "\"\"");
        return '"' + quoted + '"';
    };
    const auto bytes = [](const QByteArray &b) {
        return "\\x" + b.toHex();
    };
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    QByteArray submissions, answers, spent, pool;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const zs::Submission &s = all.at(i);
        if (s.credential)
            spent += bytes(zs::CredentialStore::hash(s.credential->token)) + '\n';
        QByteArray key(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
        const QList<QByteArray> fields { bytes(key), text(s.submissionId), bytes(hashes.at(i)),
            text(s.surveyId), QByteArray::number(s.surveyVersion), text(s.period),
            text(s.strata.region), text(s.strata.branch), text(s.strata.occupation),
            text(s.strata.ageBand), text(s.strata.tenureBand),
            s.strata.employer.isEmpty() ? QByteArray() : text(s.strata.employer), text(day) };
        submissions += fields.join(',') + '\n';
        for (const AnswerRow &r : rows.at(i)) {
            answers += bytes(key) + ',' + text(r.question) + ','
                + text(r.item.isNull() ? QStringLiteral("") : r.item) + ','
                + text(r.option.isNull() ? QStringLiteral("") : r.option) + ','
                + (r.value.isNull() ? QByteArray() : QByteArray::number(r.value.toInt())) + ','
                + text(r.text) + '\n';
        }
        const QStringList scopes = s.strata.employer.isEmpty()
            ? QStringList { zs::scope::open(s.strata.region) }
            : QStringList { zs::scope::employer(s.strata.employer),
                  zs::scope::verified(s.strata.region) };
        for (const QString &scopeName : scopes)
            pool += text(scopeName) + ',' + text(s.surveyId) + ',' + bytes(key) + '\n';
    }
    QByteArray script = "BEGIN;\n";
    const QList<std::pair<const char *, const QByteArray *>> tables {
        { "submissions (id, submission_id, content_hash, survey_id, survey_version, period,"
          " region, branch, occupation, age_band, tenure_band, employer, received_day)",
            &submissions },
        { "answers (submission, question, item, option, value, text)", &answers },
        { "spent_tokens (token_hash)", &spent }, { "pool (scope, survey, submission)", &pool }
    };
    for (int t = 0; t < tables.size(); ++t) {
        const QString csv = QStringLiteral("%1/copy%2.csv").arg(folder).arg(t);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(*tables.at(t).second) < 0)
            qFatal("cannot write %s", qPrintable(csv));
        script += QByteArray("\\copy ") + tables.at(t).first + " FROM '" + csv.toUtf8()
            + "' WITH (FORMAT csv)\n";
    }
    script += "COMMIT;\n";
    const QString scriptFile = folder + QStringLiteral("/copy.sql");
    QFile f(scriptFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(script) < 0)
        qFatal("cannot write %s", qPrintable(scriptFile));
    f.close();
    QProcess psql;
    psql.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), scriptFile,
            QStringLiteral("-d"), at });
    if (!psql.waitForFinished(600000) || psql.exitStatus() != QProcess::NormalExit
        || psql.exitCode() != 0)
        qFatal("psql COPY failed");
    const double seconds = timer.nsecsElapsed() / 1e9;
    zs::CollectorStore store(location(at));
    if (store.submissionCount() != all.size())
        qFatal("copy: %lld rows, expected %lld", store.submissionCount(), qint64(all.size()));
    return seconds;
}

/// POSTs every batch body, keeping `window` requests in flight; returns seconds or -1.
double httpIngest(Collector &collector, const QList<QByteArray> &bodies, int window, int expected)
{
    QNetworkAccessManager nam;
    if (get(nam, collector.url(QStringLiteral("/v1/health")), {}) != 200) // opens a connection
        return -1;
    QNetworkRequest request(collector.url(QStringLiteral("/v1/submissions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    qsizetype next = 0, done = 0;
    int stored = 0, bad = 0;
    QEventLoop loop;
    std::function<void()> send = [&] {
        QNetworkReply *reply = nam.post(request, bodies.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonArray results
                = QJsonDocument::fromJson(reply->readAll())[QLatin1String("results")].toArray();
            reply->deleteLater();
            if (status != 200)
                ++bad;
            for (const QJsonValue &r : results)
                (r[QLatin1String("status")].toInt() == 201 ? stored : bad) += 1;
            if (++done == bodies.size())
                loop.quit();
            else if (next < bodies.size())
                send();
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int w = 0; w < window && next < bodies.size(); ++w)
        send();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (stored != expected || bad) {
        note(QStringLiteral("bench_ingest: http stored %1 of %2 (%3 refused)")
                 .arg(stored)
                 .arg(expected)
                 .arg(bad));
        return -1;
    }
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--sample-body")))
        return sampleBody(arg(args, QStringLiteral("--sample-body")));
    if (args.contains(QStringLiteral("--credentialed-bodies")))
        return credentialedBodies(arg(args, QStringLiteral("--credentialed-bodies")),
            arg(args, QStringLiteral("--db")), arg(args, QStringLiteral("--count")).toInt());
    if (args.contains(QStringLiteral("--fill-pool")))
        return fillPool(arg(args, QStringLiteral("--fill-pool")),
            arg(args, QStringLiteral("--count")).toInt(),
            arg(args, QStringLiteral("--token-file")));
    const int count = arg(args, QStringLiteral("--count"), QStringLiteral("20000")).toInt();
    const int batch = arg(args, QStringLiteral("--batch"), QStringLiteral("100")).toInt();
    const int window = arg(args, QStringLiteral("--inflight"), QStringLiteral("2")).toInt();
    const QString binary
        = arg(args, QStringLiteral("--collector"), QStringLiteral(ZS_COLLECTOR_BINARY));
    // --server postgresql://...: every store is a new database on that server, and the results
    // are named pgingest.* (COPY is the further reference there).
    Stores stores(arg(args, QStringLiteral("--server")));
    const QByteArray prefix = args.contains(QStringLiteral("--prefix"))
        ? arg(args, QStringLiteral("--prefix")).toUtf8() + '.'
        : stores.isPostgres() ? QByteArray("pgingest.")
                              : QByteArray("ingest.");
    const auto put = [&prefix](const char *name, double value) {
        result((prefix + name).constData(), value);
    };
    const QString backend
        = stores.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");

    // Generate once: half exit, half retention surveys, answered and anonymised like the app does.
    const zs::SurveyCatalog catalog = zs::SurveyCatalog::builtIn();
    QElapsedTimer timer;
    timer.start();
    QList<zs::Submission> all
        = makeSubmissions(*catalog.latest(QStringLiteral("exit")), 0, count / 2, 1, placement);
    all += makeSubmissions(
        *catalog.latest(QStringLiteral("retention")), count / 2, count - count / 2, 2, placement);

    const qint64 generateMs = timer.elapsed();

    // Credentials from the collector that will store them, before anything is timed; it is
    // started afresh for the timed part, so its memory figures are of the ingest alone.
    const QString httpDb = stores.fresh(QStringLiteral("http"));
    if (!freshDatabase(httpDb))
        return 1;
    Collector collector(binary, httpDb);
    QString error;
    if (!collector.start(&error)) {
        note(QStringLiteral("bench_ingest: ") + error);
        return 1;
    }
    QElapsedTimer redeeming;
    redeeming.start();
    if (!addCredentials(&all, httpDb, collector, 4, &error)) {
        note(QStringLiteral("bench_ingest: credentials: ") + error);
        return 1;
    }
    collector.stop();
    const auto credentialed = std::count_if(
        all.begin(), all.end(), [](const zs::Submission &s) { return s.credential.has_value(); });
    note(QStringLiteral("redeemed %1 credentials (untimed) in %2 s")
             .arg(credentialed)
             .arg(redeeming.elapsed() / 1000.0, 0, 'f', 1));
    put("credentials", double(credentialed));
    timer.restart();

    QList<QByteArray> hashes;
    QList<QList<AnswerRow>> rows;
    qint64 answerRows = 0;
    for (const zs::Submission &s : all) {
        hashes.append(zs::CollectorStore::contentHash(s));
        rows.append(zsbench::answerRows(s, *catalog.find(s.surveyId, s.surveyVersion)));
        answerRows += rows.constLast().size();
    }
    QList<QByteArray> bodies;
    qint64 bodyBytes = 0;
    for (qsizetype first = 0; first < all.size(); first += batch) {
        QJsonArray items;
        for (qsizetype i = first; i < std::min(all.size(), first + batch); ++i)
            items.append(all.at(i).toJson());
        bodies.append(QJsonDocument(
            QJsonObject { { QStringLiteral("submissions"),
                items } }).toJson(QJsonDocument::Compact));
        bodyBytes += bodies.constLast().size();
    }
    note(QStringLiteral("generated %1 submissions (%2 answers rows, %3 per submission; %4 bytes "
                        "per batch of %5) in %6 s")
             .arg(count)
             .arg(answerRows)
             .arg(double(answerRows) / count, 0, 'f', 1)
             .arg(bodyBytes / bodies.size())
             .arg(batch)
             .arg((generateMs + timer.elapsed()) / 1000.0, 0, 'f', 1));
    put("count", count);
    put("batch", batch);
    put("answers_per_submission", double(answerRows) / count);

    const double raw = rawInserts(stores.fresh(QStringLiteral("raw")), all, hashes, rows, batch);
    note(QStringLiteral("raw %1 inserts:      %2 submissions/s")
             .arg(backend)
             .arg(count / raw, 0, 'f', 0));
    put("raw_per_s", count / raw);

    // The ceiling for single submissions: one transaction (commit) per submission, raw.
    const qsizetype singles = std::min<qsizetype>(count, 5000);
    const double rawSingle = rawInserts(stores.fresh(QStringLiteral("raw1")), all.mid(0, singles),
        hashes.mid(0, singles), rows.mid(0, singles), 1);
    note(QStringLiteral("raw %1, 1 per commit: %2 submissions/s")
             .arg(backend)
             .arg(singles / rawSingle, 0, 'f', 0));
    put("raw_single_per_s", singles / rawSingle);

    if (stores.isPostgres()) {
        QTemporaryDir csv;
        const double copy
            = copyRows(stores.fresh(QStringLiteral("copy")), csv.path(), all, hashes, rows);
        note(QStringLiteral("COPY of the same rows:   %1 submissions/s")
                 .arg(count / copy, 0, 'f', 0));
        put("copy_per_s", count / copy);
    }

    const double direct = directStore(stores.fresh(QStringLiteral("store")), all, batch);
    note(
        QStringLiteral("CollectorStore::store(): %1 submissions/s").arg(count / direct, 0, 'f', 0));
    put("store_per_s", count / direct);

    if (!collector.start(&error)) {
        note(QStringLiteral("bench_ingest: ") + error);
        return 1;
    }
    const double collectorCpuBefore = procCpuSeconds(collector.pid());
    const double clientCpuBefore = procCpuSeconds(QCoreApplication::applicationPid());
    const double http = httpIngest(collector, bodies, window, count);
    if (http < 0)
        return 1;
    // Where the HTTP path's time goes on a machine of two cores: the collector's two threads
    // and this client (which builds and sends the requests) share them.
    const double collectorCpu = procCpuSeconds(collector.pid()) - collectorCpuBefore;
    const double clientCpu = procCpuSeconds(QCoreApplication::applicationPid()) - clientCpuBefore;
    note(QStringLiteral("HTTP phase: %1 s wall, collector CPU %2 s, client CPU %3 s")
             .arg(http, 0, 'f', 2)
             .arg(collectorCpu, 0, 'f', 2)
             .arg(clientCpu, 0, 'f', 2));
    put("http_collector_cpu_s", collectorCpu);
    put("http_client_cpu_s", clientCpu);
    put("http_wall_s", http);
    note(
        QStringLiteral("collector over HTTP:     %1 submissions/s (%2 batches of %3, %4 in flight)")
            .arg(count / http, 0, 'f', 0)
            .arg(bodies.size())
            .arg(batch)
            .arg(window));
    put("http_per_s", count / http);
    put("http_vs_raw", raw / http);
    put("store_vs_raw", raw / direct);
    put("collector_vmhwm_kb", procStatusKb(collector.pid(), "VmHWM"));
    put("collector_vmrss_kb", procStatusKb(collector.pid(), "VmRSS"));
    collector.stop();
    return 0;
}
