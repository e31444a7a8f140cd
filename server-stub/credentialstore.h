#pragma once

#include "blindrsa.h"
#include "credential.h"
#include "database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace zs {

/// Who issues credentials under a key: an employer (for its exit or retention survey) or a
/// panel (for its rounds).
struct Issuer
{
    enum class Kind { Employer, Panel };
    Kind kind = Kind::Employer;
    QString id;
    QString survey; ///< exit | retention for an employer; "panel" for a panel
    /// The stored name: "employer:ID" or "panel:ID".
    QString key() const;
    static Issuer employer(const QString &id, const QString &survey);
    static Issuer panel(const QString &id);
};

/// A key pair as the collector keeps it. The private key never leaves this store.
struct SigningKey
{
    IssuerKey published; ///< keyId, spki, validFrom, validUntil
    QString issuer; ///< Issuer::key()
    QString survey;
    int year = 0;
    blindrsa::PublicKey publicKey;
    blindrsa::PrivateKey privateKey;
    /// Whether a credential under this key is accepted in this month (YYYY-MM).
    bool acceptsIn(const QString &month) const;
};

/// An invitation as stored: only the hash of its code, never the code.
struct Invitation
{
    QString employer;
    QString survey;
    QString keyId;
    QString issued; ///< month YYYY-MM
    QString expires; ///< last day YYYY-MM-DD
    QString redeemed; ///< month, or empty while unused
    QByteArray blindedHash; ///< SHA-256 of the blinded message it was redeemed with
};

/// One month of an employer's invitations: counts, never codes.
struct InvitationMonth
{
    QString month;
    QString survey;
    int issued = 0;
    int redeemed = 0;
    int expired = 0;
};

/// Keys, invitations and spent tokens in the collector's store (DESIGN §5a). Nothing here links
/// a token to an invitation: an invitation keeps the hash of the blinded message, which the
/// blinding makes independent of the token; spent tokens are hashes in a table of their own
/// (written by CollectorStore with the submission, in its transaction).
class CredentialStore
{
public:
    explicit CredentialStore(Database &db);

    /// The key of this issuer for this year, made (RSA-2048) and stored when there is none yet.
    std::optional<SigningKey> keyFor(const Issuer &issuer, int year);
    /// The key with this id, from a cache (keys never change once made).
    std::optional<SigningKey> key(const QString &keyId);
    /// The issuer's keys whose credentials are still accepted in this month, oldest first.
    QList<IssuerKey> publishedKeys(const Issuer &issuer, const QString &month);

    /// Makes count codes for the employer's survey kind under this year's key; the codes in
    /// their written form, shown once (only their hashes are stored). nullopt on a store fault.
    std::optional<QStringList> createInvitations(
        const QString &employer, const QString &survey, int count, const QDate &expires);
    /// The invitation of a canonical code (invitationcode::normalize), if any.
    std::optional<Invitation> invitation(const QString &code);
    /// Marks the invitation used, with the hash of the blinded message; false when it already
    /// was (or on a fault).
    bool redeem(const QString &code, const QByteArray &blindedHash, const QString &month);
    /// Issued, redeemed and expired counts per month and survey kind, newest month first.
    std::optional<QList<InvitationMonth>> invitationMonths(
        const QString &employer, const QDate &today);

    /// SHA-256, for blinded messages and tokens.
    static QByteArray hash(const QByteArray &bytes);
    static QByteArray codeHash(const QString &canonicalCode);

    /// The SQL of the tables (collector migration 4).
    static QStringList schema();

private:
    std::optional<SigningKey> load(const QString &where, const QVariantList &binds);
    Database &m_db;
    QHash<QString, SigningKey> m_cache;
};

} // namespace zs
