#pragma once
// Shared helpers of the benchmarks: valid generated submissions, the collector as a child
// process, small HTTP and timing utilities. Results are printed as "RESULT key value" lines
// that bench/run collects into its table.

#include "collectorstore.h"
#include "submission.h"
#include "surveycatalog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
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

/// A zorgstem-collector child process on a free loopback port.
class Collector
{
public:
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
/// collector's file dbPath (as `invitations create` does; the collector may be running), then
/// redeemed over HTTP against the running collector (GET /v1/invitations and /v1/keys once per
/// employer and survey kind; per invitation blind, POST /v1/credentials, finalize), `window`
/// requests in flight. False, with *error, when a step fails.
bool addCredentials(QList<zs::Submission> *submissions, const QString &dbPath,
    const Collector &collector, int window, QString *error);

/// One request with the event loop spinning until it finishes; returns the HTTP status (0 on
/// network error) and the body.
int post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
    QByteArray *reply = nullptr);
int get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &bearer,
    QByteArray *reply = nullptr);

/// A value (in kB) from /proc/PID/status, e.g. "VmHWM" or "VmRSS"; -1 if unreadable.
qint64 procStatusKb(qint64 pid, const char *field);
double median(QList<double> values);

/// Shortest usable command-line parsing: value of "--name VALUE", or fallback.
QString arg(const QStringList &args, const QString &name, const QString &fallback = {});

} // namespace zsbench
