#include "fakenetwork.h"

#include <QBuffer>
#include <QJsonDocument>

namespace zs::test {

FakeResponse FakeResponse::json(int status, const QJsonObject &body)
{
    FakeResponse r;
    r.status = status;
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::problem(int status, const QString &code, const QString &message)
{
    return json(status,
        { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
                { QStringLiteral("field"), QString() } } } });
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.status = 0;
    r.error = error;
    r.errorString = QStringLiteral("Connection refused (fake network)");
    return r;
}

FakeResponse FakeResponse::silence()
{
    FakeResponse r;
    r.hang = true;
    return r;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(),
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_responder([](const RecordedRequest &) {
        return FakeResponse::problem(
            404, QStringLiteral("not_found"), QStringLiteral("nothing scripted"));
    })
{ }

void FakeNetwork::enqueue(const FakeResponse &response)
{
    m_queue.push_back(response);
}

void FakeNetwork::setResponder(const Responder &responder)
{
    m_responder = responder;
}

QNetworkReply *FakeNetwork::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    switch (op) {
    case HeadOperation:
        recorded.method = QByteArrayLiteral("HEAD");
        break;
    case GetOperation:
        recorded.method = QByteArrayLiteral("GET");
        break;
    case PutOperation:
        recorded.method = QByteArrayLiteral("PUT");
        break;
    case PostOperation:
        recorded.method = QByteArrayLiteral("POST");
        break;
    case DeleteOperation:
        recorded.method = QByteArrayLiteral("DELETE");
        break;
    case CustomOperation:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        break;
    }
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({ name, request.rawHeader(name) });
    if (outgoingData && (outgoingData->isOpen() || outgoingData->open(QIODevice::ReadOnly)))
        recorded.body = outgoingData->readAll();
    recorded.transferTimeout = request.transferTimeout();
    recorded.request = request;
    m_requests.append(recorded);

    FakeResponse response;
    if (!m_queue.empty()) {
        response = m_queue.front();
        m_queue.pop_front();
    } else {
        response = m_responder(recorded);
    }
    auto *reply = new FakeReply(op, request, response, this);
    m_maxOpen = std::max(m_maxOpen, ++m_open);
    connect(reply, &QNetworkReply::finished, this, [this] { --m_open; });
    Q_EMIT requestRecorded(recorded);
    return reply;
}

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
    const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setOperation(op);
    setUrl(request.url());
    open(QIODevice::ReadOnly);
    m_answer.setSingleShot(true);
    m_timeout.setSingleShot(true);
    connect(&m_answer, &QTimer::timeout, this, &FakeReply::respond);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QNetworkReply::TimeoutError, QStringLiteral("Operation timed out (fake network)"));
    });
    if (request.transferTimeout() > 0)
        m_timeout.start(request.transferTimeout());
    if (!m_response.hang)
        m_answer.start(m_response.delay); // 0: on the next turn of the event loop, never inline
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_content.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, qint64(m_content.size()) - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::copy_n(m_content.constData() + m_offset, n, data);
    m_offset += n;
    return n;
}

void FakeReply::respond()
{
    if (isFinished())
        return;
    if (m_response.error != QNetworkReply::NoError) {
        fail(m_response.error, m_response.errorString);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    m_content = m_response.body;
    // A real reply reports HTTP errors too (ContentNotFoundError and the like).
    if (m_response.status >= 400)
        setError(m_response.status >= 500 ? QNetworkReply::InternalServerError
                                          : QNetworkReply::UnknownContentError,
            QStringLiteral("HTTP %1").arg(m_response.status));
    Q_EMIT metaDataChanged();
    if (!m_content.isEmpty())
        Q_EMIT readyRead();
    finish();
}

void FakeReply::fail(QNetworkReply::NetworkError error, const QString &message)
{
    if (isFinished())
        return;
    setError(error, message);
    Q_EMIT errorOccurred(error);
    finish();
}

void FakeReply::finish()
{
    m_answer.stop();
    m_timeout.stop();
    setFinished(true);
    Q_EMIT finished();
}

} // namespace zs::test
