// Headless end-to-end demo: real core, anonymiser, outbox and sync client against a running
// collector, then the employer's report as the collector publishes it.
#include "anonymiser.h"
#include "appschema.h"
#include "collectorclient.h"
#include "demorunner.h"
#include "outbox.h"
#include "surveycatalog.h"
#include "surveyengine.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace zs;

namespace {

QTextStream out(stdout);

bool queueAnswers(Database &db, const SurveyCatalog &catalog, const QString &surveyId, int count,
    const QString &region, const QString &employer, quint32 seed)
{
    const SurveyDefinition *def = catalog.latest(surveyId);
    Outbox outbox(db);
    DemoRespondent respondent(seed);
    const Anonymiser anonymiser;
    for (int i = 0; i < count; ++i) {
        const QJsonObject answers = respondent.answer(*def);
        if (const auto e = SurveyEngine(*def).validate(answers)) {
            out << "demo: generated answers are invalid: " << e->field << " " << e->message << "\n";
            return false;
        }
        const Submission s = anonymiser.anonymise(
            *def, answers, respondent.profile(region, employer), QDate::currentDate());
        if (!outbox.enqueue(s))
            return false;
    }
    return true;
}

QJsonObject fetchReport(QNetworkAccessManager &nam, const QUrl &collector, const QString &kind,
    const QString &employer, const QString &token)
{
    QUrl url = collector;
    url.setPath(QStringLiteral("/v1/reports/%1").arg(kind));
    url.setQuery(QStringLiteral("employer=") + employer);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// One blocking JSON request for the demo (the app itself never blocks).
std::pair<int, QJsonObject> call(QNetworkAccessManager &nam, const QUrl &collector,
    const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    QNetworkRequest request(CollectorClient::endpoint(collector, path));
    request.setTransferTimeout(15000);
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

/// Shows the region's actions and a panel join, export and leave, through the real API.
bool regionalDemo(QNetworkAccessManager &nam, const QUrl &collector, const QString &region)
{
    out << "\n== REGION " << region << ": actions against staff shortages (GET /v1/regions/"
        << region << "/actions)\n";
    const auto [status, actions]
        = call(nam, collector, "GET", QStringLiteral("/v1/regions/%1/actions").arg(region));
    if (status != 200)
        return false;
    for (const QJsonValue &a : actions.value(QLatin1String("actions")).toArray()) {
        const QJsonObject target = a[QLatin1String("target")].toObject();
        const QJsonArray progress = a[QLatin1String("progress")].toArray();
        out << "   - " << a[QLatin1String("title")][QLatin1String("en")].toString() << " ["
            << a[QLatin1String("status")].toString()
            << (a[QLatin1String("example")].toBool() ? ", example" : "") << "]\n"
            << "     target: " << target[QLatin1String("metric")][QLatin1String("en")].toString()
            << " from " << target[QLatin1String("baseline")].toDouble() << " to "
            << target[QLatin1String("value")].toDouble() << " by "
            << target[QLatin1String("date")].toString() << "; latest "
            << (progress.isEmpty()
                       ? QStringLiteral("-")
                       : QString::number(progress.last()[QLatin1String("value")].toDouble()))
            << "\n";
    }
    const QString panel = QStringLiteral("jongraat-utrecht");
    out << "\n== PANEL " << panel
        << ": a (fictional) young nurse joins with consent, exports, and leaves\n";
    const auto [joined, membership]
        = call(nam, collector, "POST", QStringLiteral("/v1/panels/%1/members").arg(panel),
            { { QStringLiteral("name"), QStringLiteral("Demo Verpleegkundige") },
                { QStringLiteral("email"), QStringLiteral("demo@example.nl") },
                { QStringLiteral("occupation"), QStringLiteral("vpk_hbo") },
                { QStringLiteral("ageBand"), QStringLiteral("25-34") },
                { QStringLiteral("consentVersion"), 1 }, { QStringLiteral("consent"), true } });
    out << "   join: HTTP " << joined << " (the device keeps only the member secret)\n";
    if (joined != 201)
        return false;
    const QString path = QStringLiteral("/v1/panels/%1/members/%2")
                             .arg(panel, membership.value(QLatin1String("secret")).toString());
    const auto [exported, data] = call(nam, collector, "GET", path);
    out << "   export: HTTP " << exported << " "
        << QJsonDocument(data).toJson(QJsonDocument::Compact) << "\n";
    const auto [left, unused] = call(nam, collector, "DELETE", path);
    const auto [after, unused2] = call(nam, collector, "GET", path);
    out << "   leave: HTTP " << left << "; export afterwards: HTTP " << after << " (erased)\n";
    return exported == 200 && left == 204 && after == 404;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Zorgstem headless end-to-end demo"));
    p.addHelpOption();
    p.addOptions({ { QStringLiteral("collector"), QStringLiteral("collector URL"),
                       QStringLiteral("url") },
        { QStringLiteral("region"), QStringLiteral("region id"), QStringLiteral("region"),
            QStringLiteral("utrecht") },
        { QStringLiteral("employer"), QStringLiteral("sample employer id"), QStringLiteral("id") },
        { QStringLiteral("token"), QStringLiteral("the sample employer's token"),
            QStringLiteral("token") },
        { QStringLiteral("other-employer"), QStringLiteral("a second employer in the region"),
            QStringLiteral("id") },
        { QStringLiteral("ca-file"),
            QStringLiteral("also trust the CA certificates in this PEM file (an https:// "
                           "collector with a private CA)"),
            QStringLiteral("file") } });
    p.process(app);
    const QUrl collector(p.value(QStringLiteral("collector")));
    const QString region = p.value(QStringLiteral("region"));
    const QString employer = p.value(QStringLiteral("employer"));
    if (!collector.isValid() || employer.isEmpty() || p.value(QStringLiteral("token")).isEmpty()) {
        out << "usage: zorgstem-demo --collector URL --employer ID --token TOKEN [--other-employer "
               "ID] [--ca-file FILE]\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        // Every request below uses the default TLS configuration: it gains the extra CA.
        const QList<QSslCertificate> cas
            = QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")), QSsl::Pem);
        if (cas.isEmpty()) {
            out << "demo: --ca-file " << p.value(QStringLiteral("ca-file"))
                << " holds no PEM certificate\n";
            return 2;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(cas);
        QSslConfiguration::setDefaultConfiguration(config);
    }
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("device.db")), appMigrations());
    if (!db.isOpen())
        return 1;
    const SurveyCatalog catalog = SurveyCatalog::builtIn();

    out << "== DEMO: simulated care workers answer on their phones (real survey engine, "
           "anonymiser, outbox)\n";
    const bool queued = queueAnswers(db, catalog, QStringLiteral("exit"), 40, region, employer, 7)
        && queueAnswers(db, catalog, QStringLiteral("retention"), 40, region, employer, 11)
        && (p.value(QStringLiteral("other-employer")).isEmpty()
            || (queueAnswers(db, catalog, QStringLiteral("exit"), 14, region,
                    p.value(QStringLiteral("other-employer")), 13)
                && queueAnswers(db, catalog, QStringLiteral("retention"), 12, region,
                    p.value(QStringLiteral("other-employer")), 17)));
    Outbox outbox(db);
    if (!queued) {
        out << "demo: could not queue the answers: " << db.errorString() << "\n";
        return 1;
    }
    out << "   " << outbox.pendingCount() << " anonymised submissions in the device outbox\n";

    QNetworkAccessManager nam;
    SyncClient sync(outbox, &nam);
    sync.setCollector(collector);
    sync.setBatchSize(25);
    sync.setBackoff(Backoff(std::chrono::milliseconds(200), std::chrono::seconds(2)));
    QEventLoop loop;
    QObject::connect(&sync, &SyncClient::finished, &loop, [&](bool ok) {
        if (ok || sync.consecutiveFailures() > 5)
            loop.quit();
    });
    QTimer::singleShot(0, &sync, &SyncClient::syncNow);
    loop.exec();
    out << "== SYNC: " << outbox.receipts().size() << " acknowledged, " << outbox.pendingCount()
        << " pending, " << outbox.rejectedCount()
        << " rejected; the device keeps only receipts (survey, month)\n";
    if (outbox.pendingCount() > 0) {
        out << "demo: upload failed: " << sync.lastError() << "\n";
        return 1;
    }
    for (const QString &kind : { QStringLiteral("exit"), QStringLiteral("retention") }) {
        const QJsonObject report
            = fetchReport(nam, collector, kind, employer, p.value(QStringLiteral("token")));
        if (report.contains(QLatin1String("error"))) {
            out << "demo: report refused: " << QJsonDocument(report).toJson(QJsonDocument::Compact)
                << "\n";
            return 1;
        }
        out << "\n== REPORT (" << kind << "), as the employer sees it at GET /v1/reports/" << kind
            << "\n";
        const QStringList ids = kind == QLatin1String("exit")
            ? QStringList { QStringLiteral("reasons"), QStringLiteral("main_reason"),
                  QStringLiteral("destination"), QStringLiteral("would_return"),
                  QStringLiteral("enps"), QStringLiteral("comment") }
            : QStringList { QStringLiteral("stay_drivers"), QStringLiteral("intent_to_leave"),
                  QStringLiteral("hours_wish"), QStringLiteral("enps") };
        out << formatReport(report, ids);
    }
    if (!regionalDemo(nam, collector, region)) {
        out << "demo: the regional part failed\n";
        return 1;
    }
    out.flush();
    return 0;
}
