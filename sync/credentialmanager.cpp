#include "credentialmanager.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcCredentials, "zorgstem.credentials")

namespace zs {

namespace {

constexpr int kTokenBytes = 32;

bool isTransient(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

} // namespace

CredentialManager::CredentialManager(
    RedemptionStore &store, CollectorClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CredentialManager::step);
}

std::optional<qint64> CredentialManager::redeem(const QString &typed)
{
    const std::optional<QString> code = invitationcode::normalize(typed);
    if (!code)
        return std::nullopt;
    const std::optional<qint64> id = m_store.add(*code);
    if (id)
        resume();
    return id;
}

void CredentialManager::resume()
{
    m_retry.stop();
    if (!m_busy)
        step();
}

void CredentialManager::step()
{
    if (m_busy)
        return;
    const QList<Redemption> open = m_store.unfinished();
    if (open.isEmpty()) {
        m_failures = 0;
        Q_EMIT idle();
        return;
    }
    const Redemption &r = open.first();
    m_busy = true;
    switch (r.state) {
    case Redemption::State::Queued:
        lookUp(r);
        return;
    case Redemption::State::LookedUp:
        blind(r);
        return;
    case Redemption::State::Blinded:
        request(r);
        return;
    case Redemption::State::Signed:
    case Redemption::State::Refused:
        break;
    }
    m_busy = false;
}

bool CredentialManager::accept(const Redemption &r, const CollectorReply &reply, bool valid)
{
    if (isTransient(reply.status)) {
        retryLater(r.id, reply.errorMessage);
        return false;
    }
    if (reply.status >= 400) {
        // 404 unknown, 410 invitation_used / invitation_expired, 4xx other refusals.
        refuse(r.id,
            reply.errorCode.isEmpty()
                ? (reply.status == 404 ? QStringLiteral("not_found") : QStringLiteral("refused"))
                : reply.errorCode);
        return false;
    }
    if (!valid) {
        refuse(r.id, QStringLiteral("invalid_answer"));
        return false;
    }
    m_failures = 0;
    return true;
}

void CredentialManager::lookUp(const Redemption &r)
{
    m_client.lookupInvitation(r.code, [this, r](const CredentialAnswer<InvitationInfo> &a) {
        if (!accept(r, a.reply, a.value.has_value()))
            return;
        if (!m_store.setLookedUp(r.id, *a.value)) {
            retryLater(r.id, QStringLiteral("could not store the invitation"));
            return;
        }
        Q_EMIT changed(r.id);
        // The name is for the person's eyes only; without it the id is shown.
        m_client.fetchEmployerName(a.value->region, a.value->employer,
            [this, id = r.id](const std::optional<QString> &name) {
                if (name && !m_store.setEmployerName(id, *name))
                    qCWarning(lcCredentials) << "could not store the employer's name";
                if (name)
                    Q_EMIT changed(id);
                done(id);
            });
    });
}

void CredentialManager::blind(const Redemption &r)
{
    m_client.fetchKeys(
        r.employer, r.survey, [this, r](const CredentialAnswer<QList<IssuerKey>> &a) {
            if (!accept(r, a.reply, a.value.has_value()))
                return;
            const auto key = std::find_if(a.value->begin(), a.value->end(),
                [&r](const IssuerKey &k) { return k.keyId == r.keyId; });
            // The keyId is a hash of the key: a key that does not match its id is not used.
            const std::optional<blindrsa::PublicKey> publicKey
                = key != a.value->end() && IssuerKey::idFor(key->spki) == r.keyId
                ? blindrsa::PublicKey::fromSpki(key->spki)
                : std::nullopt;
            if (!publicKey) {
                refuse(r.id, QStringLiteral("key_unknown"));
                return;
            }
            QByteArray token(kTokenBytes, Qt::Uninitialized);
            QRandomGenerator::system()->generate(token.begin(), token.end());
            blindrsa::Error error = blindrsa::Error::None;
            const std::optional<blindrsa::Blinding> blinding
                = blindrsa::blind(*publicKey, token, &error);
            if (!blinding) {
                refuse(r.id, QStringLiteral("blinding_failed"));
                return;
            }
            // Stored before it is sent: a retry after a crash sends the very same message.
            if (!m_store.setBlinded(r.id, key->spki, token, *blinding)) {
                retryLater(r.id, QStringLiteral("could not store the blinded token"));
                return;
            }
            Q_EMIT changed(r.id);
            done(r.id);
        });
}

void CredentialManager::request(const Redemption &r)
{
    CredentialRequest body;
    body.invitation = r.code;
    body.blindedMessage = r.blindedMessage;
    m_client.requestCredential(body, [this, r](const CredentialAnswer<CredentialGrant> &a) {
        if (!accept(r, a.reply, a.value.has_value()))
            return;
        const CredentialGrant &grant = *a.value;
        if (grant.keyId != r.keyId || grant.employer != r.employer || grant.survey != r.survey) {
            refuse(r.id, QStringLiteral("invalid_answer"));
            return;
        }
        const std::optional<blindrsa::PublicKey> key = blindrsa::PublicKey::fromSpki(r.spki);
        blindrsa::Error error = blindrsa::Error::None;
        const std::optional<QByteArray> signature = key
            ? blindrsa::finalize(*key, r.token, grant.blindSignature, r.inverse, &error)
            : std::nullopt;
        if (!signature || !blindrsa::verify(*key, r.token, *signature)) {
            refuse(r.id, QStringLiteral("signature_invalid"));
            return;
        }
        if (!m_store.setSigned(r.id, *signature)) {
            retryLater(r.id, QStringLiteral("could not store the credential"));
            return;
        }
        Q_EMIT changed(r.id);
        done(r.id);
    });
}

void CredentialManager::refuse(qint64 id, const QString &error)
{
    qCInfo(lcCredentials).noquote() << "invitation refused:" << error;
    if (!m_store.setRefused(id, error))
        qCWarning(lcCredentials) << "could not store the refusal";
    Q_EMIT changed(id);
    done(id);
}

void CredentialManager::retryLater(qint64 id, const QString &reason)
{
    m_lastError = reason;
    m_busy = false;
    const auto wait = m_backoff.delay(m_failures++);
    qCInfo(lcCredentials).noquote() << "redemption waits" << wait.count() << "ms:" << reason;
    m_retry.start(wait);
    Q_EMIT waiting(id);
}

void CredentialManager::done(qint64 id)
{
    Q_UNUSED(id);
    m_busy = false;
    // On to the next step (of this row or the next) once this callback has returned.
    QTimer::singleShot(0, this, &CredentialManager::step);
}

} // namespace zs
