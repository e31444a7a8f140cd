// Blind signatures per second (RFC 9474, RSA-2048): the collector's BlindSign (a raw RSA private
// operation plus its check), the app's Blind and Finalize (which verifies), and the collector's
// verification of a spent credential. bench/run sets them beside `openssl speed rsa2048`
// measured in the same run: BlindSign should cost about one RSA signature, Verify one RSA
// verification.

#include "benchcommon.h"
#include "blindrsa.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace zs;

namespace {

template<typename F> double perSecond(int runs, F &&f)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i)
        f();
    return runs / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(10, QCoreApplication::arguments().value(1).toInt());
    const auto key = blindrsa::PrivateKey::generate();
    if (!key) {
        std::fprintf(stderr, "no key\n");
        return 1;
    }
    const blindrsa::PublicKey pk = key->publicKey();
    const QByteArray token(32, 't');
    const auto blinding = blindrsa::blind(pk, token, nullptr);
    const auto blindSig = blindrsa::blindSign(*key, blinding->blindedMessage, nullptr);
    const auto signature = blindrsa::finalize(pk, token, *blindSig, blinding->inverse, nullptr);
    if (!signature) {
        std::fprintf(stderr, "the round trip failed\n");
        return 1;
    }
    zsbench::result("credentials.blindsign_per_s", perSecond(runs, [&] {
        (void)blindrsa::blindSign(*key, blinding->blindedMessage, nullptr);
    }));
    zsbench::result("credentials.blind_per_s",
        perSecond(runs * 10, [&] { (void)blindrsa::blind(pk, token, nullptr); }));
    zsbench::result("credentials.finalize_per_s", perSecond(runs * 10, [&] {
        (void)blindrsa::finalize(pk, token, *blindSig, blinding->inverse, nullptr);
    }));
    zsbench::result("credentials.verify_per_s",
        perSecond(runs * 10, [&] { (void)blindrsa::verify(pk, token, *signature); }));
    return 0;
}
