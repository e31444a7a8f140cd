#include "httputil.h"

#include "submission.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace zs::http {

using Status = QHttpServerResponder::StatusCode;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

QHttpServerResponse json(const QJsonObject &body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), Status(status));
}

QHttpServerResponse error(
    int status, const QString &code, const QString &message, const QString &field)
{
    return json(ProtocolError { status, code, message, field }.toJson(), status);
}

QHttpServerResponse withEtag(const QHttpServerRequest &request, const QByteArray &body)
{
    const QByteArray etag
        = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(32) + '"';
    const QByteArray ifNoneMatch = header(request, "If-None-Match");
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (!ifNoneMatch.isEmpty() && (candidate == "*" || candidate == etag)) {
            QHttpServerResponse notModified(Status::NotModified);
            notModified.setHeader("ETag", etag);
            return notModified;
        }
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, Status::Ok);
    response.setHeader("ETag", etag);
    return response;
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, qsizetype maxBytes,
    std::optional<QHttpServerResponse> *refusal)
{
    const QByteArray body = request.body();
    if (body.size() > maxBytes) {
        refusal->emplace(error(413, QStringLiteral("too_large"),
            QStringLiteral("the body is larger than %1 bytes").arg(maxBytes)));
        return std::nullopt;
    }
    const QByteArray mediaType
        = header(request, "Content-Type").split(';').value(0).trimmed().toLower();
    if (mediaType != "application/json") {
        refusal->emplace(error(415, QStringLiteral("unsupported_media_type"),
            QStringLiteral("send application/json")));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        refusal->emplace(error(400, QStringLiteral("malformed"),
            QStringLiteral("the body is not a JSON object: %1").arg(parseError.errorString())));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace zs::http
