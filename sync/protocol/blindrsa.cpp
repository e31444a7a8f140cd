#include "blindrsa.h"

#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace zs::blindrsa {

// One key, public or private: the EVP key and its public numbers, read once.
struct KeyData
{
    EVP_PKEY *pkey = nullptr;
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    int bytes = 0;
    /// Initialised once for RSASSA-PSS verification (SHA-384, MGF1-SHA-384, 48-byte salt) and
    /// never used itself: an OpenSSL context is not for two threads at once, so each verify()
    /// works on a copy (EVP_PKEY_CTX_dup), which is far cheaper than setting one up.
    EVP_PKEY_CTX *verifyTemplate = nullptr;
    ~KeyData()
    {
        EVP_PKEY_CTX_free(verifyTemplate);
        BN_free(n);
        BN_free(e);
        EVP_PKEY_free(pkey);
    }
};

struct Access
{
    static const KeyData *data(const PublicKey &k) { return k.m_d.get(); }
    static const KeyData *data(const PrivateKey &k) { return k.m_d.get(); }
    static void set(PublicKey &k, std::shared_ptr<const KeyData> d) { k.m_d = std::move(d); }
    static void set(PrivateKey &k, std::shared_ptr<const KeyData> d) { k.m_d = std::move(d); }
};

namespace {

constexpr int kHashBytes = 48; // SHA-384

struct BnCtxFree
{
    void operator()(BN_CTX *c) const { BN_CTX_free(c); }
};
struct BnFree
{
    void operator()(BIGNUM *b) const { BN_clear_free(b); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Ctx = std::unique_ptr<BN_CTX, BnCtxFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

/// SHA-384, fetched from the default provider once (a fetch looks it up by name each time); an
/// EVP_MD is immutable and may be used by every thread at once. Null when it cannot be fetched.
const EVP_MD *sha384()
{
    static const std::unique_ptr<EVP_MD, void (*)(EVP_MD *)> md(
        EVP_MD_fetch(nullptr, "SHA384", nullptr), EVP_MD_free);
    return md.get();
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

Bn toBn(const QByteArray &b)
{
    return Bn(BN_bin2bn(bytes(b), int(b.size()), nullptr));
}

QByteArray fromBn(const BIGNUM *bn, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), length) != length)
        return {};
    return out;
}

void fail(Error *error, Error what)
{
    if (error)
        *error = what;
}

QByteArray sha384(const QByteArray &data)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()),
            reinterpret_cast<unsigned char *>(out.data()), &length, EVP_sha384(), nullptr)
            != 1
        || length != kHashBytes)
        return {};
    return out;
}

// MGF1 with SHA-384 (RFC 8017 B.2.1).
QByteArray mgf1(const QByteArray &seed, int length)
{
    QByteArray mask;
    mask.reserve(length + kHashBytes);
    for (quint32 counter = 0; mask.size() < length; ++counter) {
        QByteArray block = seed;
        block.append(char(counter >> 24));
        block.append(char(counter >> 16));
        block.append(char(counter >> 8));
        block.append(char(counter));
        const QByteArray h = sha384(block);
        if (h.isEmpty())
            return {};
        mask.append(h);
    }
    mask.truncate(length);
    return mask;
}

// EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-384, MGF1-SHA-384 and the given salt.
std::optional<QByteArray> pssEncode(
    const QByteArray &message, int emBits, const QByteArray &salt, Error *error)
{
    const int emLen = (emBits + 7) / 8;
    if (emLen < kHashBytes + int(salt.size()) + 2) {
        fail(error, Error::MessageTooLong);
        return std::nullopt;
    }
    const QByteArray mHash = sha384(message);
    const QByteArray h = sha384(QByteArray(8, '\0') + mHash + salt);
    const int dbLen = emLen - kHashBytes - 1;
    QByteArray db(dbLen - int(salt.size()) - 1, '\0');
    db.append('\x01');
    db.append(salt);
    const QByteArray mask = mgf1(h, dbLen);
    if (mHash.isEmpty() || h.isEmpty() || mask.size() != dbLen) {
        fail(error, Error::Encoding);
        return std::nullopt;
    }
    for (int i = 0; i < dbLen; ++i)
        db[i] = char(db.at(i) ^ mask.at(i));
    db[0] = char(uchar(db.at(0)) & (0xffu >> (8 * emLen - emBits)));
    return db + h + QByteArray(1, '\xbc');
}

std::shared_ptr<const KeyData> wrap(EVP_PKEY *pkey)
{
    if (!pkey)
        return {};
    auto d = std::make_shared<KeyData>();
    d->pkey = pkey;
    if (!EVP_PKEY_is_a(pkey, "RSA")
        || EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &d->n) != 1
        || EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &d->e) != 1)
        return {};
    // Keys below 2048 bits are refused (RFC 9474 §6.2), and an even modulus is no RSA key.
    if (BN_num_bits(d->n) < kKeyBits || !BN_is_odd(d->n) || !BN_is_odd(d->e))
        return {};
    d->bytes = BN_num_bytes(d->n);
    const EVP_MD *md = sha384();
    d->verifyTemplate = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
    if (!md || !d->verifyTemplate || EVP_PKEY_verify_init(d->verifyTemplate) != 1
        || EVP_PKEY_CTX_set_rsa_padding(d->verifyTemplate, RSA_PKCS1_PSS_PADDING) != 1
        || EVP_PKEY_CTX_set_signature_md(d->verifyTemplate, md) != 1
        || EVP_PKEY_CTX_set_rsa_mgf1_md(d->verifyTemplate, md) != 1
        || EVP_PKEY_CTX_set_rsa_pss_saltlen(d->verifyTemplate, kSaltBytes) != 1)
        return {};
    return d;
}

// An EVP key from numbers (RFC 9474's vectors); every BIGNUM is owned by the caller.
EVP_PKEY *fromParams(const BIGNUM *n, const BIGNUM *e, const BIGNUM *d, const BIGNUM *p,
    const BIGNUM *q, const BIGNUM *dp, const BIGNUM *dq, const BIGNUM *qinv)
{
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    if (!bld)
        return nullptr;
    bool ok = OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n)
        && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e);
    if (d) {
        ok = ok && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_D, d)
            && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_FACTOR1, p)
            && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_FACTOR2, q)
            && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_EXPONENT1, dp)
            && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_EXPONENT2, dq)
            && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qinv);
    }
    OSSL_PARAM *params = ok ? OSSL_PARAM_BLD_to_param(bld) : nullptr;
    OSSL_PARAM_BLD_free(bld);
    if (!params)
        return nullptr;
    EVP_PKEY *pkey = nullptr;
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, d ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params)
            != 1)
        pkey = nullptr;
    OSSL_PARAM_free(params);
    return pkey;
}

// z = (a * b) mod n; nullptr on failure.
Bn modMul(const BIGNUM *a, const BIGNUM *b, const BIGNUM *n, BN_CTX *ctx)
{
    Bn z(BN_new());
    if (!z || BN_mod_mul(z.get(), a, b, n, ctx) != 1)
        return nullptr;
    return z;
}

std::optional<Blinding> blindWithR(const KeyData &key, const QByteArray &message,
    const QByteArray &salt, const BIGNUM *r, const BIGNUM *inverse, Error *error)
{
    const auto encoded = pssEncode(message, BN_num_bits(key.n) - 1, salt, error);
    if (!encoded)
        return std::nullopt;
    Ctx ctx(BN_CTX_new());
    const Bn m = toBn(*encoded);
    Bn gcd(BN_new());
    Bn x(BN_new());
    if (!ctx || !m || !gcd || !x || BN_gcd(gcd.get(), m.get(), key.n, ctx.get()) != 1) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    if (!BN_is_one(gcd.get())) {
        fail(error, Error::NotInvertible);
        return std::nullopt;
    }
    // x = RSAVP1(pk, r) = r^e mod n; z = m * x mod n.
    if (BN_mod_exp(x.get(), r, key.e, key.n, ctx.get()) != 1) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    const Bn z = modMul(m.get(), x.get(), key.n, ctx.get());
    if (!z) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    Blinding out { fromBn(z.get(), key.bytes), fromBn(inverse, key.bytes) };
    if (out.blindedMessage.isEmpty() || out.inverse.isEmpty()) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    fail(error, Error::None);
    return out;
}

} // namespace

// --- keys ---

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey &) = default;
PublicKey &PublicKey::operator=(const PublicKey &) = default;
PublicKey::PublicKey(PublicKey &&) noexcept = default;
PublicKey &PublicKey::operator=(PublicKey &&) noexcept = default;

std::optional<PublicKey> PublicKey::fromSpki(const QByteArray &der)
{
    const unsigned char *p = bytes(der);
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, long(der.size()));
    // Trailing bytes after the structure are refused: one key has one encoding.
    if (pkey && p != bytes(der) + der.size()) {
        EVP_PKEY_free(pkey);
        return std::nullopt;
    }
    auto d = wrap(pkey);
    if (!d)
        return std::nullopt;
    PublicKey key;
    Access::set(key, std::move(d));
    return key;
}

std::optional<PublicKey> PublicKey::fromNumbers(const QByteArray &n, const QByteArray &e)
{
    const Bn bn = toBn(n);
    const Bn be = toBn(e);
    if (!bn || !be)
        return std::nullopt;
    auto d = wrap(
        fromParams(bn.get(), be.get(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    if (!d)
        return std::nullopt;
    PublicKey key;
    Access::set(key, std::move(d));
    return key;
}

QByteArray PublicKey::spki() const
{
    if (!m_d)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_d->pkey, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

int PublicKey::modulusBytes() const
{
    return m_d ? m_d->bytes : 0;
}

PrivateKey::PrivateKey() = default;
PrivateKey::~PrivateKey() = default;
PrivateKey::PrivateKey(const PrivateKey &) = default;
PrivateKey &PrivateKey::operator=(const PrivateKey &) = default;
PrivateKey::PrivateKey(PrivateKey &&) noexcept = default;
PrivateKey &PrivateKey::operator=(PrivateKey &&) noexcept = default;

std::optional<PrivateKey> PrivateKey::generate(int bits)
{
    if (bits < kKeyBits)
        return std::nullopt;
    auto d = wrap(EVP_RSA_gen(unsigned(bits)));
    if (!d)
        return std::nullopt;
    PrivateKey key;
    Access::set(key, std::move(d));
    return key;
}

std::optional<PrivateKey> PrivateKey::fromPkcs8(const QByteArray &der)
{
    const unsigned char *p = bytes(der);
    PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size()));
    if (!info)
        return std::nullopt;
    EVP_PKEY *pkey = p == bytes(der) + der.size() ? EVP_PKCS82PKEY(info) : nullptr;
    PKCS8_PRIV_KEY_INFO_free(info);
    auto d = wrap(pkey);
    if (!d)
        return std::nullopt;
    PrivateKey key;
    Access::set(key, std::move(d));
    return key;
}

std::optional<PrivateKey> PrivateKey::fromPrimes(
    const QByteArray &p, const QByteArray &q, const QByteArray &e)
{
    Ctx ctx(BN_CTX_new());
    const Bn bp = toBn(p);
    const Bn bq = toBn(q);
    const Bn be = toBn(e);
    Bn n(BN_new()), d(BN_new()), p1(BN_new()), q1(BN_new()), phi(BN_new());
    Bn dp(BN_new()), dq(BN_new()), qinv(BN_new());
    if (!ctx || !bp || !bq || !be || !n || !d || !p1 || !q1 || !phi || !dp || !dq || !qinv)
        return std::nullopt;
    // d = e^-1 mod (p-1)(q-1): the same private function as any other valid d.
    if (BN_mul(n.get(), bp.get(), bq.get(), ctx.get()) != 1
        || !BN_sub(p1.get(), bp.get(), BN_value_one())
        || !BN_sub(q1.get(), bq.get(), BN_value_one())
        || BN_mul(phi.get(), p1.get(), q1.get(), ctx.get()) != 1
        || !BN_mod_inverse(d.get(), be.get(), phi.get(), ctx.get())
        || BN_mod(dp.get(), d.get(), p1.get(), ctx.get()) != 1
        || BN_mod(dq.get(), d.get(), q1.get(), ctx.get()) != 1
        || !BN_mod_inverse(qinv.get(), bq.get(), bp.get(), ctx.get()))
        return std::nullopt;
    auto data = wrap(
        fromParams(n.get(), be.get(), d.get(), bp.get(), bq.get(), dp.get(), dq.get(), qinv.get()));
    if (!data)
        return std::nullopt;
    PrivateKey key;
    Access::set(key, std::move(data));
    return key;
}

QByteArray PrivateKey::pkcs8() const
{
    if (!m_d)
        return {};
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(m_d->pkey);
    if (!info)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info, &der);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_clear_free(der, size_t(length));
    return out;
}

PublicKey PrivateKey::publicKey() const
{
    PublicKey key;
    if (!m_d)
        return key;
    const Bn n(BN_dup(m_d->n));
    const Bn e(BN_dup(m_d->e));
    if (n && e) {
        auto d = wrap(
            fromParams(n.get(), e.get(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
        if (d)
            Access::set(key, std::move(d));
    }
    return key;
}

// --- protocol ---

QString errorString(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::MessageTooLong:
        return QStringLiteral("message too long for this key");
    case Error::Encoding:
        return QStringLiteral("encoding error");
    case Error::NotInvertible:
        return QStringLiteral("the message is not invertible modulo n");
    case Error::BadLength:
        return QStringLiteral("unexpected input size");
    case Error::NotBelowModulus:
        return QStringLiteral("message representative out of range");
    case Error::SignCheck:
        return QStringLiteral("signing failure");
    case Error::Verification:
        return QStringLiteral("invalid signature");
    case Error::Crypto:
        return QStringLiteral("cryptographic library failure");
    }
    return {};
}

std::optional<QByteArray> encode(
    const PublicKey &key, const QByteArray &message, const QByteArray &salt, Error *error)
{
    const KeyData *k = Access::data(key);
    if (!k) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    return pssEncode(message, BN_num_bits(k->n) - 1, salt, error);
}

std::optional<Blinding> blind(const PublicKey &key, const QByteArray &message, Error *error)
{
    const KeyData *k = Access::data(key);
    if (!k) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    Ctx ctx(BN_CTX_new());
    Bn r(BN_new());
    Bn inverse(BN_new());
    if (!ctx || !r || !inverse
        || RAND_bytes_ex(nullptr, reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes, 0)
            != 1) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    // r uniform in [1, n) and invertible; a retry on the (negligible) failure, as §4.2 says.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (BN_priv_rand_range_ex(r.get(), k->n, 0, ctx.get()) != 1) {
            fail(error, Error::Crypto);
            return std::nullopt;
        }
        if (BN_is_zero(r.get()) || !BN_mod_inverse(inverse.get(), r.get(), k->n, ctx.get()))
            continue;
        return blindWithR(*k, message, salt, r.get(), inverse.get(), error);
    }
    fail(error, Error::NotInvertible);
    return std::nullopt;
}

std::optional<Blinding> blindWith(const PublicKey &key, const QByteArray &message,
    const QByteArray &salt, const QByteArray &inverse, Error *error)
{
    const KeyData *k = Access::data(key);
    Ctx ctx(BN_CTX_new());
    const Bn inv = toBn(inverse);
    Bn r(BN_new());
    if (!k || !ctx || !inv || !r) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    if (!BN_mod_inverse(r.get(), inv.get(), k->n, ctx.get())) {
        fail(error, Error::NotInvertible);
        return std::nullopt;
    }
    return blindWithR(*k, message, salt, r.get(), inv.get(), error);
}

std::optional<QByteArray> blindSign(
    const PrivateKey &key, const QByteArray &blindedMessage, Error *error)
{
    const KeyData *k = Access::data(key);
    if (!k) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    if (blindedMessage.size() != k->bytes) {
        fail(error, Error::BadLength);
        return std::nullopt;
    }
    Ctx ctx(BN_CTX_new());
    const Bn m = toBn(blindedMessage);
    if (!ctx || !m) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    if (BN_cmp(m.get(), k->n) >= 0) {
        fail(error, Error::NotBelowModulus);
        return std::nullopt;
    }
    // s = RSASP1(sk, m): OpenSSL's raw private operation (CRT, with its own blinding).
    PkeyCtx pctx(EVP_PKEY_CTX_new_from_pkey(nullptr, k->pkey, nullptr));
    QByteArray s(k->bytes, Qt::Uninitialized);
    size_t length = size_t(s.size());
    if (!pctx || EVP_PKEY_decrypt_init(pctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(pctx.get(), RSA_NO_PADDING) != 1
        || EVP_PKEY_decrypt(pctx.get(), reinterpret_cast<unsigned char *>(s.data()), &length,
               bytes(blindedMessage), size_t(blindedMessage.size()))
            != 1
        || length != size_t(k->bytes)) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    // m' = RSAVP1(pk, s) must give m back (a guard against faults, §4.3 step 4).
    const Bn bs = toBn(s);
    Bn check(BN_new());
    if (!bs || !check || BN_mod_exp(check.get(), bs.get(), k->e, k->n, ctx.get()) != 1
        || BN_cmp(check.get(), m.get()) != 0) {
        fail(error, Error::SignCheck);
        return std::nullopt;
    }
    fail(error, Error::None);
    return s;
}

std::optional<QByteArray> finalize(const PublicKey &key, const QByteArray &message,
    const QByteArray &blindSignature, const QByteArray &inverse, Error *error)
{
    const KeyData *k = Access::data(key);
    if (!k) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    if (blindSignature.size() != k->bytes || inverse.size() != k->bytes) {
        fail(error, Error::BadLength);
        return std::nullopt;
    }
    Ctx ctx(BN_CTX_new());
    const Bn z = toBn(blindSignature);
    const Bn inv = toBn(inverse);
    if (!ctx || !z || !inv) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    const Bn s = modMul(z.get(), inv.get(), k->n, ctx.get());
    const QByteArray signature = s ? fromBn(s.get(), k->bytes) : QByteArray();
    if (signature.isEmpty()) {
        fail(error, Error::Crypto);
        return std::nullopt;
    }
    if (!verify(key, message, signature)) {
        fail(error, Error::Verification);
        return std::nullopt;
    }
    fail(error, Error::None);
    return signature;
}

bool verify(const PublicKey &key, const QByteArray &message, const QByteArray &signature)
{
    const KeyData *k = Access::data(key);
    if (!k || signature.size() != k->bytes)
        return false;
    // RSASSA-PSS verification of SHA-384(message), as EVP_DigestVerify would do it, on a copy
    // of the key's prepared context.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestBytes = 0;
    if (EVP_Digest(bytes(message), size_t(message.size()), digest, &digestBytes, sha384(), nullptr)
        != 1)
        return false;
    const PkeyCtx ctx(EVP_PKEY_CTX_dup(k->verifyTemplate));
    return ctx
        && EVP_PKEY_verify(
               ctx.get(), bytes(signature), size_t(signature.size()), digest, digestBytes)
        == 1;
}

QString toBase64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromBase64Url(const QString &text)
{
    // Exactly the alphabet and no padding; and the one canonical spelling of the bytes.
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]*$"));
    if (!alphabet.match(text).hasMatch() || text.size() % 4 == 1)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || toBase64Url(*decoded) != text)
        return std::nullopt;
    return *decoded;
}

} // namespace zs::blindrsa
