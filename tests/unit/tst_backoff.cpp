// Backoff (DESIGN §6): exponential with jitter, attempt n waits between half and all of
// min(cap, base * 2^n). Values only; nothing here waits.

#include "backoff.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace zs;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void delayWithinBounds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first retry") << 0 << qint64(2000);
        QTest::newRow("second") << 1 << qint64(4000);
        QTest::newRow("fifth") << 4 << qint64(32000);
        QTest::newRow("eighth") << 7 << qint64(256000);
        QTest::newRow("capped") << 9 << qint64(600000);
        QTest::newRow("far") << 30 << qint64(600000);
        QTest::newRow("huge") << 1000000 << qint64(600000);
        QTest::newRow("negative") << -5 << qint64(2000);
    }

    void delayWithinBounds()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        for (quint32 seed = 1; seed <= 50; ++seed) {
            Backoff backoff(2s, 10min, seed);
            const qint64 d = backoff.delay(attempt).count();
            QVERIFY2(d >= ceiling / 2 && d <= ceiling,
                qPrintable(QStringLiteral("seed %1: %2 not in [%3, %4]")
                               .arg(seed)
                               .arg(d)
                               .arg(ceiling / 2)
                               .arg(ceiling)));
        }
    }

    void capIsAboutTenMinutes()
    {
        Backoff backoff;
        QCOMPARE(backoff.cap(), std::chrono::milliseconds(10min));
        for (int attempt = 0; attempt < 64; ++attempt)
            QVERIFY(backoff.delay(attempt) <= 10min);
    }

    void jitterSpreadsRetries()
    {
        // Many clients retrying the same attempt must not all wait the same time.
        QSet<qint64> delays;
        for (quint32 seed = 1; seed <= 50; ++seed)
            delays.insert(Backoff(2s, 10min, seed).delay(5).count());
        QVERIFY2(delays.size() > 10, qPrintable(QString::number(delays.size())));
    }

    void sameSeedSameSequence()
    {
        Backoff a(1s, 1min, 42);
        Backoff b(1s, 1min, 42);
        for (int attempt = 0; attempt < 20; ++attempt)
            QCOMPARE(a.delay(attempt), b.delay(attempt));
    }

    void customBaseAndCap()
    {
        Backoff backoff(100ms, 1s, 7);
        QCOMPARE(backoff.cap(), std::chrono::milliseconds(1s));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(backoff.delay(0) >= 50ms);
            QVERIFY(backoff.delay(0) <= 100ms);
            QVERIFY(backoff.delay(10) >= 500ms);
            QVERIFY(backoff.delay(10) <= 1s);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
