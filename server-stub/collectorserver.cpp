#include "collectorserver.h"

#include "answerqueue.h"
#include "httputil.h"

#include "referencedata.h"

#include <QCryptographicHash>
#include <QDate>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <limits>
#include <optional>
#include <tuple>

namespace zs {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

using http::header;
using http::json;

QJsonObject receipt(const Submission &s)
{
    return { { QStringLiteral("submissionId"), s.submissionId },
        { QStringLiteral("surveyId"), s.surveyId },
        { QStringLiteral("surveyVersion"), s.surveyVersion },
        { QStringLiteral("period"), s.period } };
}

} // namespace

CollectorServer::CollectorServer(CollectorStore &store, MemberStore &members, SurveyCatalog catalog,
    const releases::Parameters &parameters, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_members(members)
    , m_catalog(std::move(catalog))
    , m_regional(store, members, m_catalog)
    , m_credentials(store, members, m_catalog, m_regional)
    , m_reports(store, m_catalog, m_regional, parameters)
    , m_coordination(store, members, m_regional)
    , m_session(store)
    , m_parameters(parameters)
{
    addRoutes();
}

bool CollectorServer::load(QString *error, const GroupCommitOptions &groupCommit)
{
    if (!m_writer.isRunning() && !m_writer.start(m_store.database().location(), groupCommit, error))
        return false;
    // A failed read here would start the server without its published panel rounds.
    const quint64 before = storeFaults();
    if (!m_regional.load(error))
        return false;
    if (storeFaults() != before) {
        *error = QStringLiteral("cannot read the store: ") + m_store.errorString();
        return false;
    }
    return true;
}

quint16 CollectorServer::listen(const QHostAddress &address, quint16 port)
{
    return listen(address, port, ListenerLimits {}, std::nullopt, nullptr);
}

quint16 CollectorServer::listen(const QHostAddress &address, quint16 port,
    const ListenerLimits &limits, const std::optional<QSslConfiguration> &tls, QString *error)
{
    // Our own QTcpServer, not QHttpServer::listen(): it sees every byte before QHttpServer
    // buffers it, so limits hold before memory is spent (collectorlistener.h).
    QTcpServer *tcp = nullptr;
    ListenerCore *core = nullptr;
    if (tls) {
        auto *ssl = new CollectorSslServer(limits, &m_server);
        ssl->setSslConfiguration(*tls);
        tcp = ssl;
        core = &ssl->core();
    } else {
        auto *plain = new CollectorTcpServer(limits, &m_server);
        tcp = plain;
        core = &plain->core();
    }
    // A deep backlog: connections over the cap wait there, not in our memory.
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    m_server.bind(tcp);
    m_listener = core;
    return tcp->serverPort();
}

QHttpServerResponse CollectorServer::error(
    int status, const QString &code, const QString &message, const QString &field)
{
    return http::error(status, code, message, field);
}

const QList<Route> &CollectorServer::routes()
{
    // The one list of the API's routes (docs/protocol.md). The lambdas are members' friends here,
    // so the handlers can stay private.
    using S = CollectorServer;
    using A = QStringList;
    using R = QHttpServerRequest;
    static const QList<Route> table = {
        { Method::Get, QStringLiteral("/v1/health"),
            [](S &s, const A &, const R &) {
                return s.health();
            } },
        { Method::Get, QStringLiteral("/v1/session"),
            [](S &s, const A &, const R &r) {
                return s.m_session.session(r);
            } },
        { Method::Get, QStringLiteral("/v1/surveys"),
            [](S &s, const A &, const R &r) {
                return s.surveys(r);
            } },
        { Method::Get, QStringLiteral("/v1/regions/<arg>/employers"),
            [](S &s, const A &a, const R &) {
                return s.employers(a.at(0));
            } },
        { Method::Post, QStringLiteral("/v1/submissions"),
            [](S &s, const A &, const R &r) {
                return s.submissions(r);
            } },
        { Method::Get, QStringLiteral("/v1/keys"),
            [](S &s, const A &, const R &r) {
                return s.m_credentials.keys(r);
            } },
        { Method::Get, QStringLiteral("/v1/invitations/<arg>"),
            [](S &s, const A &a, const R &r) {
                return s.guarded(r, [&] { return s.m_credentials.invitation(a.at(0)); });
            } },
        { Method::Post, QStringLiteral("/v1/credentials"),
            [](S &s, const A &, const R &r) {
                if (auto limited = s.m_limits.write(r))
                    return std::move(*limited);
                return s.guarded(r, [&] { return s.m_credentials.credentials(r); });
            } },
        { Method::Post, QStringLiteral("/v1/employers/<arg>/invitations"),
            [](S &s, const A &a, const R &r) {
                if (auto limited = s.m_limits.write(r))
                    return std::move(*limited);
                return s.m_credentials.createInvitations(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/employers/<arg>/invitations"),
            [](S &s, const A &a, const R &r) {
                return s.m_credentials.invitationMonths(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/reports/exit"),
            [](S &s, const A &, const R &r) {
                return s.m_reports.report(QStringLiteral("exit"), r);
            } },
        { Method::Get, QStringLiteral("/v1/reports/retention"),
            [](S &s, const A &, const R &r) {
                return s.m_reports.report(QStringLiteral("retention"), r);
            } },
        { Method::Get, QStringLiteral("/v1/regions/<arg>/panels"),
            [](S &s, const A &a, const R &r) {
                return s.m_regional.panels(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/panels/<arg>/members"),
            [](S &s, const A &a, const R &r) {
                if (auto limited = s.m_limits.write(r))
                    return std::move(*limited);
                return s.m_regional.join(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/panels/<arg>/members/<arg>"),
            [](S &s, const A &a, const R &) {
                return s.m_regional.member(a.at(0), a.at(1), false);
            } },
        { Method::Delete, QStringLiteral("/v1/panels/<arg>/members/<arg>"),
            [](S &s, const A &a, const R &) {
                return s.m_regional.member(a.at(0), a.at(1), true);
            } },
        { Method::Get, QStringLiteral("/v1/panels/<arg>/members"),
            [](S &s, const A &a, const R &r) {
                return s.m_coordination.members(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/panels/<arg>/stats"),
            [](S &s, const A &a, const R &r) {
                return s.m_regional.stats(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/panels/<arg>/rounds"),
            [](S &s, const A &a, const R &r) {
                return s.m_regional.publishRound(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/panels/<arg>/rounds/<arg>/report"),
            [](S &s, const A &a, const R &r) {
                return s.m_reports.roundReport(a.at(0), a.at(1), r);
            } },
        { Method::Get, QStringLiteral("/v1/regions/<arg>/releases"),
            [](S &s, const A &a, const R &r) {
                return s.m_reports.regionReleases(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/regions/<arg>/actions"),
            [](S &s, const A &a, const R &r) {
                return s.m_regional.actions(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/regions/<arg>/actions"),
            [](S &s, const A &a, const R &r) {
                return s.m_regional.publishAction(a.at(0), r);
            } },
        { Method::Delete, QStringLiteral("/v1/actions/<arg>"),
            [](S &s, const A &a, const R &r) {
                return s.m_coordination.removeAction(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/actions/<arg>/reactions"),
            [](S &s, const A &a, const R &r) {
                if (auto limited = s.m_limits.write(r))
                    return std::move(*limited);
                return s.m_regional.react(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/regions/<arg>/ideas"),
            [](S &s, const A &a, const R &r) {
                return s.m_regional.ideas(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/regions/<arg>/ideas"),
            [](S &s, const A &a, const R &r) {
                if (auto limited = s.m_limits.write(r))
                    return std::move(*limited);
                return s.m_regional.sendIdea(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/ideas/<arg>/support"),
            [](S &s, const A &a, const R &r) {
                if (auto limited = s.m_limits.write(r))
                    return std::move(*limited);
                return s.m_regional.support(a.at(0), r);
            } },
        { Method::Post, QStringLiteral("/v1/ideas/<arg>/hide"),
            [](S &s, const A &a, const R &r) {
                return s.m_coordination.hideIdea(a.at(0), r);
            } },
        { Method::Get, QStringLiteral("/v1/regions/<arg>/audit"),
            [](S &s, const A &a, const R &r) {
                return s.m_coordination.audit(a.at(0), r);
            } },
    };
    return table;
}

bool CollectorServer::knowsPath(const QString &path)
{
    // "<arg>" is one non-empty path segment, as QHttpServer matches a QString argument.
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const Route &route : routes()) {
            QString pattern = QRegularExpression::escape(route.path);
            pattern.replace(
                QRegularExpression::escape(QStringLiteral("<arg>")), QStringLiteral("[^/]+"));
            list.append(QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')));
        }
        return list;
    }();
    return std::any_of(patterns.begin(), patterns.end(),
        [&](const QRegularExpression &p) { return p.match(path).hasMatch(); });
}

void CollectorServer::addRoutes()
{
    for (const Route &route : routes()) {
        const auto handle = route.handle;
        switch (route.path.count(QLatin1String("<arg>"))) {
        case 0:
            m_server.route(route.path, route.method,
                [this, handle](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                    run(handle, {}, r, std::move(responder));
                });
            break;
        case 1:
            m_server.route(route.path, route.method,
                [this, handle](const QString &a, const QHttpServerRequest &r,
                    QHttpServerResponder &&responder) {
                    run(handle, { a }, r, std::move(responder));
                });
            break;
        case 2:
            m_server.route(route.path, route.method,
                [this, handle](const QString &a, const QString &b, const QHttpServerRequest &r,
                    QHttpServerResponder &&responder) {
                    run(handle, { a, b }, r, std::move(responder));
                });
            break;
        default:
            qFatal("route %s: at most two <arg> segments", qPrintable(route.path));
        }
    }
    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const bool knownPath = knowsPath(request.url().path());
            const int status = knownPath ? 405 : 404;
            const ProtocolError e { status,
                knownPath ? QStringLiteral("method_not_allowed") : QStringLiteral("not_found"),
                knownPath ? QStringLiteral("this method is not allowed here")
                          : QStringLiteral("no such resource"),
                {} };
            AnswerQueue::answer(std::move(responder), http::error(status, e.code, e.message));
        });
}

QHttpServerResponse CollectorServer::storeUnavailable()
{
    return error(503, QStringLiteral("store_unavailable"),
        QStringLiteral("the store cannot be read or written now; try again later"));
}

quint64 CollectorServer::storeFaults()
{
    return m_store.database().faults() + m_members.database().faults();
}

void CollectorServer::run(Route::Handler handle, const QStringList &args,
    const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Answers go out in the order of the requests on a connection, after any that waits for a
    // commit (AnswerQueue).
    const auto answer = [&](QHttpServerResponse &&response) {
        AnswerQueue::answer(std::move(responder), std::move(response));
    };
    // Every route that reads a bearer token answers 401 for a wrong one: a peer that has sent
    // too many wrong ones waits, whatever the route (the right token included, since a guesser
    // would otherwise go on).
    const bool sentToken = !http::bearerToken(request).isEmpty();
    if (sentToken) {
        if (auto limited = m_limits.authAllowed(request))
            return answer(std::move(*limited));
    }
    // The one place a failing store becomes 503: a handler that hit a fault may have built its
    // answer from a failed read (an empty list, a report of "suppressed", a 401 for a token it
    // could not look up), so that answer is dropped. Writes in it have been rolled back.
    const quint64 before = storeFaults();
    m_responder = &responder;
    QHttpServerResponse response = handle(*this, args, request);
    const bool taken = m_responder == nullptr;
    m_responder = nullptr;
    if (taken)
        return; // answered after the writer's commit
    if (storeFaults() != before)
        return answer(storeUnavailable());
    if (sentToken && response.statusCode() == Status::Unauthorized)
        m_limits.authFailed(request);
    answer(std::move(response));
}

std::optional<int> CollectorServer::cutReleases(int retentionMonths)
{
    return m_store.cutReleases(m_catalog, m_parameters, retentionMonths);
}

QThread *CollectorServer::inBackground(
    const std::function<std::optional<int>(CollectorStore &)> &work,
    const std::function<void(std::optional<int>)> &done)
{
    DatabaseLocation location = m_store.database().location();
    QThread *thread = QThread::create([this, location, work, done] {
        std::optional<int> result;
        {
            CollectorStore store(location);
            if (store.isOpen())
                result = work(store);
        }
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

void CollectorServer::cutReleasesInBackground(
    int retentionMonths, const std::function<void(std::optional<int>)> &done)
{
    m_cutThread = inBackground(
        [catalog = m_catalog, parameters = m_parameters, retentionMonths](CollectorStore &store) {
            return store.cutReleases(catalog, parameters, retentionMonths);
        },
        done);
}

void CollectorServer::forgetArrivalOrderInBackground(const std::function<void(bool)> &done)
{
    m_rewriteThread = inBackground(
        [](CollectorStore &store) {
            return store.forgetArrivalOrder() ? std::optional<int>(1) : std::nullopt;
        },
        [done](std::optional<int> ok) { done(ok.has_value()); });
}

CollectorServer::~CollectorServer()
{
    if (m_cutThread)
        m_cutThread->wait();
    if (m_rewriteThread)
        m_rewriteThread->wait();
}

QHttpServerResponse CollectorServer::guarded(
    const QHttpServerRequest &request, const std::function<QHttpServerResponse()> &handle)
{
    if (auto limited = m_limits.authAllowed(request))
        return std::move(*limited);
    QHttpServerResponse response = handle();
    if (response.statusCode() == Status::NotFound)
        m_limits.authFailed(request);
    return response;
}

QHttpServerResponse CollectorServer::health()
{
    // A real read and write on both files, so a corrupt, read-only or full store is not "ok".
    if (!m_store.database().probe() || !m_members.database().probe())
        return storeUnavailable();
    return json({ { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("service"), QStringLiteral("zorgstem-collector") },
                    { QStringLiteral("schemaVersion"), protocol::kSchemaVersion } },
        200);
}

QHttpServerResponse CollectorServer::surveys(const QHttpServerRequest &request)
{
    const QString region = request.query().queryItemValue(QStringLiteral("region"));
    if (region.isEmpty())
        return error(400, QStringLiteral("missing_parameter"), QStringLiteral("region is required"),
            QStringLiteral("region"));
    if (!ReferenceData::contains(ReferenceData::instance().regions, region))
        return error(404, QStringLiteral("unknown_region"),
            QStringLiteral("no region '%1'").arg(region), QStringLiteral("region"));
    QJsonArray list;
    for (const SurveyDefinition *s : m_catalog.forRegion(region))
        list.append(s->source);
    return http::withEtag(request,
        QJsonDocument(QJsonObject { { QStringLiteral("surveys"), list } })
            .toJson(QJsonDocument::Compact));
}

QHttpServerResponse CollectorServer::employers(const QString &region)
{
    if (!ReferenceData::contains(ReferenceData::instance().regions, region))
        return error(404, QStringLiteral("unknown_region"),
            QStringLiteral("no region '%1'").arg(region), QStringLiteral("region"));
    QJsonArray list;
    for (const Employer &e : m_store.employers(region))
        list.append(
            QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("name"), e.name } });
    return json(
        { { QStringLiteral("region"), region }, { QStringLiteral("employers"), list } }, 200);
}

QHttpServerResponse CollectorServer::submissions(const QHttpServerRequest &request)
{
    const quint64 faultsBefore = storeFaults();
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, protocol::kMaxBodyBytes, &refusal);
    if (!body)
        return std::move(*refusal);
    const QJsonObject &root = *body;
    const bool batch = root.contains(QLatin1String("submissions"));
    QJsonArray items;
    if (batch) {
        if (root.size() != 1 || !root.value(QLatin1String("submissions")).isArray())
            return error(400, QStringLiteral("malformed"),
                QStringLiteral("a batch is {\"submissions\": [...]} and nothing else"),
                QStringLiteral("submissions"));
        items = root.value(QLatin1String("submissions")).toArray();
        if (items.isEmpty())
            return error(422, QStringLiteral("empty_batch"), QStringLiteral("the batch is empty"),
                QStringLiteral("submissions"));
        if (items.size() > protocol::kMaxBatch)
            return error(413, QStringLiteral("batch_too_large"),
                QStringLiteral("at most %1 submissions per batch").arg(protocol::kMaxBatch),
                QStringLiteral("submissions"));
    } else {
        items.append(root);
    }
    if (auto limited = m_limits.submissions(request, int(items.size())))
        return std::move(*limited);

    // Judge every item first; store the valid ones in one transaction, each whole or not at all.
    auto judged = std::make_shared<Judged>();
    judged->batch = batch;
    QList<std::optional<ProtocolError>> &verdicts = judged->verdicts;
    QList<PreparedSubmission> valid;
    QList<Submission> &parsed = judged->parsed;
    // One lookup per employer and request (a batch names the same few employers many times).
    QHash<QString, QString> employerRegion;
    const auto employerServes = [&](const QString &employer, const QString &region) {
        auto it = employerRegion.find(employer);
        if (it == employerRegion.end()) {
            const auto found = m_store.employer(employer);
            it = employerRegion.insert(employer, found ? found->region : QString());
        }
        return !it->isEmpty() && *it == region;
    };
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    for (const QJsonValue &item : items) {
        ProtocolError e;
        const auto s = protocol::parseSubmission(item, &e);
        if (!s) {
            verdicts.append(e);
            parsed.append(Submission {});
            continue;
        }
        if (auto invalid = protocol::validateSubmission(*s, m_catalog)) {
            verdicts.append(invalid);
        } else if (!s->strata.employer.isEmpty()
            && !employerServes(s->strata.employer, s->strata.region)) {
            verdicts.append(ProtocolError { 422, QStringLiteral("unknown_employer"),
                QStringLiteral("no participating employer '%1' in region '%2'")
                    .arg(s->strata.employer, s->strata.region),
                QStringLiteral("strata.employer") });
        } else if (auto refused = m_credentials.check(*s, month)) {
            verdicts.append(refused);
        } else {
            verdicts.append(std::nullopt);
            // Hash, answers rows and scopes are computed here, off the writer's path.
            valid.append(
                CollectorStore::prepare(*s, *m_catalog.find(s->surveyId, s->surveyVersion)));
        }
        parsed.append(*s);
    }
    // A read that failed while judging (an employer, a key) may have made a verdict wrong.
    if (storeFaults() != faultsBefore)
        return storeUnavailable();
    if (valid.isEmpty())
        return answerSubmissions(*judged, {});
    // The answer waits for the commit of the group these are stored in; the responder waits
    // with the connection's other answers, and goes with the connection when the peer leaves.
    AnswerQueue *queue = AnswerQueue::of(m_responder->socket());
    const quint64 ticket = queue->hold(std::move(*m_responder));
    m_responder = nullptr;
    m_writer.submit(std::move(valid),
        [judged, queue = QPointer<AnswerQueue>(queue), ticket](
            const QList<StoreOutcome> &outcomes, bool fault) {
            if (queue)
                queue->fill(
                    ticket, fault ? storeUnavailable() : answerSubmissions(*judged, outcomes));
        });
    return QHttpServerResponse(Status::Accepted); // not sent: the responder was taken
}

QHttpServerResponse CollectorServer::answerSubmissions(
    const Judged &judged, const QList<StoreOutcome> &outcomes)
{
    const QList<std::optional<ProtocolError>> &verdicts = judged.verdicts;
    const QList<Submission> &parsed = judged.parsed;
    QJsonArray results;
    qsizetype next = 0;
    int firstStatus = 0;
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        QJsonObject result;
        int status = 0;
        if (verdicts.at(i)) {
            status = verdicts.at(i)->status;
            result = verdicts.at(i)->toJson();
        } else {
            switch (outcomes.at(next++)) {
            case StoreOutcome::Stored:
                status = 201;
                break;
            case StoreOutcome::Duplicate:
                status = 200;
                break;
            case StoreOutcome::Conflict:
            case StoreOutcome::Spent:
                status = 409;
                break;
            case StoreOutcome::Failed:
                status = 503;
                break;
            }
            if (outcomes.at(next - 1) == StoreOutcome::Spent)
                result = ProtocolError { 409, QStringLiteral("credential_spent"),
                    QStringLiteral("this credential has been used for another submission"),
                    QStringLiteral("credential") }
                             .toJson();
            else if (status == 409)
                result = ProtocolError { 409, QStringLiteral("conflict"),
                    QStringLiteral("this submissionId was stored with other content"),
                    QStringLiteral("submissionId") }
                             .toJson();
            else if (status == 503)
                result = ProtocolError { 503, QStringLiteral("store_failed"),
                    QStringLiteral("could not store it now; try again"),
                    {} }.toJson();
            else
                result.insert(QStringLiteral("receipt"), receipt(parsed.at(i)));
        }
        result.insert(QStringLiteral("status"), status);
        if (i == 0)
            firstStatus = status;
        results.append(result);
    }
    if (!judged.batch) {
        QJsonObject single = results.at(0).toObject();
        single.remove(QStringLiteral("status"));
        return json(single, firstStatus);
    }
    return json({ { QStringLiteral("results"), results } }, 200);
}

} // namespace zs
