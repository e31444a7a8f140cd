#include "protocolerror.h"

namespace zs {

QJsonObject ProtocolError::toJson() const
{
    QJsonObject e { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return { { QStringLiteral("error"), e } };
}

std::optional<ProtocolError> ProtocolError::fromJson(const QJsonObject &json, int status)
{
    const QJsonValue e = json.value(QLatin1String("error"));
    if (!e.isObject() || !e[QLatin1String("code")].isString())
        return std::nullopt;
    return ProtocolError { status, e[QLatin1String("code")].toString(),
        e[QLatin1String("message")].toString(), e[QLatin1String("field")].toString() };
}

} // namespace zs
