#pragma once

// A collector child process for the listener and TLS tests, which need what CollectorProcess
// does not give: its pid (resident memory, signals), its exit code, and an https:// line.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace zs::test {

/// `zorgstem-collector serve` on 127.0.0.1:0 with a fresh database, as a child process.
class CollectorChild
{
public:
    ~CollectorChild()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    /// Starts it and waits for its "listening" line; false with lastError() on failure.
    bool start(const QString &executable, const QStringList &extraArgs = {})
    {
        m_dbPath = m_dir.filePath(QStringLiteral("collector.db"));
        m_process.setProgram(executable);
        m_process.setArguments(QStringList { QStringLiteral("serve"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), m_dbPath }
            + extraArgs);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        static const QRegularExpression listening(
            QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+) "));
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
                continue;
            const auto match = listening.match(QString::fromUtf8(m_process.readLine()));
            if (match.hasMatch()) {
                m_scheme = match.captured(1);
                m_port = quint16(match.captured(2).toUInt());
                return true;
            }
        }
        m_error = QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString dbPath() const { return m_dbPath; }
    QString lastError() const { return m_error; }
    QProcess &process() { return m_process; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(m_port).arg(path));
    }

    /// Resident memory in kB (VmRSS of /proc/PID/status); -1 when unreadable.
    qint64 residentKb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QProcess m_process;
    QString m_scheme;
    quint16 m_port = 0;
    QString m_error;
};

/// A raw exchange: sends bytes, then reads until the peer closes or timeoutMs passes.
struct RawExchange
{
    QByteArray answer;
    bool closedByPeer = false;

    int status() const
    {
        if (!answer.startsWith("HTTP/1."))
            return 0;
        return answer.mid(9, 3).toInt();
    }
    QByteArray body() const { return answer.mid(answer.indexOf("\r\n\r\n") + 4); }
};

inline RawExchange rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 10000)
{
    RawExchange result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return result;
    socket.write(bytes);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.closedByPeer = true;
            break;
        }
        socket.waitForReadyRead(100);
        result.answer += socket.readAll();
    }
    result.answer += socket.readAll();
    return result;
}

} // namespace zs::test
