#pragma once

// A test double of the network for unit tests of the clients (STYLE 17): a
// QNetworkAccessManager whose createRequest() answers from a script instead of a socket, and
// records every request as the client sent it.

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <deque>
#include <functional>

namespace zs::test {

/// One scripted answer: an HTTP status with headers and body, or a network error; after a delay.
struct FakeResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds delay { 0 };
    QNetworkReply::NetworkError error = QNetworkReply::NoError; ///< set: no HTTP answer at all
    QString errorString;
    bool hang = false; ///< never answers; only the request's transfer timeout ends it

    /// A JSON answer (Content-Type application/json).
    static FakeResponse json(int status, const QJsonObject &body);
    /// The collector's one error shape {"error": {"code", "message", "field"}}.
    static FakeResponse problem(int status, const QString &code, const QString &message);
    /// No HTTP answer: the connection failed (offline).
    static FakeResponse networkError(
        QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
    /// A server that accepts the connection and then says nothing.
    static FakeResponse silence();
};

/// One request as the client sent it.
struct RecordedRequest
{
    QByteArray method; ///< GET, POST, DELETE, ...
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< raw headers, in the order set
    QByteArray body;
    int transferTimeout = 0; ///< milliseconds; 0: none set
    QNetworkRequest request; ///< the request itself, for its attributes (redirect policy, ...)

    /// The value of a header (case-insensitive name), empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const;
};

/// A QNetworkAccessManager that answers from a script and records the requests.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Responder = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeNetwork(QObject *parent = nullptr);

    /// Queues the answer to a coming request; queued answers go first, in order.
    void enqueue(const FakeResponse &response);
    /// Answers requests when the queue is empty (default: 404 with the error shape).
    void setResponder(const Responder &responder);
    /// Every request so far, oldest first.
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    /// Replies not yet finished now, and the most there were at any one time.
    int openReplies() const { return m_open; }
    int maxOpenReplies() const { return m_maxOpen; }

Q_SIGNALS:
    void requestRecorded(const zs::test::RecordedRequest &request);

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData = nullptr) override;

private:
    std::deque<FakeResponse> m_queue;
    Responder m_responder;
    QList<RecordedRequest> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
};

/// The reply FakeNetwork hands out: finishes after the scripted delay, or at the request's
/// transfer timeout with QNetworkReply::TimeoutError, as a real transfer timeout ends.
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
        const FakeResponse &response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void fail(QNetworkReply::NetworkError error, const QString &message);
    void finish();

    FakeResponse m_response;
    QByteArray m_content;
    qint64 m_offset = 0;
    QTimer m_answer;
    QTimer m_timeout;
};

} // namespace zs::test
