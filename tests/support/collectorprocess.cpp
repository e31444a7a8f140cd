#include "collectorprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace zs::test {

namespace {
constexpr int kStartTimeoutMs = 30000;
}

CollectorProcess::CollectorProcess(const QString &dbPath)
    : m_dir(std::make_unique<QTemporaryDir>())
    , m_store(dbPath.isEmpty()
              ? std::make_unique<TestStore>(m_dir->filePath(QStringLiteral("collector.db")))
              : nullptr)
    , m_dbPath(m_store ? m_store->location() : dbPath)
{ }

CollectorProcess::~CollectorProcess()
{
    // The process first: a PostgreSQL database is dropped after its last session ends.
    kill();
    m_store.reset();
}

CollectorProcess::Result CollectorProcess::cutReleases(const QStringList &extraArgs) const
{
    return run(QStringList { QStringLiteral("releases"), QStringLiteral("cut"),
                   QStringLiteral("--db"), m_dbPath }
        + extraArgs);
}

QString CollectorProcess::executable()
{
    return QStringLiteral(ZS_COLLECTOR_BIN);
}

bool CollectorProcess::start(const QStringList &extraArgs, quint16 port)
{
    kill();
    m_extraArgs = extraArgs;
    m_lastError.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executable());
    m_process->setArguments(
        QStringList { QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"), m_dbPath }
        + extraArgs);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        m_lastError
            = QStringLiteral("could not start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral(
        "^zorgstem-collector listening on http://127\\.0\\.0\\.1:(\\d+) \\(k=(\\d+)\\)$"));
    QByteArray buffer;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine()
            || m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)))) {
            while (m_process->canReadLine()) {
                const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
                const auto match = listening.match(line);
                if (match.hasMatch()) {
                    m_port = quint16(match.captured(1).toUInt());
                    m_k = match.captured(2).toInt();
                    return true;
                }
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_lastError = QStringLiteral("collector did not report listening (exit %1): %2")
                      .arg(m_process->exitCode())
                      .arg(QString::fromUtf8(m_process->readAllStandardError()));
    kill();
    return false;
}

void CollectorProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kStartTimeoutMs);
    }
    m_process.reset();
}

bool CollectorProcess::restart()
{
    const quint16 previous = m_port;
    if (previous != 0 && start(m_extraArgs, previous))
        return true;
    return start(m_extraArgs, 0);
}

bool CollectorProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl CollectorProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl CollectorProcess::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QByteArray CollectorProcess::takeOutput()
{
    if (!m_process)
        return {};
    return m_process->readAllStandardOutput() + m_process->readAllStandardError();
}

QString CollectorProcess::addEmployer(const QString &region, const QString &id, const QString &name)
{
    const Result r = run({ QStringLiteral("employer"), QStringLiteral("add"),
        QStringLiteral("--db"), m_dbPath, QStringLiteral("--region"), region,
        QStringLiteral("--id"), id, QStringLiteral("--name"), name });
    if (r.exitCode != 0 || r.crashed) {
        m_lastError = QString::fromUtf8(r.err);
        return {};
    }
    return QString::fromUtf8(r.out).trimmed();
}

QStringList CollectorProcess::invite(
    const QString &employer, const QString &survey, int count, const QStringList &extraArgs)
{
    const Result r = run(
        QStringList { QStringLiteral("invitations"), QStringLiteral("create"),
            QStringLiteral("--db"), m_dbPath, QStringLiteral("--employer"), employer,
            QStringLiteral("--survey"), survey, QStringLiteral("--count"), QString::number(count) }
        + extraArgs);
    if (r.exitCode != 0 || r.crashed) {
        m_lastError = QString::fromUtf8(r.err);
        return {};
    }
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CollectorProcess::addCoordinator(const QString &region)
{
    const Result r = run({ QStringLiteral("coordinator"), QStringLiteral("add"),
        QStringLiteral("--db"), m_dbPath, QStringLiteral("--region"), region });
    if (r.exitCode != 0 || r.crashed) {
        m_lastError = QString::fromUtf8(r.err);
        return {};
    }
    return QString::fromUtf8(r.out).trimmed();
}

CollectorProcess::Result CollectorProcess::run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(executable(), args);
    Result r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace zs::test
