#pragma once

#include "blindrsa.h"
#include "collectorprocess.h"
#include "credential.h"
#include "http.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace zs::test {

/// Gets one-time credentials from a running collector the way the app does (DESIGN §5a): looks
/// the invitation up, fetches the key it names, blinds a fresh 32-byte token, redeems the
/// invitation and finalizes (and so verifies) the blind signature. Every step goes through the
/// collector's real endpoints.
class CredentialMaker
{
public:
    CredentialMaker(CollectorProcess &collector, Http &http);

    /// What one redemption came to; the error says which step failed, for QVERIFY2.
    struct Redeemed
    {
        std::optional<Credential> credential;
        HttpReply reply; ///< the answer of POST /v1/credentials
        QString error;
    };
    /// Redeems one invitation code.
    Redeemed redeem(const QString &code);
    /// The key an invitation is signed under, from GET /v1/invitations and GET /v1/keys.
    std::optional<blindrsa::PublicKey> keyFor(const QString &code, QString *keyId, QString *error);
    /// A fresh credential for the employer's survey kind (invitations made as needed, in
    /// batches); nullopt (with lastError()) when a step fails.
    std::optional<Credential> forEmployer(const QString &employer, const QString &survey);
    /// A panel member's credential for a round (POST /v1/credentials with the member secret).
    Redeemed forRound(const QString &panel, const QString &memberSecret, const QString &round);
    /// The submission with a fresh credential of its employer added; unchanged without employer.
    QJsonObject credentialed(const QJsonObject &submission);
    QString lastError() const { return m_error; }

private:
    Redeemed finish(const blindrsa::PublicKey &key, const QString &keyId, const QByteArray &token,
        const blindrsa::Blinding &blinding, const HttpReply &reply);
    CollectorProcess &m_collector;
    Http &m_http;
    QHash<QString, QStringList> m_codes; ///< "employer|survey" -> unused codes
    QString m_error;
};

} // namespace zs::test
