#include "answerqueue.h"

#include <QTcpSocket>

namespace zs {

AnswerQueue::AnswerQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{ }

AnswerQueue *AnswerQueue::find(QTcpSocket *socket)
{
    return socket ? socket->findChild<AnswerQueue *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

AnswerQueue *AnswerQueue::of(QTcpSocket *socket)
{
    if (AnswerQueue *queue = find(socket))
        return queue;
    return new AnswerQueue(socket);
}

void AnswerQueue::answer(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
    AnswerQueue *queue = find(responder.socket());
    if (!queue || queue->isEmpty()) {
        response.write(std::move(responder));
        return;
    }
    queue->fill(queue->hold(std::move(responder)), std::move(response));
}

quint64 AnswerQueue::hold(QHttpServerResponder &&responder)
{
    const quint64 ticket = m_next++;
    m_entries.push_back({ ticket, std::move(responder), std::nullopt });
    return ticket;
}

void AnswerQueue::fill(quint64 ticket, QHttpServerResponse &&response)
{
    for (Entry &e : m_entries) {
        if (e.ticket == ticket) {
            e.response.emplace(std::move(response));
            break;
        }
    }
    flush();
}

void AnswerQueue::flush()
{
    while (!m_entries.empty() && m_entries.front().response) {
        Entry entry = std::move(m_entries.front());
        m_entries.pop_front();
        // A peer that has gone gets nothing; its socket is being deleted.
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            entry.response->write(std::move(entry.responder));
    }
}

} // namespace zs
