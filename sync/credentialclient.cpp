#include "credentialclient.h"

#include <QJsonArray>
#include <QUrl>

namespace zs {

namespace {

/// A path segment or query value exactly as given (codes and ids are plain, but never trust).
QString escaped(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

CredentialClient::CredentialClient(CollectorClient &client)
    : m_client(client)
{ }

void CredentialClient::lookupInvitation(
    const QString &code, const std::function<void(const CredentialAnswer<InvitationInfo> &)> &done)
{
    m_client.send("GET", QStringLiteral("/v1/invitations/") + escaped(code), {}, {}, {},
        [done](const CollectorReply &reply) {
            CredentialAnswer<InvitationInfo> answer { reply, std::nullopt };
            ProtocolError error;
            if (reply.status == 200)
                answer.value = InvitationInfo::fromJson(reply.json(), &error);
            done(answer);
        });
}

void CredentialClient::fetchKeys(const QString &employer, const QString &survey,
    const std::function<void(const CredentialAnswer<QList<IssuerKey>> &)> &done)
{
    fetchKeysAt(
        QStringLiteral("/v1/keys?employer=%1&survey=%2").arg(escaped(employer), escaped(survey)),
        done);
}

void CredentialClient::fetchPanelKeys(const QString &panel,
    const std::function<void(const CredentialAnswer<QList<IssuerKey>> &)> &done)
{
    fetchKeysAt(QStringLiteral("/v1/keys?panel=%1").arg(escaped(panel)), done);
}

void CredentialClient::fetchKeysAt(const QString &path,
    const std::function<void(const CredentialAnswer<QList<IssuerKey>> &)> &done)
{
    m_client.send("GET", path, {}, {}, {}, [done](const CollectorReply &reply) {
        CredentialAnswer<QList<IssuerKey>> answer { reply, std::nullopt };
        const QJsonValue keys = reply.json().value(QLatin1String("keys"));
        if (reply.status != 200 || !keys.isArray()) {
            done(answer);
            return;
        }
        QList<IssuerKey> list;
        for (const QJsonValue &k : keys.toArray()) {
            ProtocolError error;
            if (auto key = IssuerKey::fromJson(k, &error))
                list.append(*key);
        }
        answer.value = list;
        done(answer);
    });
}

void CredentialClient::requestCredential(const CredentialRequest &request,
    const std::function<void(const CredentialAnswer<CredentialGrant> &)> &done)
{
    m_client.send("POST", QStringLiteral("/v1/credentials"), request.toJson(), {}, {},
        [done](const CollectorReply &reply) {
            CredentialAnswer<CredentialGrant> answer { reply, std::nullopt };
            ProtocolError error;
            if (reply.status == 200 || reply.status == 201)
                answer.value = CredentialGrant::fromJson(reply.json(), &error);
            done(answer);
        });
}

void CredentialClient::fetchEmployerName(const QString &region, const QString &employer,
    const std::function<void(const std::optional<QString> &)> &done)
{
    m_client.send("GET", QStringLiteral("/v1/regions/%1/employers").arg(escaped(region)), {}, {},
        {}, [employer, done](const CollectorReply &reply) {
            if (reply.status == 200) {
                for (const QJsonValue &e :
                    reply.json().value(QLatin1String("employers")).toArray()) {
                    if (e[QLatin1String("id")].toString() == employer) {
                        done(e[QLatin1String("name")].toString());
                        return;
                    }
                }
            }
            done(std::nullopt);
        });
}

} // namespace zs
