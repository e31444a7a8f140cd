#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zs {

// The wire objects of invitations and credentials (DESIGN §5a, docs/protocol.md). Binary
// values travel as base64url without padding (blindrsa::toBase64Url).

/// A one-time credential as a submission carries it: a 32-byte random token and the
/// issuer's RSA blind signature over exactly those bytes (RFC 9474, PSS-Deterministic).
///
/// Errors (field: wire code): credential wrong_type; credential.<key> unknown_field;
/// credential.keyId / .token / .signature wrong_type (not text) or invalid (not base64url of
/// the right length: keyId 16 bytes, token 32, signature 256).
struct Credential
{
    QString keyId;
    QByteArray token; ///< 32 random bytes
    QByteArray signature; ///< 256 bytes (RSA-2048)

    static std::optional<Credential> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    bool operator==(const Credential &) const = default;
};

/// One public key of an issuer (an employer or a panel) for a survey kind and year.
struct IssuerKey
{
    QString keyId; ///< base64url of the first 16 bytes of SHA-256 over the SPKI
    QByteArray spki; ///< DER SubjectPublicKeyInfo
    QString validFrom; ///< first month it signs in, YYYY-MM
    QString validUntil; ///< last month a credential under it is accepted, YYYY-MM

    static std::optional<IssuerKey> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// The keyId of a key: base64url of SHA-256(spki)[0..16).
    static QString idFor(const QByteArray &spki);
};

/// GET /v1/invitations/{code}: whose invitation it is, without using it up.
struct InvitationInfo
{
    QString employer;
    QString region;
    QString survey; ///< exit | retention
    QString keyId;
    QString expires; ///< last day it can be redeemed, YYYY-MM-DD

    static std::optional<InvitationInfo> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
};

/// POST /v1/credentials: an invitation, or a panel member's secret for a round, to redeem for
/// one blind signature.
///
/// Errors (field: wire code): 400 malformed when not an object; <key> unknown_field;
/// blindedMessage missing/invalid (not base64url); invitation invalid (not a code); with
/// "panel": panel, memberSecret, round missing/wrong_type, and no "invitation".
struct CredentialRequest
{
    QString invitation; ///< the invitation code (normalised), or empty for a panel round
    QString panel;
    QString memberSecret;
    QString round; ///< the round's survey id
    QByteArray blindedMessage;

    bool isPanelRound() const { return !panel.isEmpty(); }
    static std::optional<CredentialRequest> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
};

/// The answer to POST /v1/credentials: the blind signature and for whom it counts.
struct CredentialGrant
{
    QString keyId;
    QByteArray blindSignature;
    QString employer; ///< empty for a panel round
    QString region;
    QString survey; ///< exit | retention, or the round's survey id
    QString panel; ///< a panel round's panel, else empty

    static std::optional<CredentialGrant> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
};

/// POST /v1/employers/{id}/invitations: {"survey": "exit"|"retention", "count": 1..500,
/// "expires"?: "YYYY-MM-DD"}.
struct InvitationBatchRequest
{
    QString survey;
    int count = 0;
    QString expires; ///< empty: the collector's default

    static std::optional<InvitationBatchRequest> fromJson(
        const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
};

namespace invitationcode {

/// Codes are 11 random Crockford base32 symbols (55 bits) and one check symbol (the value
/// mod 37, Crockford's check alphabet), written in groups of four: "7KQ2-MX9D-4TBX" (generate()
/// keeps the check symbol to the 32 letters and digits).
inline constexpr int kRandomSymbols = 11;
/// A fresh code from the system's random source, in its written form.
QString generate();
/// The canonical form of a typed code: upper case, without separators or spaces, with the
/// look-alikes Crockford allows (O -> 0, I and L -> 1); nullopt unless the length and the check
/// symbol are right.
std::optional<QString> normalize(const QString &typed);
/// The written form of a canonical code: groups of four with hyphens.
QString format(const QString &canonical);
/// The check symbol of the symbols before it.
QChar checkSymbol(const QString &symbols);

} // namespace invitationcode

} // namespace zs
