#pragma once

#include "collectorlistener.h"
#include "collectorstore.h"
#include "coordinatorroutes.h"
#include "credentialroutes.h"
#include "memberstore.h"
#include "ratelimiter.h"
#include "regionalroutes.h"
#include "reportroutes.h"
#include "sessionroutes.h"
#include "submissionwriter.h"
#include "surveycatalog.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>
#include <optional>

namespace zs {

class CollectorServer;

/// One route of API v1: a method and a path pattern in which "<arg>" stands for one path
/// segment, and the handler that gets those segments in order.
struct Route
{
    QHttpServerRequest::Method method;
    QString path;
    using Handler = QHttpServerResponse (*)(
        CollectorServer &server, const QStringList &args, const QHttpServerRequest &request);
    Handler handle;
};

/// The collector's HTTP API v1 (DESIGN §4): routes that parse, check and hand over to the store.
class CollectorServer : public QObject
{
    Q_OBJECT
public:
    CollectorServer(CollectorStore &store, MemberStore &members, SurveyCatalog catalog,
        const releases::Parameters &parameters, QObject *parent = nullptr);

    /// Seeds example actions, loads published panel rounds and starts the submission writer
    /// (its own connection to the store's file); false (with *error) on failure.
    bool load(QString *error, const GroupCommitOptions &groupCommit = {});

    /// Listens on address:port (0 = any free port); returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    /// Listens through the collector's own listener (limits; TLS when tls is set); returns the
    /// port, 0 on failure (with *error).
    quint16 listen(const QHostAddress &address, quint16 port, const ListenerLimits &limits,
        const std::optional<QSslConfiguration> &tls, QString *error);
    /// The listener of the last successful listen(), for the graceful stop; null before.
    ListenerCore *listener() const { return m_listener; }

    /// The error shape of every refusal: {"error": {"code", "message", "field"}}.
    static QHttpServerResponse error(
        int status, const QString &code, const QString &message, const QString &field = {});

    /// Every route of API v1, in one table: the server is built from it, and a request that
    /// matches none of them is 405 when its path is in the table (another method) and 404 when
    /// not.
    static const QList<Route> &routes();
    /// True when some route of the table has this path (with any method).
    static bool knowsPath(const QString &path);
    /// The answer when a store fails (a read or a write): 503 store_unavailable.
    static QHttpServerResponse storeUnavailable();

    /// Cuts every pool of at least k into a release now (the monthly cut, and `releases cut`
    /// through its own store); the number made, nullopt on a store fault.
    std::optional<int> cutReleases(int retentionMonths);
    /// The same on a thread of its own with its own connection, so requests are answered
    /// meanwhile; done(made) runs on this object's thread.
    void cutReleasesInBackground(
        int retentionMonths, const std::function<void(std::optional<int>)> &done);
    /// CollectorStore::forgetArrivalOrder() on a thread of its own (serve, once a day);
    /// done(ok) runs on this object's thread.
    void forgetArrivalOrderInBackground(const std::function<void(bool)> &done);
    /// Waits for a background cut still running.
    ~CollectorServer() override;
    /// The survey definitions served, panel rounds included.
    const SurveyCatalog &catalog() const { return m_catalog; }

    /// Requests whose answer waits for the writer's commit (for the graceful stop).
    int pendingAnswers() const { return m_writer.pending(); }

    /// Replaces the rate limits (defaults: on, RateLimitOptions); call before listen().
    void setRateLimits(const RateLimitOptions &options) { m_limits = RateLimits(options); }

private:
    void addRoutes();
    /// Runs a route's handler behind the failed-authentication limit; its answer is replaced by
    /// 503 when the stores hit a fault meanwhile.
    void run(Route::Handler handle, const QStringList &args, const QHttpServerRequest &request,
        QHttpServerResponder &&responder);
    quint64 storeFaults();
    QHttpServerResponse health();
    QHttpServerResponse surveys(const QHttpServerRequest &request);
    QHttpServerResponse employers(const QString &region);
    /// POST /v1/submissions: parses and judges every item here, hands the valid ones to the
    /// writer and answers after their commit (it takes the request's responder).
    QHttpServerResponse submissions(const QHttpServerRequest &request);
    /// What a submissions request's items were judged to be, kept until their commit.
    struct Judged
    {
        bool batch = false;
        QList<std::optional<ProtocolError>> verdicts; ///< nullopt: valid, given to the store
        QList<Submission> parsed;
    };
    /// The answer to a submissions request once the store's outcomes of its valid items are in.
    static QHttpServerResponse answerSubmissions(
        const Judged &judged, const QList<StoreOutcome> &outcomes);
    /// A route where a wrong value (an invitation code, a member secret) is a guess: a peer
    /// with too many wrong ones waits, like one with wrong tokens; 404 counts as wrong.
    QHttpServerResponse guarded(
        const QHttpServerRequest &request, const std::function<QHttpServerResponse()> &handle);

    CollectorStore &m_store;
    MemberStore &m_members;
    SurveyCatalog m_catalog;
    RegionalRoutes m_regional;
    CredentialRoutes m_credentials;
    ReportRoutes m_reports;
    CoordinatorRoutes m_coordination;
    SessionRoutes m_session;
    releases::Parameters m_parameters;
    RateLimits m_limits;
    QHttpServer m_server;
    ListenerCore *m_listener = nullptr;
    /// The responder of the request being handled; a handler that answers later takes it.
    QHttpServerResponder *m_responder = nullptr;
    SubmissionWriter m_writer;
    QPointer<QThread> m_cutThread;
    QPointer<QThread> m_rewriteThread;
    /// Runs work with a store of its own (Qt SQL connections may not change threads) on a
    /// thread; done(result) runs on this object's thread.
    QThread *inBackground(const std::function<std::optional<int>(CollectorStore &)> &work,
        const std::function<void(std::optional<int>)> &done);
};

} // namespace zs
