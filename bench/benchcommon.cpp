#include "benchcommon.h"

#include "anonymiser.h"
#include "blindrsa.h"
#include "credential.h"
#include "demorunner.h"
#include "surveyengine.h"
#include "wirelimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

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

zs::DatabaseLocation location(const QString &text)
{
    QString error;
    const auto parsed = zs::DatabaseLocation::parse(text, &error);
    if (!parsed)
        qFatal("not a store: %s: %s", qPrintable(text), qPrintable(error));
    return *parsed;
}

namespace {

const QString kAdminConnection = QStringLiteral("zsbench-admin");

void adminExec(const QString &server, const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::contains(kAdminConnection)
        ? QSqlDatabase::database(kAdminConnection)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    if (!db.isOpen()) {
        location(server).applyTo(db);
        if (!db.open())
            qFatal(
                "cannot connect to %s: %s", qPrintable(server), qPrintable(db.lastError().text()));
    }
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

} // namespace

Stores::Stores(const QString &server)
    : m_server(server)
{
    if (isPostgres() && !location(server).isPostgres())
        qFatal("not a postgresql:// URL: %s", qPrintable(server));
}

Stores::~Stores()
{
    for (const QString &name : std::as_const(m_made))
        adminExec(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QString Stores::fresh(const QString &name)
{
    if (!isPostgres())
        return m_dir.filePath(name + QStringLiteral(".db"));
    const QString database = QStringLiteral("zs_bench_") + name;
    adminExec(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    adminExec(m_server, QStringLiteral("CREATE DATABASE %1").arg(database));
    m_made.append(database);
    zs::DatabaseLocation l = location(m_server);
    l.database = database;
    return l.toString();
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
            QStringLiteral("--database"), m_db, QStringLiteral("--rate-limits"),
            QStringLiteral("off") });
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

bool addCredentials(QList<zs::Submission> *submissions, const QString &storeText,
    const Collector &collector, int window, QString *error)
{
    // The submissions of each employer and survey kind, and as many invitations for them.
    QMap<std::pair<QString, QString>, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < submissions->size(); ++i) {
        const zs::Submission &s = submissions->at(i);
        if (!s.strata.employer.isEmpty())
            groups[{ s.strata.employer, s.surveyId }].append(i);
    }
    struct Job
    {
        qsizetype submission = 0;
        QString code;
        const zs::blindrsa::PublicKey *key = nullptr;
        QString keyId;
        QByteArray token;
        zs::blindrsa::Blinding blinding;
    };
    QList<Job> jobs;
    std::vector<std::unique_ptr<zs::blindrsa::PublicKey>> keys; // stable addresses for the jobs
    QNetworkAccessManager nam;
    {
        zs::CollectorStore store(location(storeText));
        if (!store.isOpen()) {
            *error = store.errorString();
            return false;
        }
        for (auto g = groups.begin(); g != groups.end(); ++g) {
            const auto &[employer, survey] = g.key();
            QStringList codes;
            while (codes.size() < g.value().size()) {
                const auto made = store.credentials().createInvitations(employer, survey,
                    int(std::min<qsizetype>(g.value().size() - codes.size(),
                        zs::protocol::limits::kMaxInvitationBatch)),
                    QDate::currentDate().addDays(30));
                if (!made) {
                    *error = QStringLiteral("invitations for %1: %2")
                                 .arg(employer, store.errorString());
                    return false;
                }
                codes += *made;
            }
            // The key the invitations name, as the app finds it.
            QByteArray body;
            zs::ProtocolError e;
            if (get(nam, collector.url(QStringLiteral("/v1/invitations/") + codes.first()), {},
                    &body)
                != 200) {
                *error = QStringLiteral("GET /v1/invitations: ") + QString::fromUtf8(body);
                return false;
            }
            const auto invitation
                = zs::InvitationInfo::fromJson(QJsonDocument::fromJson(body).object(), &e);
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("employer"), employer);
            query.addQueryItem(QStringLiteral("survey"), survey);
            get(nam, collector.url(QStringLiteral("/v1/keys"), query.toString()), {}, &body);
            std::optional<zs::blindrsa::PublicKey> key;
            for (const QJsonValue &k :
                QJsonDocument::fromJson(body)[QLatin1String("keys")].toArray()) {
                const auto published = zs::IssuerKey::fromJson(k, &e);
                if (invitation && published && published->keyId == invitation->keyId)
                    key = zs::blindrsa::PublicKey::fromSpki(published->spki);
            }
            if (key)
                keys.push_back(std::make_unique<zs::blindrsa::PublicKey>(*key));
            if (!key) {
                *error = QStringLiteral("no key for %1 %2: %3")
                             .arg(employer, survey, QString::fromUtf8(body));
                return false;
            }
            for (qsizetype n = 0; n < g.value().size(); ++n)
                jobs.append(Job {
                    g.value().at(n), codes.at(n), keys.back().get(), invitation->keyId, {}, {} });
        }
    }

    QNetworkRequest request(collector.url(QStringLiteral("/v1/credentials")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    qsizetype next = 0, done = 0;
    QString failure;
    QEventLoop loop;
    std::function<void()> send = [&] {
        Job &job = jobs[next++];
        job.token = QByteArray(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(job.token.data()), 8);
        const auto blinding = zs::blindrsa::blind(*job.key, job.token, nullptr);
        if (!blinding)
            qFatal("blinding failed");
        job.blinding = *blinding;
        zs::CredentialRequest body;
        body.invitation = job.code;
        body.blindedMessage = job.blinding.blindedMessage;
        QNetworkReply *reply
            = nam.post(request, QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index = next - 1] {
            Job &j = jobs[index];
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            reply->deleteLater();
            zs::ProtocolError e;
            const auto grant
                = zs::CredentialGrant::fromJson(QJsonDocument::fromJson(answer).object(), &e);
            const auto signature = grant ? zs::blindrsa::finalize(*j.key, j.token,
                                       grant->blindSignature, j.blinding.inverse, nullptr)
                                         : std::nullopt;
            if (status != 201 || !signature) {
                if (failure.isEmpty())
                    failure = QStringLiteral("POST /v1/credentials answered %1: %2")
                                  .arg(status)
                                  .arg(QString::fromUtf8(answer));
            } else {
                (*submissions)[j.submission].credential
                    = zs::Credential { j.keyId, j.token, *signature };
            }
            if (++done == jobs.size())
                loop.quit();
            else if (next < jobs.size())
                send();
        });
    };
    for (int w = 0; w < window && next < jobs.size(); ++w)
        send();
    if (!jobs.isEmpty())
        loop.exec();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    return true;
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

double procCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ..." with utime and stime the 14th and 15th fields; comm may hold spaces.
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
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
