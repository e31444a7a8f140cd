#include "invitationlink.h"

#include <QUrlQuery>

namespace zs {

bool InvitationLink::looksLikeLink(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("zorgstem:"), Qt::CaseInsensitive);
}

std::optional<InvitationLink> InvitationLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("zorgstem"), Qt::CaseInsensitive)
        || url.host().compare(QLatin1String("invite"), Qt::CaseInsensitive))
        return std::nullopt;
    const QUrlQuery query(url);
    InvitationLink link;
    link.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed();
    if (link.code.isEmpty())
        return std::nullopt;
    const QUrl collector(query.queryItemValue(QStringLiteral("collector"), QUrl::FullyDecoded));
    if (collector.isValid()
        && (collector.scheme() == QLatin1String("https")
            || collector.scheme() == QLatin1String("http")))
        link.collector = collector;
    return link;
}

} // namespace zs
