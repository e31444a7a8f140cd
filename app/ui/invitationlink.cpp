#include "invitationlink.h"

#include <QUrlQuery>

namespace zs {

bool InvitationLink::looksLikeLink(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("zorgstem:"), Qt::CaseInsensitive);
}

std::optional<AppLink> AppLink::parse(const QString &text, QLatin1String host, const QString &key)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("zorgstem"), Qt::CaseInsensitive)
        || url.host().compare(host, Qt::CaseInsensitive))
        return std::nullopt;
    const QUrlQuery query(url);
    AppLink link;
    link.value = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    if (link.value.isEmpty())
        return std::nullopt;
    const QUrl collector(query.queryItemValue(QStringLiteral("collector"), QUrl::FullyDecoded));
    if (collector.isValid()
        && (collector.scheme() == QLatin1String("https")
            || collector.scheme() == QLatin1String("http")))
        link.collector = collector;
    return link;
}

std::optional<InvitationLink> InvitationLink::parse(const QString &text)
{
    const auto link = AppLink::parse(text, QLatin1String("invite"), QStringLiteral("code"));
    if (!link)
        return std::nullopt;
    return InvitationLink { link->value, link->collector };
}

} // namespace zs
