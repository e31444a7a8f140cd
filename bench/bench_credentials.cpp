// Blind signatures per second (RFC 9474, RSA-2048): the collector's BlindSign (a raw RSA private
// operation plus its check), the app's Blind and Finalize (which verifies), and the collector's
// verification of a spent credential. bench/run sets them beside `openssl speed rsa2048`
// measured in the same run: BlindSign should cost about one RSA signature, Verify one RSA
// verification. `openssl speed` counts operations per second of the process's own CPU time
// (its default, without -elapsed), so the keys without a suffix do the same; the *_wall_per_s
// keys are per second of wall time, which on a shared machine also holds the waits for a core.

#include "benchcommon.h"
#include "blindrsa.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>

using namespace zs;

namespace {

/// Runs f runs times; prints KEY (per CPU second, as openssl speed) and KEY_wall.
template<typename F> void perSecond(const char *key, int runs, F &&f)
{
    QElapsedTimer t;
    const std::clock_t cpuStart = std::clock();
    t.start();
    for (int i = 0; i < runs; ++i)
        f();
    const double wallS = double(t.nsecsElapsed()) / 1e9;
    const double cpuS = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    zsbench::result(key, runs / cpuS);
    zsbench::result((QByteArray(key).replace("_per_s", "_wall_per_s")).constData(), runs / wallS);
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
    perSecond("credentials.blindsign_per_s", runs,
        [&] { (void)blindrsa::blindSign(*key, blinding->blindedMessage, nullptr); });
    perSecond("credentials.blind_per_s", runs, [&] { (void)blindrsa::blind(pk, token, nullptr); });
    perSecond("credentials.finalize_per_s", runs * 10,
        [&] { (void)blindrsa::finalize(pk, token, *blindSig, blinding->inverse, nullptr); });
    perSecond("credentials.verify_per_s", runs * 10,
        [&] { (void)blindrsa::verify(pk, token, *signature); });
    return 0;
}
