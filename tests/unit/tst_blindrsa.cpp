// RFC 9474 blind signatures (RSABSSA-SHA384-PSS-Deterministic) on OpenSSL 3: the RFC's own
// test vector step by step, then the properties the collector and the app rely on.

#include "blindrsa.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace zs::blindrsa;

class TestBlindRsa : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vector;
    QByteArray hex(const char *name) const
    {
        return QByteArray::fromHex(m_vector.value(QLatin1String(name)).toString().toLatin1());
    }
    // One 2048-bit key for the property tests (generating one takes a moment).
    PrivateKey m_key;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(ZS_TEST_DATA "/rfc9474-pss-deterministic.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_vector = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_vector.isEmpty());
        const auto key = PrivateKey::generate();
        QVERIFY(key);
        m_key = *key;
    }

    // Appendix A.3, each step against the vector: key, encoding, blinding with the vector's
    // inverse, blind signature, finalize, and PSS verification.
    void rfcVector()
    {
        const auto secret = PrivateKey::fromPrimes(hex("p"), hex("q"), hex("e"));
        QVERIFY(secret);
        const PublicKey pk = secret->publicKey();
        const auto fromNumbers = PublicKey::fromNumbers(hex("n"), hex("e"));
        QVERIFY(fromNumbers);
        QCOMPARE(pk.spki(), fromNumbers->spki());
        QCOMPARE(pk.modulusBytes(), hex("n").size());

        Error error = Error::Crypto;
        const auto encoded = encode(pk, hex("msg"), hex("salt"), &error);
        QVERIFY(encoded);
        QCOMPARE(encoded->toHex(), hex("encoded_msg").toHex());

        const auto blinding = blindWith(pk, hex("msg"), hex("salt"), hex("inv"), &error);
        QVERIFY2(blinding, qPrintable(errorString(error)));
        QCOMPARE(blinding->blindedMessage.toHex(), hex("blinded_msg").toHex());
        QCOMPARE(blinding->inverse.toHex(), hex("inv").toHex());

        const auto blindSig = blindSign(*secret, blinding->blindedMessage, &error);
        QVERIFY2(blindSig, qPrintable(errorString(error)));
        QCOMPARE(blindSig->toHex(), hex("blind_sig").toHex());

        const auto sig = finalize(pk, hex("msg"), *blindSig, blinding->inverse, &error);
        QVERIFY2(sig, qPrintable(errorString(error)));
        QCOMPARE(sig->toHex(), hex("sig").toHex());
        QVERIFY(verify(pk, hex("msg"), hex("sig")));
        QVERIFY(verify(*fromNumbers, hex("msg"), hex("sig")));
    }

    // The vector's signature fails for any other message, a changed bit, or another key.
    void rfcVectorRejectsChanges()
    {
        const auto pk = PublicKey::fromNumbers(hex("n"), hex("e"));
        QVERIFY(pk);
        QByteArray msg = hex("msg");
        msg[0] = char(msg.at(0) ^ 1);
        QVERIFY(!verify(*pk, msg, hex("sig")));
        QByteArray sig = hex("sig");
        sig[sig.size() - 1] = char(sig.at(sig.size() - 1) ^ 1);
        QVERIFY(!verify(*pk, hex("msg"), sig));
        QVERIFY(!verify(m_key.publicKey(), hex("msg"), hex("sig")));
        QVERIFY(!verify(*pk, hex("msg"), hex("sig").left(100)));
    }

    void roundTripWithFreshKey()
    {
        const PublicKey pk = m_key.publicKey();
        QCOMPARE(pk.modulusBytes(), 256);
        const QByteArray token = QByteArray::fromHex(
            "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        Error error = Error::Crypto;
        const auto blinding = blind(pk, token, &error);
        QVERIFY(blinding);
        QCOMPARE(blinding->blindedMessage.size(), 256);
        const auto blindSig = blindSign(m_key, blinding->blindedMessage, &error);
        QVERIFY(blindSig);
        const auto sig = finalize(pk, token, *blindSig, blinding->inverse, &error);
        QVERIFY2(sig, qPrintable(errorString(error)));
        QVERIFY(verify(pk, token, *sig));
        // The signer saw only the blinded message: the signature is not its blind signature.
        QVERIFY(*sig != *blindSig);
        // A blind signature finalized with another blinding's inverse does not verify.
        const auto other = blind(pk, token, &error);
        QVERIFY(other);
        QVERIFY(!finalize(pk, token, *blindSig, other->inverse, &error));
        QCOMPARE(error, Error::Verification);
    }

    // One key verified on several threads at once (the HTTP thread and others): every call on
    // its own copy of the key's prepared context, so each answer is right.
    void verifyOnManyThreadsAtOnce()
    {
        const PublicKey pk = m_key.publicKey();
        const QByteArray token(32, 'z');
        Error error = Error::Crypto;
        const auto blinding = blind(pk, token, &error);
        QVERIFY(blinding);
        const auto blindSig = blindSign(m_key, blinding->blindedMessage, &error);
        QVERIFY(blindSig);
        const auto sig = finalize(pk, token, *blindSig, blinding->inverse, &error);
        QVERIFY(sig);
        QByteArray tampered = *sig;
        tampered[10] = char(tampered.at(10) ^ 1);
        std::atomic<int> wrong { 0 };
        std::vector<std::thread> threads;
        threads.reserve(4);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i) {
                    if (!verify(pk, token, *sig) || verify(pk, token, tampered)
                        || verify(pk, QByteArray(32, 'y'), *sig))
                        ++wrong;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }

    // The same token blinded twice gives unrelated blinded messages (fresh r and salt).
    void blindingIsRandomised()
    {
        const PublicKey pk = m_key.publicKey();
        const QByteArray token(32, 'x');
        QSet<QByteArray> seen;
        for (int i = 0; i < 8; ++i) {
            const auto b = blind(pk, token, nullptr);
            QVERIFY(b);
            seen.insert(b->blindedMessage);
        }
        QCOMPARE(seen.size(), 8);
    }

    // A deterministic signer: the same blinded message gives the same blind signature (the
    // collector's retry answer relies on it).
    void blindSignIsDeterministic()
    {
        const auto b = blind(m_key.publicKey(), QByteArray(32, 'y'), nullptr);
        QVERIFY(b);
        QCOMPARE(blindSign(m_key, b->blindedMessage, nullptr),
            blindSign(m_key, b->blindedMessage, nullptr));
    }

    void blindSignRefusesOutOfRange()
    {
        Error error = Error::None;
        QVERIFY(!blindSign(m_key, QByteArray(256, '\xff'), &error));
        QCOMPARE(error, Error::NotBelowModulus);
        QVERIFY(!blindSign(m_key, QByteArray(255, '\x01'), &error));
        QCOMPARE(error, Error::BadLength);
        QVERIFY(!blindSign(m_key, QByteArray(257, '\x01'), &error));
        QCOMPARE(error, Error::BadLength);
        // n itself is not below n.
        const auto rfcKey = PrivateKey::fromPrimes(hex("p"), hex("q"), hex("e"));
        QVERIFY(rfcKey);
        QVERIFY(!blindSign(*rfcKey, hex("n"), &error));
        QCOMPARE(error, Error::NotBelowModulus);
    }

    void keysRoundTrip()
    {
        const QByteArray der = m_key.pkcs8();
        QVERIFY(!der.isEmpty());
        const auto again = PrivateKey::fromPkcs8(der);
        QVERIFY(again);
        QCOMPARE(again->publicKey().spki(), m_key.publicKey().spki());
        const auto pk = PublicKey::fromSpki(m_key.publicKey().spki());
        QVERIFY(pk);
        QCOMPARE(pk->spki(), m_key.publicKey().spki());
        // A signature by the restored key verifies under the original public key.
        const auto b = blind(*pk, QByteArray(32, 'z'), nullptr);
        QVERIFY(b);
        const auto s = blindSign(*again, b->blindedMessage, nullptr);
        QVERIFY(s);
        QVERIFY(finalize(m_key.publicKey(), QByteArray(32, 'z'), *s, b->inverse, nullptr));
    }

    void keysRefuseGarbage()
    {
        QVERIFY(!PublicKey::fromSpki(QByteArray()));
        QVERIFY(!PublicKey::fromSpki(QByteArray("not a key")));
        QVERIFY(!PublicKey::fromSpki(m_key.publicKey().spki() + QByteArray(1, '\0')));
        QVERIFY(!PrivateKey::fromPkcs8(QByteArray("not a key")));
        QVERIFY(!PrivateKey::fromPkcs8(m_key.publicKey().spki()));
        // Keys below 2048 bits are refused.
        QVERIFY(!PrivateKey::generate(1024));
        QVERIFY(!PublicKey::fromNumbers(QByteArray(128, '\xff'), QByteArray::fromHex("010001")));
    }

    void base64Url()
    {
        QCOMPARE(toBase64Url(QByteArray::fromHex("fbff")), QStringLiteral("-_8"));
        QCOMPARE(fromBase64Url(QStringLiteral("-_8")), QByteArray::fromHex("fbff"));
        QCOMPARE(fromBase64Url(QString()), QByteArray());
        QVERIFY(!fromBase64Url(QStringLiteral("-_8=")));
        QVERIFY(!fromBase64Url(QStringLiteral("+/8")));
        QVERIFY(!fromBase64Url(QStringLiteral("a")));
        QVERIFY(!fromBase64Url(QStringLiteral("ab c")));
        // Only the canonical spelling: "-_9" decodes to the same bytes with stray low bits.
        QVERIFY(!fromBase64Url(QStringLiteral("-_9")));
    }
};

QTEST_GUILESS_MAIN(TestBlindRsa)
#include "tst_blindrsa.moc"
