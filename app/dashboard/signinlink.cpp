#include "signinlink.h"

#include "invitationlink.h"

namespace zs {

bool SigninLink::looksLikeLink(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("zorgstem://signin"), Qt::CaseInsensitive);
}

std::optional<SigninLink> SigninLink::parse(const QString &text)
{
    const auto link = AppLink::parse(text, QLatin1String("signin"), QStringLiteral("token"));
    if (!link)
        return std::nullopt;
    SigninLink signin;
    signin.token = link->value;
    signin.collector = link->collector;
    return signin;
}

} // namespace zs
