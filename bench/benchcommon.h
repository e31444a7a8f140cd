#pragma once
// Shared helpers of the benchmarks: valid generated submissions, the collector as a child
// process, small HTTP and timing utilities. Results are printed as "RESULT key value" lines
// that bench/run collects into its table.

#include "collectorstore.h"
#include "databaselocation.h"
#include "submission.h"
#include "surveycatalog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <functional>
#include <memory>

namespace zsbench {

/// Prints "RESULT key value" (for bench/run) and flushes.
void result(const char *key, double value);
void note(const QString &line);

/// `count` valid submissions of `surveyId` filled in by zs::DemoRespondent and made anonymous
/// by zs::Anonymiser, exactly as the app would send them. strataFor(i) gives region and employer.
struct Placement
{
    QString region;
    QString employer;
};
QList<zs::Submission> makeSubmissions(const zs::SurveyDefinition &definition, int first, int count,
    quint32 seed, const std::function<Placement(int)> &strataFor);

/// The answers rows CollectorStore writes for one submission (one per option, item, value, text).
struct AnswerRow
{
    QString question;
    QVariant item, option, value, text;
};
QList<AnswerRow> answerRows(const zs::Submission &s, const zs::SurveyDefinition &definition);

/// A store's location as text (an SQLite path or a postgresql:// URL, what the collector's
/// --database reads) parsed; fatal when it is neither.
zs::DatabaseLocation location(const QString &text);

/// Where a benchmark puts its stores: SQLite files in a temporary folder, or, given the
/// postgresql:// URL of a server, a new database on that server per store. The same code then
/// measures both backends.
class Stores
{
public:
    explicit Stores(const QString &server = {});
    ~Stores();
    bool isPostgres() const { return !m_server.isEmpty(); }
    /// A new, empty store called `name` (on PostgreSQL a database made afresh, dropped first
    /// if a former run left it), as text for location() and the collector.
    QString fresh(const QString &name);

private:
    QString m_server;
    QTemporaryDir m_dir;
    QStringList m_made;
};

/// A zorgstem-collector child process on a free loopback port.
class Collector
{
public:
    /// db: an SQLite file or a postgresql:// URL (--database).
    Collector(const QString &binary, const QString &db);
    ~Collector();
    bool start(QString *error);
    void stop();
    QUrl url(const QString &path, const QString &query = {}) const;
    qint64 pid() const { return m_process.processId(); }

private:
    QString m_binary, m_db;
    QProcess m_process;
    quint16 m_port = 0;
};

/// Gives every submission that names an employer a fresh one-time credential (DESIGN §5a), the
/// way the app gets one, for the untimed setup of a benchmark: invitations are made in the
/// store `storeText` (a path or URL, as `invitations create` does; the collector may be running),
/// then redeemed over HTTP against the running collector (GET /v1/invitations and /v1/keys once per
/// employer and survey kind; per invitation blind, POST /v1/credentials, finalize), `window`
/// requests in flight. False, with *error, when a step fails.
bool addCredentials(QList<zs::Submission> *submissions, const QString &storeText,
    const Collector &collector, int window, QString *error);

/// One request with the event loop spinning until it finishes; returns the HTTP status (0 on
/// network error) and the body.
int post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
    QByteArray *reply = nullptr);
int get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &bearer,
    QByteArray *reply = nullptr);

/// A value (in kB) from /proc/PID/status, e.g. "VmHWM" or "VmRSS"; -1 if unreadable.
qint64 procStatusKb(qint64 pid, const char *field);
/// CPU time (user + system, seconds) a process used so far, from /proc/PID/stat; -1 if unreadable.
double procCpuSeconds(qint64 pid);
double median(QList<double> values);

/// Shortest usable command-line parsing: value of "--name VALUE", or fallback.
QString arg(const QStringList &args, const QString &name, const QString &fallback = {});

} // namespace zsbench
