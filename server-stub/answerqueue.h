#pragma once

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <deque>
#include <optional>

class QTcpSocket;

namespace zs {

/// The answers of one connection in the order of its requests (HTTP/1.1 answers in order):
/// an answer that waits for a commit holds back every later answer on the same connection.
/// It is a child of the socket, so a connection that closes takes its waiting answers with it
/// and nothing is ever written to a socket that is gone (QHttpServerResponder in Qt 6.4 keeps
/// a plain pointer to its socket).
class AnswerQueue : public QObject
{
    Q_OBJECT
public:
    /// This connection's queue, when it has one.
    static AnswerQueue *find(QTcpSocket *socket);
    /// This connection's queue, made on first use.
    static AnswerQueue *of(QTcpSocket *socket);
    /// Answers now when no answer waits before it on the responder's connection, else after
    /// those.
    static void answer(QHttpServerResponder &&responder, QHttpServerResponse &&response);

    /// Holds a place for an answer that comes later; returns its ticket for fill().
    quint64 hold(QHttpServerResponder &&responder);
    /// The answer of a held place; written as soon as every answer before it is.
    void fill(quint64 ticket, QHttpServerResponse &&response);
    bool isEmpty() const { return m_entries.empty(); }

private:
    explicit AnswerQueue(QTcpSocket *socket);
    struct Entry
    {
        quint64 ticket;
        QHttpServerResponder responder;
        std::optional<QHttpServerResponse> response;
    };
    void flush();

    QTcpSocket *m_socket;
    std::deque<Entry> m_entries;
    quint64 m_next = 0;
};

} // namespace zs
