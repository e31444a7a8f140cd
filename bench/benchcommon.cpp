#include "benchcommon.h"

#include "anonymiser.h"
#include "demorunner.h"
#include "surveyengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace zsbench {

void result(const char *key, double value)
{
    std::printf("RESULT %s %.6g\n", key, value);
    std::fflush(stdout);
}

void note(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QList<zs::Submission> makeSubmissions(const zs::SurveyDefinition &definition, int first, int count,
    quint32 seed, const std::function<Placement(int)> &strataFor)
{
    zs::DemoRespondent respondent(seed + quint32(first));
    const zs::Anonymiser anonymiser;
    const zs::SurveyEngine engine(definition);
    const QDate today = QDate::currentDate();
    QList<zs::Submission> list;
    list.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const QJsonObject answers = respondent.answer(definition);
        if (const auto e = engine.validate(answers))
            qFatal("generated answers are invalid: %s",
                qPrintable(e->field + QLatin1Char(' ') + e->message));
        const Placement p = strataFor(i);
        zs::Submission s
            = anonymiser.anonymise(definition, answers, respondent.profile(p.region), today);
        s.strata.employer = p.employer; // the collector's own view: strata as stored
        list.append(s);
    }
    return list;
}

QList<AnswerRow> answerRows(const zs::Submission &s, const zs::SurveyDefinition &definition)
{
    // Mirrors CollectorStore::storeOne, so the raw inserts write the very same rows.
    QList<AnswerRow> rows;
    for (auto it = s.answers.begin(); it != s.answers.end(); ++it) {
        const QJsonValue v = it.value();
        const zs::Question *q = definition.question(it.key());
        if (v.isString() && q && q->type == zs::Question::Type::Text) {
            rows.append({ it.key(), {}, {}, {}, v.toString() });
        } else if (v.isString()) {
            rows.append({ it.key(), {}, v.toString(), {}, {} });
        } else if (v.isArray()) {
            for (const QJsonValue &o : v.toArray())
                rows.append({ it.key(), {}, o.toString(), {}, {} });
        } else if (v.isObject()) {
            const QJsonObject items = v.toObject();
            for (auto item = items.begin(); item != items.end(); ++item)
                rows.append({ it.key(), item.key(), {}, item.value().toInt(), {} });
        } else if (v.isDouble()) {
            rows.append({ it.key(), {}, {}, v.toInt(), {} });
        }
    }
    return rows;
}

Collector::Collector(const QString &binary, const QString &db)
    : m_binary(binary)
    , m_db(db)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

Collector::~Collector()
{
    stop();
}

bool Collector::start(QString *error)
{
    m_process.start(m_binary,
        { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), m_db, QStringLiteral("--rate-limits"), QStringLiteral("off") });
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    *error
        = QStringLiteral("the collector did not report its port: %1").arg(QString::fromUtf8(out));
    return false;
}

void Collector::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl Collector::url(const QString &path, const QString &query) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

namespace {

int finish(QNetworkReply *reply, QByteArray *body)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
}

} // namespace

int post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body, QByteArray *reply)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    return finish(nam.post(request, body), reply);
}

int get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &bearer, QByteArray *reply)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearer);
    request.setTransferTimeout(60000);
    return finish(nam.get(request), reply);
}

qint64 procStatusKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace zsbench
