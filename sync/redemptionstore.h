#pragma once

#include "blindrsa.h"
#include "credential.h"
#include "database.h"
#include "heldcredential.h"

#include <QList>
#include <optional>

namespace zs {

/// A panel round's credential to ask for: the member's secret stands in for an invitation.
struct RoundRequest
{
    QString panel;
    QString round; ///< the round's survey id
    QString memberSecret; ///< of this device's membership; sent only with the credential request
};

/// One invitation (or a panel round) on its way to a credential, as stored in the app database.
struct Redemption
{
    enum class Kind { Invitation, Round };
    enum class State { Queued, LookedUp, Blinded, Signed, Refused };

    qint64 id = 0;
    Kind kind = Kind::Invitation;
    State state = State::Queued;
    QString code; ///< canonical invitation code; empty once signed
    QString employer;
    QString employerName;
    QString region;
    QString survey; ///< exit | retention
    QString keyId;
    QString expires; ///< YYYY-MM-DD
    QByteArray spki; ///< the key blinded under (until signed)
    QByteArray token; ///< the 32 random bytes that become the credential
    QByteArray inverse; ///< the blinding's inverse (until signed)
    QByteArray blindedMessage; ///< what is sent, the same on every retry (until signed)
    QByteArray signature; ///< the finalized, verified signature
    QString error; ///< refused: the collector's wire code or our own reason
    RoundRequest round; ///< kind Round: panel, round and secret (the secret until signed)

    bool isFinished() const { return state == State::Signed || state == State::Refused; }
    HeldCredential held() const;
    static QString stateName(State state);
};

/// The durable redemption queue (DESIGN §5a) in the app database: every step is stored before
/// the next request goes out, so a crash or an offline spell resumes where it stopped and a
/// retry sends the very same blinded message. Signing deletes the invitation code (rule 9).
/// A panel round's row skips the lookup (queued -> blinded -> signed); its answers wait in the
/// outbox for it (Outbox::enqueueForRound).
class RedemptionStore
{
public:
    explicit RedemptionStore(Database &db);

    /// Queues a canonical code; the row id (the existing one for a code already queued), or
    /// nullopt when it could not be stored.
    std::optional<qint64> add(const QString &code);
    std::optional<Redemption> find(qint64 id);
    /// Rows still to be redeemed (queued, looked up, blinded), oldest first.
    QList<Redemption> unfinished();
    /// Every row, oldest first.
    QList<Redemption> all();

    [[nodiscard]] bool setLookedUp(qint64 id, const InvitationInfo &info);
    [[nodiscard]] bool setEmployerName(qint64 id, const QString &name);
    /// Persists the token and its blinding under the key keyId names; only then may the blinded
    /// message be sent.
    [[nodiscard]] bool setBlinded(qint64 id, const QString &keyId, const QByteArray &spki,
        const QByteArray &token, const blindrsa::Blinding &blinding);
    /// The credential is complete: keeps token and signature, forgets the code and the blinding.
    [[nodiscard]] bool setSigned(qint64 id, const QByteArray &signature);
    [[nodiscard]] bool setRefused(qint64 id, const QString &error);
    /// The person removes a row (a refused one, or a credential they do not want to use).
    [[nodiscard]] bool remove(qint64 id);

    /// The oldest invitation credential held for a survey kind, if any.
    std::optional<HeldCredential> heldFor(const QString &survey);
    /// The person left the panel: every row of its rounds goes, whatever its state; answers that
    /// waited for one are refused (membership_left), in the same transaction.
    [[nodiscard]] bool removePanel(const QString &panel);

private:
    QList<Redemption> select(const QString &where, const QVariantList &binds);
    [[nodiscard]] bool update(qint64 id, const QString &set, QVariantList binds);
    Database &m_db;
};

} // namespace zs
