#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace zs::blindrsa {

// RSA blind signatures, RFC 9474, variant RSABSSA-SHA384-PSS-Deterministic: EMSA-PSS with
// SHA-384, MGF1-SHA-384 and a 48-byte salt; Prepare is the identity (the message is signed as
// it is). A finalized signature is an ordinary RSASSA-PSS signature over the message, so any
// PSS verifier accepts it. Built on OpenSSL 3 (EVP for keys and PSS verification, BIGNUM for
// the blinding). Used by the collector (keys, BlindSign) and by the app (Blind, Finalize).

inline constexpr int kSaltBytes = 48;
inline constexpr int kKeyBits = 2048;

struct KeyData;

/// An RSA public key (what the app blinds under and the collector verifies with).
class PublicKey
{
public:
    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey &);
    PublicKey &operator=(const PublicKey &);
    PublicKey(PublicKey &&) noexcept;
    PublicKey &operator=(PublicKey &&) noexcept;

    /// Reads a DER SubjectPublicKeyInfo of an RSA key of at least 2048 bits; nullopt otherwise.
    static std::optional<PublicKey> fromSpki(const QByteArray &der);
    /// From the modulus and public exponent (big-endian bytes), as the RFC's vectors give them.
    static std::optional<PublicKey> fromNumbers(const QByteArray &n, const QByteArray &e);
    /// The DER SubjectPublicKeyInfo.
    QByteArray spki() const;
    /// The length of the modulus in bytes (256 for RSA-2048): the length of every blinded
    /// message, blind signature and signature.
    int modulusBytes() const;
    bool isNull() const { return !m_d; }

private:
    friend class PrivateKey;
    friend struct Access;
    std::shared_ptr<const KeyData> m_d;
};

/// An RSA private key (kept only in the collector's database).
class PrivateKey
{
public:
    PrivateKey();
    ~PrivateKey();
    PrivateKey(const PrivateKey &);
    PrivateKey &operator=(const PrivateKey &);
    PrivateKey(PrivateKey &&) noexcept;
    PrivateKey &operator=(PrivateKey &&) noexcept;

    /// A fresh key pair from the system's random source (e = 65537).
    static std::optional<PrivateKey> generate(int bits = kKeyBits);
    /// Reads a DER PKCS#8 PrivateKeyInfo of an RSA key; nullopt otherwise.
    static std::optional<PrivateKey> fromPkcs8(const QByteArray &der);
    /// From p, q, and e (big-endian bytes), as the RFC's vectors give them.
    static std::optional<PrivateKey> fromPrimes(
        const QByteArray &p, const QByteArray &q, const QByteArray &e);
    /// The DER PKCS#8 PrivateKeyInfo.
    QByteArray pkcs8() const;
    PublicKey publicKey() const;
    bool isNull() const { return !m_d; }

private:
    friend struct Access;
    std::shared_ptr<const KeyData> m_d;
};

/// What Blind gives the client: the blinded message to send, and the inverse it must keep
/// (persisted before sending) to finalize the answer.
struct Blinding
{
    QByteArray blindedMessage;
    QByteArray inverse; ///< r^-1 mod n, big-endian, modulusBytes() long
};

/// Why an operation failed.
enum class Error {
    None,
    MessageTooLong, ///< the message cannot be encoded under this key
    Encoding, ///< EMSA-PSS encoding failed
    NotInvertible, ///< the encoded message or r shares a factor with n
    BadLength, ///< a blinded message or signature that is not modulusBytes() long
    NotBelowModulus, ///< a blinded message that is not a number below n (the collector's 422)
    SignCheck, ///< the private operation did not invert (fault attack guard)
    Verification, ///< the finalized signature does not verify
    Crypto, ///< OpenSSL failed (out of memory, no randomness)
};
QString errorString(Error error);

/// EMSA-PSS-ENCODE of the message for this key (emBits = bit length of n minus 1) with the given
/// salt: the encoded_msg of the RFC's vectors. Blind does this first.
std::optional<QByteArray> encode(
    const PublicKey &key, const QByteArray &message, const QByteArray &salt, Error *error);
/// Blind (RFC 9474 §4.2) with a fresh random salt and blinding factor.
std::optional<Blinding> blind(const PublicKey &key, const QByteArray &message, Error *error);
/// Blind with a given salt and inverse (RFC 9474 Appendix A: the vectors give both); r is the
/// inverse's inverse. For the tests; a real client uses blind().
std::optional<Blinding> blindWith(const PublicKey &key, const QByteArray &message,
    const QByteArray &salt, const QByteArray &inverse, Error *error);
/// BlindSign (§4.3): s = m^d mod n for a blinded message below n, checked by s^e = m.
std::optional<QByteArray> blindSign(
    const PrivateKey &key, const QByteArray &blindedMessage, Error *error);
/// Finalize (§4.4): the signature from the blind signature and the kept inverse, verified
/// before it is returned.
std::optional<QByteArray> finalize(const PublicKey &key, const QByteArray &message,
    const QByteArray &blindSignature, const QByteArray &inverse, Error *error);
/// RSASSA-PSS-VERIFY with SHA-384, MGF1-SHA-384 and a 48-byte salt (§4.5).
bool verify(const PublicKey &key, const QByteArray &message, const QByteArray &signature);

/// Base64url without padding, the encoding of every binary value on the wire.
QString toBase64Url(const QByteArray &bytes);
/// Strict base64url without padding; nullopt for anything else.
std::optional<QByteArray> fromBase64Url(const QString &text);

} // namespace zs::blindrsa
