#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <optional>

namespace zs::http {

/// A request header, matched case-insensitively.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
/// The token of "Authorization: Bearer …", or empty.
QString bearerToken(const QHttpServerRequest &request);
/// A JSON answer with a status.
QHttpServerResponse json(const QJsonObject &body, int status);
/// The one error shape: {"error": {"code", "message", "field"}}.
QHttpServerResponse error(
    int status, const QString &code, const QString &message, const QString &field = {});
/// A GET answer with an ETag; 304 when If-None-Match already names it (weak, lists, *).
QHttpServerResponse withEtag(const QHttpServerRequest &request, const QByteArray &body);
/// Parses a JSON object body: checks size, media type and syntax. On failure *refusal is set.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, qsizetype maxBytes,
    std::optional<QHttpServerResponse> *refusal);

} // namespace zs::http
