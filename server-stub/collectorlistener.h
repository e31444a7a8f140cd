#pragma once

#include "wirelimits.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>
#include <functional>

namespace zs {

class ConnectionGate;

/// The limits the collector's listener enforces on every connection (`serve` options).
struct ListenerLimits
{
    int maxConnections = 4096; ///< open connections; more wait in the backlog
    int idleTimeoutMs = 60000; ///< no byte for this long between or inside requests: closed
    int headerTimeoutMs = 10000; ///< a request's head must be complete this long after its start
    qsizetype maxHeaderBytes = qsizetype(16) * 1024; ///< request line and headers together
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = protocol::limits::kMaxBodyBytes; ///< the largest route's limit
};

/// Shared by the plain and the TLS listener: the connection cap, and a gate on each connection
/// that reads the bytes before QHttpServer does and refuses what breaks the limits.
class ListenerCore
{
public:
    /// accept: the base class's incomingConnection (makes the socket, plain or TLS).
    ListenerCore(
        QTcpServer *server, const ListenerLimits &limits, std::function<void(qintptr)> accept);

    /// incomingConnection(): accepts now, or parks the descriptor while at the cap.
    void incoming(qintptr handle);
    /// nextPendingConnection(): attaches the gate before QHttpServer connects its slots.
    QTcpSocket *adopt(QTcpSocket *socket);
    /// Open connections (sockets alive).
    int openConnections() const;
    /// Connections in the middle of a request (head or body partly received, or an answer
    /// still being written).
    int busyConnections() const;
    /// Stops accepting for good (graceful stop); parked descriptors are closed.
    void stop();

    const ListenerLimits &limits() const { return m_limits; }

private:
    friend class ConnectionGate;
    void admitParked();
    void checkCap();
    void connectionClosed();

    QTcpServer *m_server;
    ListenerLimits m_limits;
    QList<qintptr> m_parked;
    QTimer m_retry;
    ConnectionGate *m_lastGate = nullptr;
    QSet<ConnectionGate *> m_gates;
    bool m_stopped = false;
    std::function<void(qintptr)> m_accept;
};

/// The collector's plain-HTTP listener, handed to QHttpServer::bind().
class CollectorTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit CollectorTcpServer(const ListenerLimits &limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;
    ListenerCore &core() { return m_core; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    ListenerCore m_core;
};

/// The collector's HTTPS listener (QSslServer), handed to QHttpServer::bind().
class CollectorSslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit CollectorSslServer(const ListenerLimits &limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;
    ListenerCore &core() { return m_core; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    ListenerCore m_core;
};

/// Raises the open-file soft limit to the hard limit; returns the soft limit now in force.
qint64 raiseOpenFileLimit();

} // namespace zs
