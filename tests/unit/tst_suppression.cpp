// Small-cell rules (DESIGN §5 rule 5): below k hidden (zero too), k never below 5,
// complementary suppression in single-choice tables, benchmark cells against the own cell.

#include "suppression.h"

#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

QList<Cell> cells(const QList<int> &counts)
{
    QList<Cell> list;
    for (int i = 0; i < counts.size(); ++i)
        list.append(Cell { QStringLiteral("c%1").arg(i), counts.at(i), false });
    return list;
}

QList<bool> hidden(const QList<Cell> &list)
{
    QList<bool> out;
    for (const Cell &c : list)
        out.append(c.suppressed);
    return out;
}

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void privacyRule5_cellsBelowKHidden_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("shown");
        QTest::newRow("zero") << 0 << 10 << false;
        QTest::newRow("one") << 1 << 10 << false;
        QTest::newRow("k-1") << 9 << 10 << false;
        QTest::newRow("k") << 10 << 10 << true;
        QTest::newRow("above") << 250 << 10 << true;
        QTest::newRow("negative") << -3 << 10 << false;
        QTest::newRow("k 20, 19") << 19 << 20 << false;
        QTest::newRow("k 20, 20") << 20 << 20 << true;
    }

    void privacyRule5_cellsBelowKHidden()
    {
        QFETCH(int, count);
        QFETCH(int, k);
        QFETCH(bool, shown);
        QCOMPARE(suppression::publishable(count, k), shown);
        QList<Cell> list = cells({ count });
        suppression::primary(list, k);
        QCOMPARE(list.first().suppressed, !shown);
        QCOMPARE(list.first().count, count); // the value is kept; the report drops it
    }

    void privacyRule5_kBelowFiveClampsToFive_data()
    {
        QTest::addColumn<int>("k");
        QTest::newRow("k 4") << 4;
        QTest::newRow("k 1") << 1;
        QTest::newRow("k 0") << 0;
        QTest::newRow("k negative") << -10;
    }

    void privacyRule5_kBelowFiveClampsToFive()
    {
        QFETCH(int, k);
        QCOMPARE(suppression::kMinimumK, 5);
        QCOMPARE(suppression::kDefaultK, 10);
        for (int count = 0; count < 5; ++count)
            QVERIFY2(!suppression::publishable(count, k), qPrintable(QString::number(count)));
        QVERIFY(suppression::publishable(5, k));
        QVERIFY(!suppression::benchmarkPublishable(24, 20, k)); // rest 4
        QVERIFY(suppression::benchmarkPublishable(25, 20, k)); // rest 5
    }

    void privacyRule5_complementarySuppression_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<bool>>("expected");
        QTest::newRow("one hidden: smallest shown goes too")
            << QList<int> { 20, 15, 3, 40 } << QList<bool> { false, true, true, false };
        QTest::newRow("hidden zero also needs a partner")
            << QList<int> { 20, 0, 12 } << QList<bool> { false, true, true };
        QTest::newRow("two cells") << QList<int> { 30, 2 } << QList<bool> { true, true };
        QTest::newRow("two hidden, sum below k: one more")
            << QList<int> { 20, 3, 4, 11 } << QList<bool> { false, true, true, true };
        QTest::newRow("two hidden, sum at least k")
            << QList<int> { 20, 6, 4, 11 } << QList<bool> { false, true, true, false };
        QTest::newRow("two hidden zeros")
            << QList<int> { 20, 0, 0, 30 } << QList<bool> { false, true, true, false };
        QTest::newRow("none hidden")
            << QList<int> { 20, 30, 10 } << QList<bool> { false, false, false };
        QTest::newRow("all hidden") << QList<int> { 1, 2, 3 } << QList<bool> { true, true, true };
        QTest::newRow("single cell") << QList<int> { 3 } << QList<bool> { true };
    }

    void privacyRule5_complementarySuppression()
    {
        QFETCH(QList<int>, counts);
        QFETCH(QList<bool>, expected);
        QList<Cell> list = cells(counts);
        suppression::primary(list, 10);
        suppression::complementary(list, 10);
        QCOMPARE(hidden(list), expected);
        // What can be read off: no single hidden cell is left alone against the total, and the
        // hidden cells together (total minus shown) are 0 or at least k, unless all are hidden.
        const auto hiddenCount = std::count(expected.begin(), expected.end(), true);
        QVERIFY(hiddenCount != 1 || counts.size() == 1);
        int hiddenSum = 0;
        for (int i = 0; i < counts.size(); ++i)
            hiddenSum += expected.at(i) ? counts.at(i) : 0;
        QVERIFY(hiddenCount == counts.size() || hiddenSum == 0 || hiddenSum >= 10);
    }

    void privacyRule5_benchmarkHiddenWhenRestSmall_data()
    {
        QTest::addColumn<int>("region");
        QTest::addColumn<int>("own");
        QTest::addColumn<bool>("shown");
        QTest::newRow("rest 0: region is own") << 20 << 20 << true;
        QTest::newRow("rest 1") << 21 << 20 << false;
        QTest::newRow("rest 9") << 29 << 20 << false;
        QTest::newRow("rest 10") << 30 << 20 << true;
        QTest::newRow("own 0, region big") << 40 << 0 << true;
        QTest::newRow("own small, rest big") << 16 << 3 << true;
        QTest::newRow("region below k") << 9 << 0 << false;
        QTest::newRow("region 0") << 0 << 0 << false;
        QTest::newRow("region below k, rest 0") << 8 << 8 << false;
    }

    void privacyRule5_benchmarkHiddenWhenRestSmall()
    {
        QFETCH(int, region);
        QFETCH(int, own);
        QFETCH(bool, shown);
        QCOMPARE(suppression::benchmarkPublishable(region, own, 10), shown);
        QList<Cell> list { Cell { QStringLiteral("x"), region, false } };
        suppression::againstOwn(list, { { QStringLiteral("x"), own } }, 10);
        QCOMPARE(list.first().suppressed, !shown);
    }

    void againstOwnMatchesByKey()
    {
        QList<Cell> region { Cell { QStringLiteral("a"), 25, false },
            Cell { QStringLiteral("b"), 25, false }, Cell { QStringLiteral("c"), 25, false } };
        // a: rest 5 -> hidden; b: rest 25 (no own count) -> shown; c: rest 0 -> shown.
        suppression::againstOwn(
            region, { { QStringLiteral("a"), 20 }, { QStringLiteral("c"), 25 } }, 10);
        QCOMPARE(hidden(region), (QList<bool> { true, false, false }));
        // A cell already hidden stays hidden.
        QList<Cell> already { Cell { QStringLiteral("a"), 50, true } };
        suppression::againstOwn(already, {}, 10);
        QVERIFY(already.first().suppressed);
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
