#pragma once

#include "collectorclient.h"
#include "credential.h"

#include <functional>
#include <optional>

namespace zs {

/// The collector's answer to one credential request: the reply as it came, and the wire object
/// read from it when the status was the expected one and the body a valid object.
template<typename T> struct CredentialAnswer
{
    CollectorReply reply;
    std::optional<T> value;
};

/// The three requests that turn an invitation into a credential (DESIGN §5a), over the
/// CollectorClient's one send(): whose invitation it is, the issuer's keys, the blind signature.
class CredentialClient
{
public:
    explicit CredentialClient(CollectorClient &client);

    /// GET /v1/invitations/{code}: 200 with the invitation, 404 unknown, 410 used or expired.
    void lookupInvitation(const QString &code,
        const std::function<void(const CredentialAnswer<InvitationInfo> &)> &done);
    /// GET /v1/keys?employer=E&survey=K: the issuer's public keys.
    void fetchKeys(const QString &employer, const QString &survey,
        const std::function<void(const CredentialAnswer<QList<IssuerKey>> &)> &done);
    /// GET /v1/keys?panel=P: the panel's public keys, this year's last (the lookup makes it).
    void fetchPanelKeys(const QString &panel,
        const std::function<void(const CredentialAnswer<QList<IssuerKey>> &)> &done);
    /// POST /v1/credentials: 201 (or 200 again for the same blinded message) with the grant.
    void requestCredential(const CredentialRequest &request,
        const std::function<void(const CredentialAnswer<CredentialGrant> &)> &done);
    /// GET /v1/regions/{region}/employers: the name the collector lists for an employer
    /// (nullopt when it could not be asked or does not list it).
    void fetchEmployerName(const QString &region, const QString &employer,
        const std::function<void(const std::optional<QString> &)> &done);

private:
    void fetchKeysAt(const QString &path,
        const std::function<void(const CredentialAnswer<QList<IssuerKey>> &)> &done);
    CollectorClient &m_client;
};

} // namespace zs
