// RateLimiter (issue 7): token buckets per peer address on a settable clock: the burst passes,
// then the refill rate; the wait is named in seconds; full buckets are forgotten; IPv6 counts
// per /64. Values only; nothing here waits.

#include "ratelimiter.h"

#include <QTest>

using namespace zs;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefill()
    {
        qint64 now = 0;
        RateLimiter limiter(5, 3600, [&] { return now; }); // one token a second
        const QHostAddress peer(QStringLiteral("192.0.2.1"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.take(peer), 0);
        QCOMPARE(limiter.take(peer), 1);
        QCOMPARE(limiter.take(peer, 3), 3); // nothing was taken by the refusals
        now += 1000;
        QCOMPARE(limiter.take(peer), 0);
        QCOMPARE(limiter.take(peer), 1);
        // Another address has its own bucket.
        QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.2"))), 0);
    }

    void costAboveTheBurstCountsAsTheBurst()
    {
        qint64 now = 0;
        RateLimiter limiter(10, 36000, [&] { return now; });
        const QHostAddress peer(QStringLiteral("192.0.2.1"));
        QCOMPARE(limiter.take(peer, 500), 0);
        QVERIFY(limiter.take(peer, 500) >= 1);
    }

    void waitTakesNothing()
    {
        qint64 now = 0;
        RateLimiter limiter(2, 60, [&] { return now; }); // one a minute
        const QHostAddress peer(QStringLiteral("192.0.2.1"));
        QCOMPARE(limiter.wait(peer), 0);
        QCOMPARE(limiter.take(peer, 2), 0);
        QCOMPARE(limiter.wait(peer), 60);
        now += 30000;
        QCOMPARE(limiter.wait(peer), 30);
    }

    void idleBucketsAreDropped()
    {
        qint64 now = 0;
        RateLimiter limiter(2, 3600, [&] { return now; });
        QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.1"))), 0);
        QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.2"))), 0);
        QCOMPARE(limiter.buckets(), 2);
        now += qint64(3600) * 1000; // long refilled, past a sweep
        QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.3"))), 0);
        QCOMPARE(limiter.buckets(), 1);
    }

    void ipv6CountsPerPrefix()
    {
        qint64 now = 0;
        RateLimiter limiter(1, 60, [&] { return now; });
        QCOMPARE(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:2::1"))), 0);
        QVERIFY(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9"))) > 0);
        QCOMPARE(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:3::1"))), 0);
        // An IPv4-mapped address is its IPv4 address.
        QCOMPARE(RateLimiter::key(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))),
            QHostAddress(QStringLiteral("192.0.2.7")));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
