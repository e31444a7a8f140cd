#include "demorunner.h"

#include "anonymiser.h"
#include "appschema.h"
#include "collectorclient.h"
#include "credentialmanager.h"
#include "outbox.h"
#include "referencedata.h"
#include "sampleanswers.h"
#include "surveycatalog.h"
#include "surveyengine.h"
#include "syncclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace zs {

namespace {

QTextStream out(stdout);

/// One blocking JSON request for the demo (the app itself never blocks).
std::pair<int, QJsonObject> call(QNetworkAccessManager &nam, const QUrl &collector,
    const QByteArray &method, const QString &path, const QJsonObject &body = {},
    const QString &token = {});

/// The employer hands out invitations (POST /v1/employers/{id}/invitations with its token), and
/// each care worker's app redeems one the way the real app does: CredentialManager on the
/// device's database (look up, blind, sign, finalize). True when every one became a credential.
bool redeemInvitations(Database &db, QNetworkAccessManager &nam, const QUrl &collector,
    const QString &employer, const QString &token, const QString &survey, int count)
{
    const auto [status, batch]
        = call(nam, collector, "POST", QStringLiteral("/v1/employers/%1/invitations").arg(employer),
            { { QStringLiteral("survey"), survey }, { QStringLiteral("count"), count } }, token);
    const QJsonArray codes = batch.value(QLatin1String("invitations")).toArray();
    if (status != 201 || codes.size() != count) {
        out << "demo: the employer could not create invitations (HTTP " << status << ")\n";
        return false;
    }
    RedemptionStore store(db);
    CollectorClient client(&nam);
    client.setCollector(collector);
    CredentialManager credentials(store, client);
    credentials.setBackoff(Backoff(std::chrono::milliseconds(100), std::chrono::seconds(1)));
    QEventLoop loop;
    QObject::connect(&credentials, &CredentialManager::idle, &loop, &QEventLoop::quit);
    for (const QJsonValue &code : codes) {
        if (!credentials.redeem(code.toString()))
            return false;
    }
    if (!store.unfinished().isEmpty())
        loop.exec();
    int held = 0;
    for (const Redemption &r : store.all())
        held += r.state == Redemption::State::Signed && r.employer == employer;
    return held >= count;
}

bool queueAnswers(Database &db, const SurveyCatalog &catalog, const QString &surveyId, int count,
    const QString &region, const QString &employer, quint32 seed)
{
    const SurveyDefinition *def = catalog.latest(surveyId);
    Outbox outbox(db);
    RedemptionStore credentials(db);
    DemoRespondent respondent(seed);
    const Anonymiser anonymiser;
    for (int i = 0; i < count; ++i) {
        // The first care worker gives the canonical answers the tests use; the rest are random.
        const QJsonObject answers
            = i == 0 ? sample::answersInFull(surveyId) : respondent.answer(*def);
        if (const auto e = SurveyEngine(*def).validate(answers)) {
            out << "demo: generated answers are invalid: " << e->field << " " << e->message << "\n";
            return false;
        }
        // With an employer, each care worker uses the credential of their own invitation.
        const std::optional<HeldCredential> held
            = employer.isEmpty() ? std::nullopt : credentials.heldFor(def->kind);
        if (!employer.isEmpty() && (!held || held->employer != employer)) {
            out << "demo: no credential left for " << employer << "\n";
            return false;
        }
        const Submission s = anonymiser.anonymise(*def, answers, respondent.profile(region),
            QDate::currentDate(), held ? &*held : nullptr);
        if (!outbox.enqueue(s, held ? &*held : nullptr))
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

std::pair<int, QJsonObject> call(QNetworkAccessManager &nam, const QUrl &collector,
    const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token)
{
    QNetworkRequest request(CollectorClient::endpoint(collector, path));
    request.setTransferTimeout(15000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
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
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) // no answer at all (offline, TLS refused): say why
        out << "demo: " << reply->errorString() << "\n";
    return { status, QJsonDocument::fromJson(reply->readAll()).object() };
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
                { QStringLiteral("ageBand"), QStringLiteral("25-34") }, // its age rule
                { QStringLiteral("consentVersion"), 2 }, { QStringLiteral("consent"), true } });
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

DemoRespondent::DemoRespondent(quint32 seed)
    : m_random(seed)
{ }

int DemoRespondent::weighted(int count)
{
    // Earlier options are likelier: the first few dominate, the tail stays small.
    const double r = m_random.generateDouble();
    return std::min(count - 1, int(count * r * r));
}

Profile DemoRespondent::profile(const QString &region)
{
    const ReferenceData &ref = ReferenceData::instance();
    const auto pick = [&](const QList<ReferenceItem> &list) {
        return list.at(weighted(int(list.size()))).id;
    };
    return Profile { region, pick(ref.branches), pick(ref.occupations), pick(ref.ageBands),
        pick(ref.tenureBands) };
}

QJsonObject DemoRespondent::answer(const SurveyDefinition &definition)
{
    static const QStringList comments = {
        QStringLiteral("Te weinig collega's op de avonddienst, bel me gerust op 06-12345678."),
        QStringLiteral("Meer zeggenschap over het rooster had echt geholpen."),
        QStringLiteral(
            "Mijn teamleider Sanne luisterde wel, de organisatie niet. Mail: s.devries@example.nl"),
        QStringLiteral("Ik wil graag terugkomen als de werkdruk omlaag gaat."),
    };
    const SurveyEngine engine(definition);
    QJsonObject answers;
    for (const Question &q : definition.questions) {
        if (!engine.isVisible(q, answers))
            continue;
        const QList<Option> options = engine.availableOptions(q, answers);
        switch (q.type) {
        case Question::Type::Single:
            if (!options.isEmpty())
                answers.insert(q.id, options.at(weighted(int(options.size()))).id);
            break;
        case Question::Type::Multi: {
            const int n = q.min + int(m_random.bounded(q.max - q.min + 1));
            QSet<QString> picked;
            QJsonArray list;
            for (int tries = 0; list.size() < std::max(n, 1) && tries < 50; ++tries) {
                const Option &option = options.at(weighted(int(options.size())));
                if (picked.contains(option.id) || (option.exclusive && !list.isEmpty()))
                    continue;
                picked.insert(option.id);
                list.append(option.id);
                if (option.exclusive)
                    break; // "nothing" stands alone, as the survey engine requires
            }
            answers.insert(q.id, list);
            break;
        }
        case Question::Type::Likert: {
            QJsonObject items;
            for (const LikertItem &item : q.items)
                items.insert(item.id, 1 + int(m_random.bounded(5)));
            answers.insert(q.id, items);
            break;
        }
        case Question::Type::Scale:
        case Question::Type::Number:
            answers.insert(q.id, q.min + int(m_random.bounded(q.max - q.min + 1)));
            break;
        case Question::Type::Text:
            if (q.required || m_random.bounded(3) == 0)
                answers.insert(q.id, comments.at(int(m_random.bounded(int(comments.size())))));
            break;
        }
    }
    return answers;
}

QString formatReport(const QJsonObject &report, const QStringList &questionIds)
{
    const auto en = [](const QJsonValue &label) {
        return label.isObject() ? label[QLatin1String("en")].toString() : label.toString();
    };
    const auto count = [](const QJsonObject &f) {
        if (f.value(QLatin1String("suppressed")).toBool())
            return QStringLiteral("hidden (fewer than k)");
        QString text = QString::number(f.value(QLatin1String("count")).toInt());
        if (f.contains(QLatin1String("percent")))
            text += QStringLiteral(" (%1%)").arg(
                f.value(QLatin1String("percent")).toDouble(), 0, 'f', 1);
        return text;
    };
    QString out;
    const QJsonObject survey = report.value(QLatin1String("survey")).toObject();
    const QJsonObject employer = report.value(QLatin1String("employer")).toObject();
    out += QStringLiteral("%1 for %2 (%3), k = %4, epsilon = %5 per count\n")
               .arg(en(survey.value(QLatin1String("title"))),
                   employer[QLatin1String("name")].toString(),
                   employer[QLatin1String("region")].toString())
               .arg(report.value(QLatin1String("k")).toInt())
               .arg(report.value(QLatin1String("epsilon")).toDouble());
    for (const QJsonValue &sv : report.value(QLatin1String("scopes")).toArray()) {
        const QJsonObject scope = sv.toObject();
        const QJsonArray releases = scope.value(QLatin1String("releases")).toArray();
        out += QStringLiteral("  scope %1: %2 release(s)%3\n")
                   .arg(scope.value(QLatin1String("scope")).toString())
                   .arg(releases.size())
                   .arg(releases.isEmpty()
                           ? QStringLiteral(" — nothing published; what waits "
                                            "in the pool is not shown, not even how much")
                           : QString());
        for (const QJsonValue &rv : releases) {
            const QJsonObject r = rv.toObject();
            const QJsonArray months = r.value(QLatin1String("months")).toArray();
            out += QStringLiteral("    release %1 (%2 to %3): respondents %4\n")
                       .arg(r.value(QLatin1String("seq")).toInt())
                       .arg(months.at(0).toString(), months.at(1).toString(),
                           count(r.value(QLatin1String("respondents")).toObject()));
            for (const QJsonValue &qv : r.value(QLatin1String("questions")).toArray()) {
                const QJsonObject q = qv.toObject();
                if (!questionIds.contains(q.value(QLatin1String("id")).toString()))
                    continue;
                out += QStringLiteral("      %1 — answered: %2\n")
                           .arg(en(q.value(QLatin1String("text"))),
                               count(q.value(QLatin1String("answered")).toObject()));
                for (const char *list : { "options", "themes" }) {
                    const QJsonArray cells = q.value(QLatin1String(list)).toArray();
                    if (!cells.isEmpty() && QLatin1String(list) == QLatin1String("themes"))
                        out += QStringLiteral("        -- national themes --\n");
                    for (const QJsonValue &c : cells)
                        out += QStringLiteral("        %1 %2\n")
                                   .arg(en(c[QLatin1String("label")]) + QLatin1Char(':'), -44)
                                   .arg(count(c.toObject()));
                }
                if (q.contains(QLatin1String("mean")) && !q.value(QLatin1String("mean")).isNull())
                    out += QStringLiteral("        mean: %1\n")
                               .arg(q.value(QLatin1String("mean")).toDouble(), 0, 'f', 1);
                if (q.contains(QLatin1String("enps")))
                    out += QStringLiteral("        eNPS: %1\n")
                               .arg(q[QLatin1String("enps")][QLatin1String("score")].toInt());
                for (const QJsonValue &t : q.value(QLatin1String("texts")).toArray())
                    out += QStringLiteral("        \"%1\"\n").arg(t.toString());
            }
        }
        const QJsonObject total = scope.value(QLatin1String("total")).toObject();
        if (!total.isEmpty())
            out += QStringLiteral("    total over the releases: respondents %1\n")
                       .arg(count(total.value(QLatin1String("respondents")).toObject()));
    }
    out += QStringLiteral(
        "  (every count carries a little noise, drawn once and stored: a person's "
        "answer cannot be read off by comparing reports)\n");
    return out;
}

int runDemo(const DemoOptions &options)
{
    const QUrl &collector = options.collector;
    const QString &region = options.region;
    const QString &employer = options.employer;
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("device.db")), appMigrations());
    if (!db.isOpen())
        return 1;
    const SurveyCatalog catalog = SurveyCatalog::builtIn();

    QNetworkAccessManager nam;
    // A second employer without a token cannot hand out invitations: its people answer openly.
    const QString other = options.otherToken.isEmpty() ? QString() : options.otherEmployer;
    out << "== INVITATIONS: the employers hand out one-time invitations; each app redeems its own "
           "for a blind-signed credential (RFC 9474)\n";
    const bool invited
        = redeemInvitations(db, nam, collector, employer, options.token, QStringLiteral("exit"), 40)
        && redeemInvitations(
            db, nam, collector, employer, options.token, QStringLiteral("retention"), 40)
        && (other.isEmpty()
            || (redeemInvitations(
                    db, nam, collector, other, options.otherToken, QStringLiteral("exit"), 14)
                && redeemInvitations(db, nam, collector, other, options.otherToken,
                    QStringLiteral("retention"), 12)));
    if (!invited) {
        out << "demo: redeeming the invitations failed\n";
        return 1;
    }
    out << "   " << RedemptionStore(db).all().size()
        << " credentials on the devices; no invitation code is kept\n";
    out << "== DEMO: simulated care workers answer on their phones (real survey engine, "
           "anonymiser, outbox)\n";
    const bool queued = queueAnswers(db, catalog, QStringLiteral("exit"), 40, region, employer, 7)
        && queueAnswers(db, catalog, QStringLiteral("retention"), 40, region, employer, 11)
        && (options.otherEmployer.isEmpty()
            || (queueAnswers(db, catalog, QStringLiteral("exit"), 14, region, other, 13)
                && queueAnswers(db, catalog, QStringLiteral("retention"), 12, region, other, 17)));
    Outbox outbox(db);
    if (!queued) {
        out << "demo: could not queue the answers: " << db.errorString() << "\n";
        return 1;
    }
    out << "   " << outbox.pendingCount() << " anonymised submissions in the device outbox\n";

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
    const QStringList exitIds { QStringLiteral("reasons"), QStringLiteral("main_reason"),
        QStringLiteral("would_return"), QStringLiteral("enps"), QStringLiteral("comment") };
    const QStringList retentionIds { QStringLiteral("stay_drivers"),
        QStringLiteral("intent_to_leave"), QStringLiteral("enps") };
    const auto printReports = [&](const QString &when) {
        for (const QString &kind : { QStringLiteral("exit"), QStringLiteral("retention") }) {
            const QJsonObject report = fetchReport(nam, collector, kind, employer, options.token);
            if (report.contains(QLatin1String("error"))) {
                out << "demo: report refused: "
                    << QJsonDocument(report).toJson(QJsonDocument::Compact) << "\n";
                return false;
            }
            out << "\n== REPORT (" << kind << ") " << when
                << ", as the employer sees it at GET /v1/reports/" << kind << "\n";
            out << formatReport(report, kind == QLatin1String("exit") ? exitIds : retentionIds);
        }
        return true;
    };
    if (!printReports(QStringLiteral("before a release")))
        return 1;
    // The month boundary, brought forward: the operator cuts the releases now.
    if (!options.collectorDb.isEmpty()) {
        QProcess cut;
        cut.start(options.collectorBin,
            { QStringLiteral("releases"), QStringLiteral("cut"), QStringLiteral("--db"),
                options.collectorDb });
        if (!cut.waitForFinished(60000) || cut.exitCode() != 0) {
            out << "demo: releases cut failed: " << cut.readAllStandardError() << "\n";
            return 1;
        }
        out << "\n== RELEASES: `zorgstem-collector releases cut` (as at a month boundary) made "
            << QString::fromUtf8(cut.readAllStandardOutput()).trimmed()
            << " release(s): every pool of at least k became a batch, computed and noised once\n";
        if (!printReports(QStringLiteral("after the release")))
            return 1;
    }
    if (!regionalDemo(nam, collector, region)) {
        out << "demo: the regional part failed\n";
        return 1;
    }
    out.flush();
    return 0;
}

} // namespace zs
