#include "signinlink.h"

#include <QUrlQuery>

namespace zs {

bool SigninLink::looksLikeLink(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("zorgstem://signin"), Qt::CaseInsensitive);
}

std::optional<SigninLink> SigninLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("zorgstem"), Qt::CaseInsensitive)
        || url.host().compare(QLatin1String("signin"), Qt::CaseInsensitive))
        return std::nullopt;
    const QUrlQuery query(url);
    SigninLink link;
    link.token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).trimmed();
    if (link.token.isEmpty())
        return std::nullopt;
    const QUrl collector(query.queryItemValue(QStringLiteral("collector"), QUrl::FullyDecoded));
    if (collector.isValid()
        && (collector.scheme() == QLatin1String("https")
            || collector.scheme() == QLatin1String("http")))
        link.collector = collector;
    return link;
}

} // namespace zs
