#include "collectorlistener.h"

#include "protocolerror.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <sys/resource.h>
#include <unistd.h>

namespace zs {

namespace {

/// After a refusal the connection keeps being read (and the bytes dropped) until the client
/// is quiet for kQuietMs, at most kLingerMs and kLingerBytes: closing with unread data would
/// send a reset, and a reset can destroy the answer before the client has read it (a client
/// still sending the body it announced, for one).
constexpr int kQuietMs = 500;
constexpr int kLingerMs = 3000;
constexpr qint64 kLingerBytes = qint64(64) * 1024 * 1024;
constexpr int kMaxChunkLine = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

/// Follows one connection's bytes as they arrive, before QHttpServer parses them: the head's
/// size, count and deadline, the framing headers and the body's length. Its slot on readyRead
/// runs before QHttpServer's (it is connected first), so a refusal happens before QHttpServer
/// has buffered anything more; a second slot, connected after QHttpServer's, notes what
/// QHttpServer left unread (pipelined requests), so each byte is judged once.
class ConnectionGate : public QObject
{
public:
    ConnectionGate(QTcpSocket *socket, ListenerCore *core)
        : QObject(socket)
        , m_socket(socket)
        , m_core(core)
        , m_server(core->m_server)
    {
        m_core->m_gates.insert(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGate::timedOut);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGate::beforeRead);
        armIdle();
    }

    ~ConnectionGate() override
    {
        // The listener may be going away itself (its children die after its members).
        if (m_server) {
            m_core->m_gates.remove(this);
            m_core->connectionClosed();
        }
    }

    /// Connected after QHttpServer's own slots, once it has taken the socket.
    void attachAfter()
    {
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGate::afterRead);
    }

    bool busy() const
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState || m_phase == Phase::Refused)
            return false;
        return m_phase != Phase::Idle || m_socket->bytesToWrite() > 0;
    }

private:
    enum class Phase { Idle, Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Refused };

    void armIdle() { m_timer.start(m_core->limits().idleTimeoutMs); }

    void beforeRead()
    {
        if (m_phase == Phase::Refused) {
            m_discarded += m_socket->skip(m_socket->bytesAvailable());
            if (m_discarded > kLingerBytes || m_linger.hasExpired())
                m_socket->abort();
            else
                m_timer.start(kQuietMs);
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= m_seen) {
            m_seen = available;
            return;
        }
        const QByteArray fresh = m_socket->peek(available).mid(m_seen);
        m_seen = available;
        if (m_phase != Phase::Head)
            armIdle();
        feed(fresh);
    }

    void afterRead()
    {
        if (m_phase != Phase::Refused)
            m_seen = m_socket->bytesAvailable();
    }

    void timedOut()
    {
        if (m_phase == Phase::Refused) {
            m_socket->disconnectFromHost(); // after the answer is written
            return;
        }
        if (m_phase == Phase::Head) {
            refuse(408, QStringLiteral("timeout"),
                QStringLiteral("the request's headers did not arrive within %1 ms")
                    .arg(m_core->limits().headerTimeoutMs));
            return;
        }
        if (m_socket->bytesToWrite() > 0) {
            armIdle(); // still answering a slow reader: that is not idle
            return;
        }
        if (m_phase == Phase::Idle) {
            m_socket->disconnectFromHost();
            return;
        }
        refuse(408, QStringLiteral("timeout"),
            QStringLiteral("no data for %1 ms").arg(m_core->limits().idleTimeoutMs));
    }

    void feed(const QByteArray &data)
    {
        qsizetype i = 0;
        const qsizetype n = data.size();
        while (i < n && m_phase != Phase::Refused) {
            switch (m_phase) {
            case Phase::Idle:
                // QHttpServer skips whitespace before a request line; so does the gate.
                while (i < n && isSpace(data.at(i)))
                    ++i;
                if (i < n) {
                    m_phase = Phase::Head;
                    m_head.clear();
                    m_timer.start(m_core->limits().headerTimeoutMs);
                }
                break;
            case Phase::Head:
                i = feedHead(data, i);
                break;
            case Phase::Body:
            case Phase::ChunkData: {
                const qint64 take = std::min<qint64>(m_remaining, n - i);
                m_remaining -= take;
                i += take;
                if (m_remaining == 0)
                    m_phase = m_phase == Phase::Body ? Phase::Idle : Phase::ChunkEnd;
                break;
            }
            case Phase::ChunkSize:
            case Phase::ChunkEnd:
            case Phase::Trailer:
                i = feedChunkLine(data, i);
                break;
            case Phase::Refused:
                break;
            }
        }
        if (m_phase == Phase::Idle)
            armIdle();
    }

    qsizetype feedHead(const QByteArray &data, qsizetype from)
    {
        const ListenerLimits &limits = m_core->limits();
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 2);
        const qsizetype room = limits.maxHeaderBytes + 4 - m_head.size();
        const qsizetype take
            = std::min<qsizetype>(data.size() - from, std::max<qsizetype>(room, 0));
        m_head.append(data.constData() + from, take);
        qsizetype end = -1;
        for (qsizetype j = searchFrom; j + 1 < m_head.size(); ++j) {
            if (m_head.at(j) != '\n')
                continue;
            if (m_head.at(j + 1) == '\n') {
                end = j + 2;
                break;
            }
            if (j + 2 < m_head.size() && m_head.at(j + 1) == '\r' && m_head.at(j + 2) == '\n') {
                end = j + 3;
                break;
            }
        }
        if (end < 0) {
            if (m_head.size() > limits.maxHeaderBytes)
                refuse(431, QStringLiteral("headers_too_large"),
                    QStringLiteral("the request line and headers exceed %1 bytes")
                        .arg(limits.maxHeaderBytes));
            return data.size();
        }
        if (end > limits.maxHeaderBytes) {
            refuse(431, QStringLiteral("headers_too_large"),
                QStringLiteral("the request line and headers exceed %1 bytes")
                    .arg(limits.maxHeaderBytes));
            return data.size();
        }
        const qsizetype consumed = from + (end - (m_head.size() - take));
        m_head.truncate(end);
        judgeHead();
        return consumed;
    }

    void judgeHead()
    {
        const ListenerLimits &limits = m_core->limits();
        QList<QByteArray> lines = m_head.split('\n');
        QList<QByteArray> lengths;
        QList<QByteArray> codings;
        int count = 0;
        for (qsizetype k = 1; k < lines.size(); ++k) {
            QByteArray line = lines.at(k);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            if (++count > limits.maxHeaderCount) {
                refuse(431, QStringLiteral("too_many_headers"),
                    QStringLiteral("more than %1 header fields").arg(limits.maxHeaderCount));
                return;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t') {
                refuse(400, QStringLiteral("malformed_header"),
                    QStringLiteral("a header line is not NAME: VALUE"));
                return;
            }
            const QByteArray name = line.left(colon).toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                lengths.append(value);
            else if (name == "transfer-encoding")
                codings.append(value.toLower());
        }
        if (!codings.isEmpty() && !lengths.isEmpty()) {
            refuse(400, QStringLiteral("conflicting_framing"),
                QStringLiteral("Content-Length together with Transfer-Encoding"));
            return;
        }
        if (codings.size() > 1 || (codings.size() == 1 && codings.first() != "chunked")) {
            refuse(400, QStringLiteral("unsupported_framing"),
                QStringLiteral("the only transfer coding accepted is a single chunked"));
            return;
        }
        qint64 length = 0;
        for (const QByteArray &value : lengths) {
            const bool digits = !value.isEmpty() && value.size() <= 18
                && std::all_of(
                    value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits) {
                refuse(400, QStringLiteral("malformed_header"),
                    QStringLiteral("Content-Length is not a number"));
                return;
            }
            if (value != lengths.first()) {
                refuse(400, QStringLiteral("conflicting_framing"),
                    QStringLiteral("two different Content-Length values"));
                return;
            }
            length = value.toLongLong();
        }
        if (length > limits.maxBodyBytes) {
            refuse(413, QStringLiteral("too_large"),
                QStringLiteral("the body is larger than %1 bytes").arg(limits.maxBodyBytes));
            return;
        }
        m_bodySoFar = 0;
        m_line.clear();
        if (!codings.isEmpty()) {
            m_phase = Phase::ChunkSize;
        } else if (length > 0) {
            m_phase = Phase::Body;
            m_remaining = length;
        } else {
            m_phase = Phase::Idle;
        }
        armIdle();
    }

    qsizetype feedChunkLine(const QByteArray &data, qsizetype from)
    {
        const qsizetype newline = data.indexOf('\n', from);
        const qsizetype end = newline < 0 ? data.size() : newline;
        m_line.append(data.constData() + from, end - from);
        if (m_line.size() > kMaxChunkLine) {
            refuse(
                400, QStringLiteral("malformed_chunk"), QStringLiteral("a chunk line is too long"));
            return data.size();
        }
        if (newline < 0)
            return data.size();
        QByteArray line = m_line;
        m_line.clear();
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_phase == Phase::ChunkEnd) {
            if (!line.isEmpty()) {
                refuse(400, QStringLiteral("malformed_chunk"),
                    QStringLiteral("a chunk does not end with CRLF"));
                return data.size();
            }
            m_phase = Phase::ChunkSize;
        } else if (m_phase == Phase::Trailer) {
            if (!line.isEmpty()) {
                refuse(400, QStringLiteral("malformed_chunk"),
                    QStringLiteral("trailer fields are not accepted"));
                return data.size();
            }
            m_phase = Phase::Idle;
        } else {
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = !size.isEmpty() && size.size() <= 15;
            const qint64 bytes = ok ? size.toLongLong(&ok, 16) : 0;
            if (!ok || bytes < 0) {
                refuse(400, QStringLiteral("malformed_chunk"),
                    QStringLiteral("a chunk size is not a hexadecimal number"));
                return data.size();
            }
            if (m_bodySoFar + bytes > m_core->limits().maxBodyBytes) {
                refuse(413, QStringLiteral("too_large"),
                    QStringLiteral("the body is larger than %1 bytes")
                        .arg(m_core->limits().maxBodyBytes));
                return data.size();
            }
            m_bodySoFar += bytes;
            m_remaining = bytes;
            m_phase = bytes == 0 ? Phase::Trailer : Phase::ChunkData;
        }
        return newline + 1;
    }

    /// Answers in the one error shape and closes; QHttpServer never sees the rest.
    void refuse(int status, const QString &code, const QString &message)
    {
        m_phase = Phase::Refused;
        if (QObject *http = m_core->m_server->parent())
            QObject::disconnect(m_socket, &QIODevice::readyRead, http, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_discarded = m_socket->skip(m_socket->bytesAvailable());
        const QByteArray body = QJsonDocument(ProtocolError { status, code, message, {} }.toJson())
                                    .toJson(QJsonDocument::Compact);
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        m_socket->write(answer);
        m_socket->flush();
        m_linger.setRemainingTime(kLingerMs);
        m_timer.start(kQuietMs);
    }

    QTcpSocket *m_socket;
    ListenerCore *m_core;
    QPointer<QTcpServer> m_server;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    QByteArray m_head;
    QByteArray m_line;
    qint64 m_seen = 0;
    qint64 m_remaining = 0;
    qint64 m_bodySoFar = 0;
    qint64 m_discarded = 0;
    QDeadlineTimer m_linger;
};

ListenerCore::ListenerCore(
    QTcpServer *server, const ListenerLimits &limits, std::function<void(qintptr)> accept)
    : m_server(server)
    , m_limits(limits)
    , m_accept(std::move(accept))
{
    // Sockets that fail a TLS handshake vanish without telling the core, so a parked queue is
    // rechecked now and then as well as on every close.
    m_retry.setInterval(200);
    QObject::connect(&m_retry, &QTimer::timeout, server, [this] { admitParked(); });
    // Qt pauses accepting on a hard accept error (EMFILE): try again shortly instead of never.
    QObject::connect(server, &QTcpServer::acceptError, server, [this] {
        if (!m_stopped)
            QTimer::singleShot(100, m_server, [this] { checkCap(); });
    });
}

void ListenerCore::incoming(qintptr handle)
{
    if (m_stopped) {
        ::close(int(handle));
        return;
    }
    if (openConnections() >= m_limits.maxConnections) {
        // Accepted in the same pass as the one that reached the cap: wait here, unread.
        m_parked.append(handle);
        m_server->pauseAccepting();
        m_retry.start();
        return;
    }
    m_accept(handle);
    checkCap();
}

QTcpSocket *ListenerCore::adopt(QTcpSocket *socket)
{
    // QHttpServer calls nextPendingConnection() until it returns null, connecting its slots
    // to each socket in between: so the previous socket is now fully connected.
    if (m_lastGate && m_gates.contains(m_lastGate))
        m_lastGate->attachAfter();
    m_lastGate = socket ? new ConnectionGate(socket, this) : nullptr;
    // QTcpServer::nextPendingConnection() resumes accepting; the cap may say otherwise.
    checkCap();
    return socket;
}

int ListenerCore::openConnections() const
{
    return int(m_server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size());
}

int ListenerCore::busyConnections() const
{
    return int(std::count_if(
        m_gates.begin(), m_gates.end(), [](const ConnectionGate *g) { return g->busy(); }));
}

void ListenerCore::stop()
{
    m_stopped = true;
    m_retry.stop();
    // Closed, not paused: a new client gets a refusal now instead of hanging in the backlog.
    m_server->close();
    for (qintptr handle : std::as_const(m_parked))
        ::close(int(handle));
    m_parked.clear();
}

void ListenerCore::admitParked()
{
    while (!m_parked.isEmpty() && !m_stopped && openConnections() < m_limits.maxConnections)
        m_accept(m_parked.takeFirst());
    if (m_parked.isEmpty())
        m_retry.stop();
    checkCap();
}

void ListenerCore::checkCap()
{
    if (m_stopped)
        return;
    if (!m_parked.isEmpty() || openConnections() >= m_limits.maxConnections) {
        m_server->pauseAccepting();
        if (!m_parked.isEmpty())
            m_retry.start();
    } else {
        m_server->resumeAccepting();
    }
}

void ListenerCore::connectionClosed()
{
    // Called from a gate's destructor, while its socket is still a child: look again later.
    QTimer::singleShot(0, m_server, [this] { admitParked(); });
}

CollectorTcpServer::CollectorTcpServer(const ListenerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_core(this, limits, [this](qintptr handle) { QTcpServer::incomingConnection(handle); })
{ }

QTcpSocket *CollectorTcpServer::nextPendingConnection()
{
    return m_core.adopt(QTcpServer::nextPendingConnection());
}

void CollectorTcpServer::incomingConnection(qintptr handle)
{
    m_core.incoming(handle);
}

CollectorSslServer::CollectorSslServer(const ListenerLimits &limits, QObject *parent)
    : QSslServer(parent)
    , m_core(this, limits, [this](qintptr handle) { QSslServer::incomingConnection(handle); })
{
    setHandshakeTimeout(limits.headerTimeoutMs);
}

QTcpSocket *CollectorSslServer::nextPendingConnection()
{
    return m_core.adopt(QSslServer::nextPendingConnection());
}

void CollectorSslServer::incomingConnection(qintptr handle)
{
    m_core.incoming(handle);
}

qint64 raiseOpenFileLimit()
{
    struct rlimit limit
    {
    };
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        struct rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : qint64(limit.rlim_cur);
}

} // namespace zs
