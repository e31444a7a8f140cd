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

bool CredentialManager::forgetPanel(const QString &panel)
{
    if (!m_store.removePanel(panel))
        return false;
    Q_EMIT outboxChanged();
    return true;
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
        if (r.kind == Redemption::Kind::Round)
            blindRound(r);
        else
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
        refuse(r,
            reply.errorCode.isEmpty()
                ? (reply.status == 404 ? QStringLiteral("not_found") : QStringLiteral("refused"))
                : reply.errorCode);
        return false;
    }
    if (!valid) {
        refuse(r, QStringLiteral("invalid_answer"));
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
            if (key == a.value->end()) {
                refuse(r, QStringLiteral("key_unknown"));
                return;
            }
            blindUnder(r, *key);
        });
}

void CredentialManager::blindRound(const Redemption &r)
{
    m_client.fetchPanelKeys(r.round.panel, [this, r](const CredentialAnswer<QList<IssuerKey>> &a) {
        if (!accept(r, a.reply, a.value.has_value()))
            return;
        // The collector signs a round's credential under the last key it lists (this year's).
        if (a.value->isEmpty()) {
            refuse(r, QStringLiteral("key_unknown"));
            return;
        }
        blindUnder(r, a.value->constLast());
    });
}

void CredentialManager::blindUnder(const Redemption &r, const IssuerKey &key)
{
    // The keyId is a hash of the key: a key that does not match its id is not used.
    const std::optional<blindrsa::PublicKey> publicKey = IssuerKey::idFor(key.spki) == key.keyId
        ? blindrsa::PublicKey::fromSpki(key.spki)
        : std::nullopt;
    if (!publicKey) {
        refuse(r, QStringLiteral("key_unknown"));
        return;
    }
    QByteArray token(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(token.begin(), token.end());
    blindrsa::Error error = blindrsa::Error::None;
    const std::optional<blindrsa::Blinding> blinding = blindrsa::blind(*publicKey, token, &error);
    if (!blinding) {
        refuse(r, QStringLiteral("blinding_failed"));
        return;
    }
    // Stored before it is sent: a retry after a crash sends the very same message.
    if (!m_store.setBlinded(r.id, key.keyId, key.spki, token, *blinding)) {
        retryLater(r.id, QStringLiteral("could not store the blinded token"));
        return;
    }
    Q_EMIT changed(r.id);
    done(r.id);
}

void CredentialManager::request(const Redemption &r)
{
    const bool round = r.kind == Redemption::Kind::Round;
    CredentialRequest body;
    if (round) {
        body.panel = r.round.panel;
        body.memberSecret = r.round.memberSecret;
        body.round = r.round.round;
    } else {
        body.invitation = r.code;
    }
    body.blindedMessage = r.blindedMessage;
    m_client.requestCredential(body, [this, r, round](const CredentialAnswer<CredentialGrant> &a) {
        if (!accept(r, a.reply, a.value.has_value()))
            return;
        const CredentialGrant &grant = *a.value;
        const bool forThis = round ? grant.panel == r.round.panel && grant.survey == r.round.round
                && grant.employer.isEmpty()
                                   : grant.employer == r.employer && grant.survey == r.survey;
        if (grant.keyId != r.keyId || !forThis) {
            refuse(r, QStringLiteral("invalid_answer"));
            return;
        }
        const std::optional<blindrsa::PublicKey> key = blindrsa::PublicKey::fromSpki(r.spki);
        blindrsa::Error error = blindrsa::Error::None;
        const std::optional<QByteArray> signature = key
            ? blindrsa::finalize(*key, r.token, grant.blindSignature, r.inverse, &error)
            : std::nullopt;
        if (!signature || !blindrsa::verify(*key, r.token, *signature)) {
            refuse(r, QStringLiteral("signature_invalid"));
            return;
        }
        keep(r, *signature);
    });
}

void CredentialManager::keep(const Redemption &r, const QByteArray &signature)
{
    // A round's credential goes into its answers at once: it is never held apart from them.
    if (r.kind == Redemption::Kind::Round && m_outbox && m_outbox->isWaitingFor(r.id)) {
        if (!m_outbox->attachCredential(r.id, Credential { r.keyId, r.token, signature })) {
            retryLater(r.id, QStringLiteral("could not store the credential"));
            return;
        }
        Q_EMIT changed(r.id);
        Q_EMIT outboxChanged();
        done(r.id);
        return;
    }
    if (!m_store.setSigned(r.id, signature)) {
        retryLater(r.id, QStringLiteral("could not store the credential"));
        return;
    }
    Q_EMIT changed(r.id);
    done(r.id);
}

void CredentialManager::refuse(const Redemption &r, const QString &error)
{
    qCInfo(lcCredentials).noquote() << "credential refused:" << error;
    if (r.kind == Redemption::Kind::Round && m_outbox && m_outbox->isWaitingFor(r.id)) {
        // The answers cannot count without it: they are refused with the collector's reason.
        if (!m_outbox->rejectWaiting(r.id, error))
            qCWarning(lcCredentials) << "could not store the refusal";
        Q_EMIT outboxChanged();
    } else if (!m_store.setRefused(r.id, error)) {
        qCWarning(lcCredentials) << "could not store the refusal";
    }
    Q_EMIT changed(r.id);
    done(r.id);
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
