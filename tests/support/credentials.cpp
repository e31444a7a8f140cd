#include "credentials.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace zs::test {

namespace {

QByteArray randomToken()
{
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), 8);
    return token;
}

} // namespace

CredentialMaker::CredentialMaker(CollectorProcess &collector, Http &http)
    : m_collector(collector)
    , m_http(http)
{ }

std::optional<blindrsa::PublicKey> CredentialMaker::keyFor(
    const QString &code, QString *keyId, QString *error)
{
    const HttpReply info = m_http.get(m_collector.url(QStringLiteral("/v1/invitations/") + code));
    if (info.status != 200) {
        *error = QStringLiteral("GET /v1/invitations: ") + QString::fromUtf8(info.describe());
        return std::nullopt;
    }
    ProtocolError e;
    const auto invitation = InvitationInfo::fromJson(info.json(), &e);
    if (!invitation) {
        *error = QStringLiteral("invitation: ") + e.message;
        return std::nullopt;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("employer"), invitation->employer);
    query.addQueryItem(QStringLiteral("survey"), invitation->survey);
    const HttpReply keys
        = m_http.get(m_collector.url(QStringLiteral("/v1/keys?") + query.toString()));
    for (const QJsonValue &k : keys.json().value(QLatin1String("keys")).toArray()) {
        const auto key = IssuerKey::fromJson(k, &e);
        if (key && key->keyId == invitation->keyId) {
            *keyId = key->keyId;
            return blindrsa::PublicKey::fromSpki(key->spki);
        }
    }
    *error = QStringLiteral("GET /v1/keys has no key ") + invitation->keyId + QLatin1Char(' ')
        + QString::fromUtf8(keys.describe());
    return std::nullopt;
}

CredentialMaker::Redeemed CredentialMaker::finish(const blindrsa::PublicKey &key,
    const QString &keyId, const QByteArray &token, const blindrsa::Blinding &blinding,
    const HttpReply &reply)
{
    Redeemed out;
    out.reply = reply;
    if (reply.status != 201 && reply.status != 200) {
        out.error = QStringLiteral("POST /v1/credentials: ") + QString::fromUtf8(reply.describe());
        return out;
    }
    ProtocolError e;
    const auto grant = CredentialGrant::fromJson(reply.json(), &e);
    if (!grant || grant->keyId != keyId) {
        out.error = QStringLiteral("grant: ") + e.message + QString::fromUtf8(reply.body);
        return out;
    }
    blindrsa::Error error = blindrsa::Error::None;
    const auto signature
        = blindrsa::finalize(key, token, grant->blindSignature, blinding.inverse, &error);
    if (!signature) {
        out.error = QStringLiteral("finalize: ") + blindrsa::errorString(error);
        return out;
    }
    out.credential = Credential { keyId, token, *signature };
    return out;
}

CredentialMaker::Redeemed CredentialMaker::redeem(const QString &code)
{
    Redeemed out;
    QString keyId;
    const auto key = keyFor(code, &keyId, &out.error);
    if (!key)
        return out;
    const QByteArray token = randomToken();
    const auto blinding = blindrsa::blind(*key, token, nullptr);
    if (!blinding) {
        out.error = QStringLiteral("blind failed");
        return out;
    }
    CredentialRequest request;
    request.invitation = code;
    request.blindedMessage = blinding->blindedMessage;
    return finish(*key, keyId, token, *blinding,
        m_http.postJson(m_collector.url(QStringLiteral("/v1/credentials")), request.toJson()));
}

CredentialMaker::Redeemed CredentialMaker::forRound(
    const QString &panel, const QString &memberSecret, const QString &round)
{
    Redeemed out;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("panel"), panel);
    // The lookup makes the panel's key of this year when there is none yet.
    const HttpReply reply
        = m_http.get(m_collector.url(QStringLiteral("/v1/keys?") + query.toString()));
    QList<IssuerKey> keys;
    ProtocolError e;
    for (const QJsonValue &k : reply.json().value(QLatin1String("keys")).toArray()) {
        if (const auto key = IssuerKey::fromJson(k, &e))
            keys.append(*key);
    }
    if (keys.isEmpty()) {
        out.error = QStringLiteral("GET /v1/keys: ") + QString::fromUtf8(reply.describe());
        return out;
    }
    const auto key = blindrsa::PublicKey::fromSpki(keys.constLast().spki);
    const QByteArray token = randomToken();
    const auto blinding = key ? blindrsa::blind(*key, token, nullptr) : std::nullopt;
    if (!blinding) {
        out.error = QStringLiteral("blind failed");
        return out;
    }
    CredentialRequest request { {}, panel, memberSecret, round, blinding->blindedMessage };
    return finish(*key, keys.constLast().keyId, token, *blinding,
        m_http.postJson(m_collector.url(QStringLiteral("/v1/credentials")), request.toJson()));
}

std::optional<Credential> CredentialMaker::forEmployer(
    const QString &employer, const QString &survey)
{
    QStringList &codes = m_codes[employer + QLatin1Char('|') + survey];
    if (codes.isEmpty())
        codes = m_collector.invite(employer, survey, 25);
    if (codes.isEmpty()) {
        m_error = QStringLiteral("invitations create failed: ") + m_collector.lastError();
        return std::nullopt;
    }
    const Redeemed r = redeem(codes.takeFirst());
    if (!r.credential)
        m_error = r.error;
    return r.credential;
}

QJsonObject CredentialMaker::credentialed(const QJsonObject &submission)
{
    const QString employer = submission.value(QLatin1String("strata"))
                                 .toObject()
                                 .value(QLatin1String("employer"))
                                 .toString();
    if (employer.isEmpty())
        return submission;
    const auto credential
        = forEmployer(employer, submission.value(QLatin1String("surveyId")).toString());
    if (!credential)
        return submission;
    QJsonObject out = submission;
    out.insert(QStringLiteral("credential"), credential->toJson());
    return out;
}

} // namespace zs::test
