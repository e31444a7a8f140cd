#include "collectorcli.h"

#include "auditcommands.h"
#include "clisupport.h"
#include "collectorlistener.h"
#include "collectorserver.h"
#include "collectorstore.h"
#include "invitationcommands.h"
#include "memberstore.h"
#include "referencedata.h"
#include "regionalstore.h"
#include "release.h"
#include "tokencommands.h"
#include "wirelimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace zs {

using namespace cli;

namespace {

// serve's exit codes besides 0 and 2 (usage, cannot open or listen), for an operator's scripts.
constexpr int kExitCorruptStore = 3; // PRAGMA quick_check found damage: restore a backup
constexpr int kExitLocked = 4; // another collector serves this file

int refuse(int code, const QString &message)
{
    QTextStream(stderr) << "zorgstem-collector: " << message << "\n";
    return code;
}

/// Takes the one-writer lock FILE.lock of a database file; on failure the exit code (with a
/// message). The lock of a process that died is stale and taken over; a live one's never is.
std::optional<int> lockFailure(QLockFile &lock, const QString &file)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return std::nullopt;
    if (lock.error() != QLockFile::LockFailedError)
        return usage(QStringLiteral("cannot create the lock file %1.lock").arg(file));
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    return refuse(kExitLocked,
        QStringLiteral("another collector (process %1) is serving %2; stop it first (lock %2.lock)")
            .arg(pid)
            .arg(file));
}

bool loadExtraSurveys(const QString &dir, SurveyCatalog *catalog, QString *error)
{
    const QDir d(dir);
    if (!d.exists()) {
        *error = QStringLiteral("surveys folder %1 does not exist").arg(dir);
        return false;
    }
    for (const QString &name : d.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return false;
        }
        QString problem;
        const auto def = SurveyDefinition::parse(f.readAll(), &problem);
        if (!def || !catalog->add(*def, &problem)) {
            *error = QStringLiteral("%1: %2").arg(name, problem);
            return false;
        }
    }
    return true;
}

/// The rate-limit options of `serve` (issue 7), added to p.
void addRateLimitOptions(QCommandLineParser &p)
{
    const RateLimitOptions d;
    const auto n = [](double v) {
        return QString::number(v);
    };
    p.addOptions({ { QStringLiteral("rate-limits"),
                       QStringLiteral("per-address limits: on (default), or off behind a trusted "
                                      "proxy that limits on its own"),
                       QStringLiteral("on|off") },
        { QStringLiteral("submission-burst"),
            QStringLiteral("submission items at once per address (default %1)")
                .arg(n(d.submissionBurst)),
            QStringLiteral("n") },
        { QStringLiteral("submissions-per-hour"),
            QStringLiteral("submission items per hour after it (default %1)")
                .arg(n(d.submissionsPerHour)),
            QStringLiteral("n") },
        { QStringLiteral("write-burst"),
            QStringLiteral("reactions, supports, ideas, joins at once (default %1)")
                .arg(n(d.writeBurst)),
            QStringLiteral("n") },
        { QStringLiteral("writes-per-hour"),
            QStringLiteral("of those per hour after it (default %1)").arg(n(d.writesPerHour)),
            QStringLiteral("n") },
        { QStringLiteral("auth-burst"),
            QStringLiteral("wrong bearer tokens at once (default %1)").arg(n(d.authBurst)),
            QStringLiteral("n") },
        { QStringLiteral("auth-failures-per-hour"),
            QStringLiteral("wrong bearer tokens per hour after it (default %1)")
                .arg(n(d.authFailuresPerHour)),
            QStringLiteral("n") } });
}

/// Reads the rate-limit options; false (with *error) when one is not valid.
bool readRateLimitOptions(const QCommandLineParser &p, RateLimitOptions *o, QString *error)
{
    const QString mode = p.value(QStringLiteral("rate-limits"));
    if (!mode.isEmpty() && mode != QLatin1String("on") && mode != QLatin1String("off")) {
        *error = QStringLiteral("--rate-limits must be on or off");
        return false;
    }
    o->enabled = mode != QLatin1String("off");
    const std::pair<const char *, double *> sizes[] = { { "submission-burst", &o->submissionBurst },
        { "submissions-per-hour", &o->submissionsPerHour }, { "write-burst", &o->writeBurst },
        { "writes-per-hour", &o->writesPerHour }, { "auth-burst", &o->authBurst },
        { "auth-failures-per-hour", &o->authFailuresPerHour } };
    for (const auto &[name, value] : sizes) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        const int v = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok || v < 1 || v > 100000000) {
            *error = QStringLiteral("--%1 must be a whole number of at least 1")
                         .arg(QLatin1String(name));
            return false;
        }
        *value = v;
    }
    return true;
}

/// Reads the listener options; false (with *error) when one is not a positive number.
bool listenerLimits(const QCommandLineParser &p, ListenerLimits *limits, QString *error)
{
    const auto number = [&](const char *name, double minimum, double *value) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const double v = p.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || v < minimum || v > 1e12) {
            *error = QStringLiteral("--%1 must be a number of at least %2")
                         .arg(QLatin1String(name))
                         .arg(minimum);
            return false;
        }
        *value = v;
        return true;
    };
    double connections = limits->maxConnections;
    double idle = limits->idleTimeoutMs / 1000.0;
    double header = limits->headerTimeoutMs / 1000.0;
    double headerBytes = double(limits->maxHeaderBytes);
    double bodyBytes = double(limits->maxBodyBytes);
    if (!number("max-connections", 1, &connections) || !number("idle-timeout", 0.1, &idle)
        || !number("header-timeout", 0.1, &header)
        || !number("max-header-bytes", 1024, &headerBytes)
        || !number("max-body-bytes", 1024, &bodyBytes))
        return false;
    limits->maxConnections = int(std::min(connections, 1e6));
    limits->idleTimeoutMs = int(std::min(idle, 1e6) * 1000);
    limits->headerTimeoutMs = int(std::min(header, 1e6) * 1000);
    limits->maxHeaderBytes = qsizetype(std::min(headerBytes, 1e8));
    limits->maxBodyBytes = qint64(std::min(bodyBytes, 1e11));
    return true;
}

/// The TLS configuration of --tls-cert and --tls-key; nullopt (with *error) when unreadable.
std::optional<QSslConfiguration> tlsConfiguration(
    const QString &certFile, const QString &keyFile, QString *error)
{
    QFile certIn(certFile);
    QFile keyIn(keyFile);
    if (!certIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --tls-cert %1").arg(certFile);
        return std::nullopt;
    }
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --tls-key %1").arg(keyFile);
        return std::nullopt;
    }
    // The file may hold the server certificate followed by its intermediate CAs.
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certIn.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("--tls-cert %1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }
    const QByteArray keyData = keyIn.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("--tls-key %1 holds no unencrypted PEM RSA or EC key").arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

/// The write end of the self-pipe: a signal handler may only write(2).
int g_stopPipe[2] = { -1, -1 };

void onStopSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_stopPipe[1], &byte, 1);
}

/// On SIGTERM or SIGINT: stop accepting, let the requests in flight finish (at most
/// kStopGraceMs), checkpoint the WAL and leave the event loop with 0.
constexpr int kStopGraceMs = 10000;

void installGracefulStop(CollectorServer &server, CollectorStore &store)
{
    if (::pipe2(g_stopPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, &server);
    QObject::connect(notifier, &QSocketNotifier::activated, &server, [notifier, &server, &store] {
        char byte = 0;
        while (::read(g_stopPipe[0], &byte, 1) > 0) { }
        notifier->setEnabled(false);
        if (ListenerCore *listener = server.listener())
            listener->stop();
        const QDeadlineTimer deadline(kStopGraceMs);
        auto *poll = new QTimer(&server);
        QObject::connect(poll, &QTimer::timeout, &server, [&server, &store, deadline] {
            ListenerCore *listener = server.listener();
            // An answer that waits for the writer's commit counts as a request in flight.
            if (listener && (listener->busyConnections() > 0 || server.pendingAnswers() > 0)
                && !deadline.hasExpired())
                return;
            // Leaves the data in the main file: a backup of the .db alone is then complete.
            if (!store.database().checkpoint())
                QTextStream(stderr) << "zorgstem-collector: WAL checkpoint failed: "
                                    << store.database().errorString() << "\n";
            QCoreApplication::exit(0);
        });
        poll->start(20);
    });
}

/// --k, --epsilon and --retention-months, which serve and `releases cut` share.
QList<QCommandLineOption> releaseOptionList()
{
    return { { QStringLiteral("k"),
                 QStringLiteral("smallest release, and smallest group shown in one (default 10, "
                                "at least 5)"),
                 QStringLiteral("n") },
        { QStringLiteral("epsilon"),
            QStringLiteral("noise per published count (default 1.0, from 0.1 to 2; smaller is "
                           "more private)"),
            QStringLiteral("e") },
        { QStringLiteral("retention-months"),
            QStringLiteral("months after which raw answers of released responses are deleted "
                           "(default 24)"),
            QStringLiteral("n") } };
}

/// Reads --k, --epsilon and --retention-months; a value is the exit code to end with.
std::optional<int> releaseOptions(
    const QCommandLineParser &p, releases::Parameters *parameters, int *retentionMonths)
{
    if (p.isSet(QStringLiteral("k"))) {
        bool ok = false;
        parameters->k = p.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || parameters->k < protocol::limits::kMinimumK)
            return usage(QStringLiteral("--k must be a whole number of at least %1")
                             .arg(protocol::limits::kMinimumK));
    }
    if (p.isSet(QStringLiteral("epsilon"))) {
        bool ok = false;
        parameters->epsilon = p.value(QStringLiteral("epsilon")).toDouble(&ok);
        if (!ok || parameters->epsilon < 0.1 || parameters->epsilon > 2)
            return usage(QStringLiteral("--epsilon must be a number from 0.1 to 2"));
    }
    if (p.isSet(QStringLiteral("retention-months"))) {
        bool ok = false;
        *retentionMonths = p.value(QStringLiteral("retention-months")).toInt(&ok);
        if (!ok || *retentionMonths < 1)
            return usage(QStringLiteral("--retention-months must be a whole number of at least 1"));
    }
    return std::nullopt;
}

int serve(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("listen"),
                       QStringLiteral("HOST:PORT to listen on (port 0: any free port)"),
                       QStringLiteral("address") },
        { QStringLiteral("surveys"), QStringLiteral("extra survey definitions"),
            QStringLiteral("dir") },
        { QStringLiteral("members-db"),
            QStringLiteral("SQLite file or PostgreSQL URL for panel membership (default: the "
                           "--db file + .members; on PostgreSQL the schema 'members' of the "
                           "--database)"),
            QStringLiteral("file|url") },
        { QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain): serve HTTPS"),
            QStringLiteral("file") },
        { QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert"),
            QStringLiteral("file") },
        { QStringLiteral("max-connections"),
            QStringLiteral("open connections at most (default 4096); more wait"),
            QStringLiteral("n") },
        { QStringLiteral("idle-timeout"),
            QStringLiteral("seconds without a byte before a connection is closed (default 60)"),
            QStringLiteral("seconds") },
        { QStringLiteral("header-timeout"),
            QStringLiteral("seconds a request's headers may take (default 10)"),
            QStringLiteral("seconds") },
        { QStringLiteral("max-header-bytes"),
            QStringLiteral("request line and headers at most (default 16384)"),
            QStringLiteral("n") },
        { QStringLiteral("max-body-bytes"),
            QStringLiteral("request body at most (default 4194304)"), QStringLiteral("n") },
        { QStringLiteral("commit-window-ms"),
            QStringLiteral("how long the submission writer waits for more submissions to store "
                           "in the same commit (default 0: it stores what is queued as soon as "
                           "it is free)"),
            QStringLiteral("ms") } });
    p.addOptions(storeOptions());
    p.addOptions(releaseOptionList());
    addRateLimitOptions(p);
    if (const auto done = prepare(p, args, QStringLiteral("serve")))
        return *done;
    RateLimitOptions rateLimits;
    if (QString problem; !readRateLimitOptions(p, &rateLimits, &problem))
        return usage(problem);
    int exitCode = kExitOk;
    const auto location = storeLocation(p, StoreMustExist::No, &exitCode);
    if (!location)
        return exitCode;
    const QString where = location->toString();
    const QString listen = p.value(QStringLiteral("listen")).isEmpty()
        ? QStringLiteral("127.0.0.1:8080")
        : p.value(QStringLiteral("listen"));
    static const QRegularExpression hostPort(QStringLiteral("^(.+):(\\d{1,5})$"));
    const auto match = hostPort.match(listen);
    const QHostAddress address(match.captured(1));
    const int port = match.captured(2).toInt();
    if (!match.hasMatch() || address.isNull() || port > 65535)
        return usage(
            QStringLiteral("--listen must be HOST:PORT with a numeric host, e.g. 127.0.0.1:8080"));
    releases::Parameters parameters;
    int retentionMonths = 24;
    if (const auto done = releaseOptions(p, &parameters, &retentionMonths))
        return *done;
    const int k = parameters.k;
    ListenerLimits limits;
    QString error;
    if (!listenerLimits(p, &limits, &error))
        return usage(error);
    // 1,000 idle clients must not exhaust the descriptors: take what the system allows, and
    // keep room for the database files and the connections waiting to be admitted.
    const qint64 openFiles = raiseOpenFileLimit();
    if (openFiles > 0)
        limits.maxConnections = int(std::clamp<qint64>(openFiles - 128, 1, limits.maxConnections));
    std::optional<QSslConfiguration> tls;
    if (p.isSet(QStringLiteral("tls-cert")) != p.isSet(QStringLiteral("tls-key")))
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));
    if (p.isSet(QStringLiteral("tls-cert"))) {
        tls = tlsConfiguration(
            p.value(QStringLiteral("tls-cert")), p.value(QStringLiteral("tls-key")), &error);
        if (!tls)
            return usage(error);
    }
    SurveyCatalog catalog = SurveyCatalog::builtIn();
    if (p.isSet(QStringLiteral("surveys"))
        && !loadExtraSurveys(p.value(QStringLiteral("surveys")), &catalog, &error))
        return usage(error);
    // One writer per SQLite file: a second serve would interleave its writes with ours. Several
    // collectors may serve one PostgreSQL database: its unique keys and locks order them.
    QLockFile lock(location->path + QStringLiteral(".lock"));
    if (const auto failed = location->isPostgres() ? std::nullopt : lockFailure(lock, where))
        return *failed;
    CollectorStore store(*location);
    if (!store.isOpen() && store.database().isDamaged())
        return refuse(kExitCorruptStore,
            QStringLiteral("the database %1 is damaged (%2); not serving it: restore a backup")
                .arg(where, store.errorString()));
    if (!store.isOpen())
        return usage(store.errorString());
    if (const QString problem = store.database().integrityProblem(); !problem.isEmpty())
        return refuse(kExitCorruptStore,
            QStringLiteral("the database %1 is damaged (%2); not serving it: restore a backup")
                .arg(where, problem));
    // Panel membership is identified data: it lives in its own file, or its own PostgreSQL
    // schema with no key into the responses (DESIGN §5 rule 7).
    DatabaseLocation membersLocation = location->isPostgres()
        ? location->withSchema(QStringLiteral("members"))
        : DatabaseLocation::sqliteFile(location->path + QStringLiteral(".members"));
    if (p.isSet(QStringLiteral("members-db"))) {
        const auto given = DatabaseLocation::parse(p.value(QStringLiteral("members-db")), &error);
        if (!given)
            return usage(QStringLiteral("--members-db: ") + error);
        membersLocation = *given;
    }
    const QString membersPath = membersLocation.toString();
    // The member file has one writer too (it may be given apart from --db).
    QLockFile membersLock(membersLocation.path + QStringLiteral(".lock"));
    if (const auto failed
        = membersLocation.isPostgres() ? std::nullopt : lockFailure(membersLock, membersPath))
        return *failed;
    MemberStore members(membersLocation);
    if (!members.isOpen() && members.database().isDamaged())
        return refuse(kExitCorruptStore,
            QStringLiteral("the member database %1 is damaged (%2); not serving it")
                .arg(membersPath, members.errorString()));
    if (!members.isOpen())
        return usage(members.errorString());
    if (const QString problem = members.database().integrityProblem(); !problem.isEmpty())
        return refuse(kExitCorruptStore,
            QStringLiteral(
                "the member database %1 is damaged (%2); not serving it: restore a backup")
                .arg(membersPath, problem));
    // k and epsilon may only be made stricter once a release exists (DESIGN §5 rule 10).
    if (const QString weaker = store.releases().refusal(parameters); !weaker.isEmpty())
        return usage(weaker);
    CollectorServer server(store, members, catalog, parameters);
    server.setRateLimits(rateLimits);
    GroupCommitOptions groupCommit;
    if (p.isSet(QStringLiteral("commit-window-ms"))) {
        bool ok = false;
        const double ms = p.value(QStringLiteral("commit-window-ms")).toDouble(&ok);
        if (!ok || ms < 0 || ms > 1000)
            return usage(QStringLiteral("--commit-window-ms must be a number from 0 to 1000"));
        groupCommit.window = std::chrono::microseconds(qint64(ms * 1000));
    }
    if (!server.load(&error, groupCommit))
        return usage(error);
    // At each month boundary every pool of at least k becomes a release. The first start only
    // notes the month; the check runs now (before listening) and every ten minutes, then on a
    // thread of its own so requests are answered meanwhile (issue 12).
    auto *monthly = new QTimer(&server);
    auto cutting = std::make_shared<bool>(false);
    const auto cutAtMonthBoundary = [&server, &store, retentionMonths, cutting](bool background) {
        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        const QString last = store.releases().lastCutMonth();
        if (last == month || *cutting)
            return;
        const auto noteCut = [&store, month](std::optional<int> made) {
            if (!made) {
                qWarning("the monthly release cut failed (tried again at the next check)");
                return;
            }
            std::printf("zorgstem-collector: %d release(s) cut at the start of %s\n", *made,
                qPrintable(month));
            std::fflush(stdout);
            if (!store.releases().setLastCutMonth(month))
                qWarning("could not note the month of the release cut");
        };
        if (last.isEmpty()) {
            if (!store.releases().setLastCutMonth(month))
                qWarning("could not note the month of the release cut");
        } else if (background) {
            *cutting = true;
            server.cutReleasesInBackground(retentionMonths, [noteCut, cutting](auto made) {
                *cutting = false;
                noteCut(made);
            });
        } else {
            noteCut(server.cutReleases(retentionMonths));
        }
    };
    QObject::connect(
        monthly, &QTimer::timeout, &server, [cutAtMonthBoundary] { cutAtMonthBoundary(true); });
    // Once a day (at the first check after midnight) the response tables are written again in
    // key order, so the order of the day's arrivals is not kept past its end (PostgreSQL;
    // DESIGN §5 rule 4). Each cut does it too.
    auto rewritten = std::make_shared<QDate>(QDate::currentDate());
    auto rewriting = std::make_shared<bool>(false);
    QObject::connect(monthly, &QTimer::timeout, &server, [&server, &store, rewritten, rewriting] {
        const QDate today = QDate::currentDate();
        if (*rewritten == today || *rewriting || !store.database().isPostgres())
            return;
        *rewriting = true;
        server.forgetArrivalOrderInBackground([rewritten, rewriting, today](bool ok) {
            *rewriting = false;
            if (ok)
                *rewritten = today;
            else
                qWarning("the daily rewrite in key order failed (tried again at the next check)");
        });
    });
    monthly->start(10 * 60 * 1000);
    cutAtMonthBoundary(false);
    const quint16 bound = server.listen(address, quint16(port), limits, tls, &error);
    if (bound == 0)
        return usage(QStringLiteral("cannot listen on %1: %2").arg(listen, error));
    // Tests and scripts read this line to learn the port.
    std::printf("zorgstem-collector listening on %s://%s:%u (k=%d)\n", tls ? "https" : "http",
        qPrintable(address.toString()), unsigned(bound), k);
    std::fflush(stdout);
    installGracefulStop(server, store);
    return QCoreApplication::exec();
}

/// Prints the help of one command, as `COMMAND --help` would.
void printHelp(const cli::Command &command)
{
    command.run({ QStringLiteral("zorgstem-collector"), QStringLiteral("--help") });
}

/// `--help`, `help` and `help COMMAND` (or a group such as `help employer`).
int help(const QStringList &words)
{
    const QString wanted = words.join(QLatin1Char(' '));
    QTextStream out(stdout);
    if (wanted.isEmpty()) {
        out << "zorgstem-collector: the Zorgstem collector (API v1) and its operator commands\n\n"
               "usage: zorgstem-collector COMMAND [options]\n"
               "       zorgstem-collector help COMMAND\n\ncommands:\n";
        for (const cli::Command &c : cli::commands())
            out << "  " << c.name.leftJustified(26) << c.summary << "\n";
        out << "\nexit codes: 0 done, 1 the store failed, 2 bad usage, 3 already exists, "
               "4 not found\n";
    }
    bool found = false;
    for (const cli::Command &c : cli::commands()) {
        if (wanted.isEmpty() || c.name == wanted || c.name.startsWith(wanted + QLatin1Char(' '))) {
            if (wanted.isEmpty() || found)
                out << "\n"; // a blank line between commands
            out.flush();
            printHelp(c);
            found = true;
        }
    }
    if (!found)
        return usage(QStringLiteral("no command '%1'").arg(wanted));
    return cli::kExitOk;
}

int releasesCut(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(storeOptions());
    p.addOption({ QStringLiteral("surveys"), QStringLiteral("extra survey definitions"),
        QStringLiteral("dir") });
    p.addOptions(releaseOptionList());
    if (const auto done = prepare(p, args, QStringLiteral("releases cut")))
        return *done;
    int exitCode = kExitOk;
    const auto location = storeLocation(p, StoreMustExist::Yes, &exitCode);
    if (!location)
        return exitCode;
    releases::Parameters parameters;
    int retentionMonths = 24;
    if (const auto done = releaseOptions(p, &parameters, &retentionMonths))
        return *done;
    SurveyCatalog catalog = SurveyCatalog::builtIn();
    QString error;
    if (p.isSet(QStringLiteral("surveys"))
        && !loadExtraSurveys(p.value(QStringLiteral("surveys")), &catalog, &error))
        return usage(error);
    // Works beside a running serve: the cut is one write transaction, and serve reads releases
    // from the file for every report, so the new ones are served at once.
    CollectorStore store(*location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    for (const auto &[panelId, json] : RegionalStore(store.database()).rounds()) {
        QString problem;
        if (auto def = SurveyDefinition::parse(json, &problem))
            catalog.add(*def, &problem);
    }
    if (const QString weaker = store.releases().refusal(parameters); !weaker.isEmpty())
        return usage(weaker);
    bool rewritten = false;
    const auto made = store.cutReleases(catalog, parameters, retentionMonths, &rewritten);
    if (!made)
        return fail(
            kExitFailed, QStringLiteral("could not cut releases: %1").arg(store.errorString()));
    if (!rewritten)
        return fail(kExitFailed,
            QStringLiteral("releases cut, but the tables were not written again in key order: %1")
                .arg(store.errorString()));
    QTextStream(stderr) << *made << " release(s) cut (k = " << parameters.k
                        << ", epsilon = " << parameters.epsilon << ")\n";
    QTextStream(stdout) << *made << "\n";
    return kExitOk;
}

} // namespace

namespace cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { QStringLiteral("serve"),
            QStringLiteral("Serve API v1 over HTTP or HTTPS. Exits 2 on bad options or when it "
                           "cannot open a file or listen, 3 when a database file is damaged "
                           "(PRAGMA quick_check), 4 when another collector serves the same --db "
                           "(FILE.lock)."),
            serve },
        { QStringLiteral("employer add"),
            QStringLiteral("Register a participating employer; prints its report token."),
            employerAdd },
        { QStringLiteral("employer list"),
            QStringLiteral("List employers and whether their token is active (never a token)."),
            employerList },
        { QStringLiteral("employer rotate-token"),
            QStringLiteral("Print a new token for an employer; the old one stops at once."),
            employerRotate },
        { QStringLiteral("employer revoke"),
            QStringLiteral(
                "Revoke an employer's token at once (submissions naming it still count)."),
            employerRevoke },
        { QStringLiteral("coordinator add"),
            QStringLiteral("Add a coordinator for a region; prints its token (its id on stderr)."),
            coordinatorAdd },
        { QStringLiteral("coordinator list"),
            QStringLiteral("List coordinators: id, region and whether the token is active."),
            coordinatorList },
        { QStringLiteral("coordinator rotate-token"),
            QStringLiteral("Print a new token for a coordinator; the old one stops at once."),
            coordinatorRotate },
        { QStringLiteral("coordinator revoke"),
            QStringLiteral("Revoke a coordinator's token at once."), coordinatorRevoke },
        { QStringLiteral("releases cut"),
            QStringLiteral("Cut every pending pool of at least k responses into a release now "
                           "(serve does it at each month boundary); works while serve runs and "
                           "prints how many were made."),
            releasesCut },
        { QStringLiteral("invitations create"),
            QStringLiteral("Make one-time invitation codes for an employer's exit or retention "
                           "survey; prints each code on its own line (and --sheet writes a PDF "
                           "with a QR code per code)."),
            invitationsCreate },
        { QStringLiteral("invitations list"),
            QStringLiteral("Count an employer's invitations per month: issued, redeemed and "
                           "expired (never a code)."),
            invitationsList },
        { QStringLiteral("audit"),
            QStringLiteral("Print the audit log, newest first: what employer and coordinator "
                           "tokens were used for (day, region, actor, action, subject, count; "
                           "never a respondent or an address)."),
            auditList },
    };
    return list;
}

} // namespace cli

int runCollectorCli(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h"))
        return help({});
    if (first == QLatin1String("help"))
        return help(args.mid(1));
    // The longest command name that the words start with: "employer add" before "employer".
    for (const int words : { 2, 1 }) {
        const QString name = args.mid(0, words).join(QLatin1Char(' '));
        for (const cli::Command &c : cli::commands()) {
            if (args.size() >= words && c.name == name)
                return c.run(QStringList { arguments.value(0) } + args.mid(words));
        }
    }
    return usage(args.isEmpty()
            ? QStringLiteral("no command given")
            : QStringLiteral("unknown command '%1'").arg(args.mid(0, 2).join(QLatin1Char(' '))));
}

} // namespace zs
