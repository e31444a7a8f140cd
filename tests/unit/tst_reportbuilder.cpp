// ReportBuilder (DESIGN §5 rules 5 and 6): a hidden cell is {"suppressed": true} with no
// number in it, the region benchmark cannot reveal the rest of the region, and free text
// appears only when its question has at least k answers.

#include "reportbuilder.h"
#include "suppression.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

const Employer kEmployer { QStringLiteral("zorggroep-a"), QStringLiteral("utrecht"),
    QStringLiteral("Zorggroep A") };

QString key(const char *question, const char *option)
{
    return ReportCounts::key(QLatin1String(question), {}, QLatin1String(option), {});
}

QString valueKey(const char *question, int value, const char *item = "")
{
    return ReportCounts::key(QLatin1String(question), QLatin1String(item), {}, value);
}

QJsonObject questionOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &q : report.value(QLatin1String("questions")).toArray()) {
        if (q[QLatin1String("id")].toString() == id)
            return q.toObject();
    }
    return {};
}

/// The cell of an option in a scope ("own" or "region") of a question.
QJsonObject cellOf(const QJsonObject &report, const QString &question, const char *scope,
    const QString &option, const char *list = "cells", const char *keyName = "option")
{
    const QJsonArray cells
        = questionOf(report, question).value(QLatin1String(scope))[QLatin1String(list)].toArray();
    for (const QJsonValue &c : cells) {
        if (c[QLatin1String(keyName)].toString() == option)
            return c.toObject();
    }
    return {};
}

const QJsonObject kSuppressed { { QStringLiteral("suppressed"), true } };

/// Every figure in the report: a hidden one carries no number, a shown count rests on >= k.
void checkFigures(const QJsonValue &value, int k, const QString &path = QStringLiteral("report"))
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkFigures(array.at(i), k, path + QStringLiteral("[%1]").arg(i));
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.value(QLatin1String("suppressed")).toBool()) {
        for (const char *number : { "count", "value", "mean", "texts" })
            QVERIFY2(!o.contains(QLatin1String(number)),
                qPrintable(path + QStringLiteral(" hides but has ") + QLatin1String(number)));
    }
    if (o.contains(QLatin1String("count")) && path != QLatin1String("report"))
        QVERIFY2(o.value(QLatin1String("count")).toInt() >= k,
            qPrintable(path + QStringLiteral(" shows ")
                + QString::number(o.value(QLatin1String("count")).toInt())));
    for (auto it = o.begin(); it != o.end(); ++it)
        checkFigures(it.value(), k, path + QLatin1Char('.') + it.key());
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void privacyRule5_hiddenCellsHaveNoCount()
    {
        ReportCounts own;
        own.respondents = 12;
        own.answered.insert(QStringLiteral("reasons"), 12);
        own.cells.insert(key("reasons", "workload"), 11);
        own.cells.insert(key("reasons", "pay"), 3);
        ReportCounts region = own;
        region.respondents = 100;
        region.answered.insert(QStringLiteral("reasons"), 100);
        region.cells.insert(key("reasons", "workload"), 60);
        region.cells.insert(key("reasons", "pay"), 40);

        const QJsonObject report
            = ReportBuilder(test::exitSurvey(), 10).build(kEmployer, own, region);
        QCOMPARE(report.value(QLatin1String("k")).toInt(), 10);
        QCOMPARE(report.value(QLatin1String("respondents")).toObject(),
            (QJsonObject { { QStringLiteral("count"), 12 } }));

        const QJsonObject workload
            = cellOf(report, QStringLiteral("reasons"), "own", QStringLiteral("workload"));
        QCOMPARE(workload.value(QLatin1String("count")).toInt(), 11);
        QVERIFY(!workload.contains(QLatin1String("suppressed")));
        for (const char *option : { "pay", "team" }) { // 3 and 0: both look the same
            const QJsonObject cell
                = cellOf(report, QStringLiteral("reasons"), "own", QLatin1String(option));
            QCOMPARE(cell.value(QLatin1String("option")).toString(), QLatin1String(option));
            QCOMPARE(cell.value(QLatin1String("suppressed")), QJsonValue(true));
            QVERIFY2(!cell.contains(QLatin1String("count")), option);
        }
        // Region: pay 40 with own 3 leaves a rest of 37, so it is shown.
        QCOMPARE(cellOf(report, QStringLiteral("reasons"), "region", QStringLiteral("pay"))
                     .value(QLatin1String("count"))
                     .toInt(),
            40);
        checkFigures(report, 10);
    }

    void privacyRule5_smallGroupIsSuppressedNotZero()
    {
        ReportCounts own;
        own.respondents = 4;
        own.answered.insert(QStringLiteral("enps"), 4);
        own.cells.insert(valueKey("enps", 9), 4);
        const QJsonObject report
            = ReportBuilder(test::exitSurvey(), 10).build(kEmployer, own, ReportCounts());
        QCOMPARE(report.value(QLatin1String("respondents")).toObject(), kSuppressed);
        QCOMPARE(report.value(QLatin1String("regionRespondents")).toObject(), kSuppressed);
        const QJsonObject enps
            = questionOf(report, QStringLiteral("enps")).value(QLatin1String("own")).toObject();
        QCOMPARE(enps.value(QLatin1String("answered")).toObject(), kSuppressed);
        QCOMPARE(enps.value(QLatin1String("mean")).toObject(), kSuppressed);
        QCOMPARE(enps.value(QLatin1String("enps")).toObject(), kSuppressed);
        checkFigures(report, 10);
        const QByteArray csv = ReportBuilder::toCsv(report);
        QVERIFY(csv.contains("employer,,,,\"\",\"\",respondents,suppressed\n"));
        QVERIFY(!csv.contains(",respondents,0"));
        QVERIFY(!csv.contains(",respondents,4"));
    }

    void privacyRule5_kBelowFiveClampsToFive()
    {
        ReportCounts own;
        own.respondents = 5;
        own.answered.insert(QStringLiteral("would_return"), 5);
        own.cells.insert(key("would_return", "yes"), 4);
        own.cells.insert(key("would_return", "no"), 1);
        const QJsonObject report = ReportBuilder(test::exitSurvey(), 2).build(kEmployer, own, own);
        QCOMPARE(report.value(QLatin1String("k")).toInt(), 5);
        QCOMPARE(report.value(QLatin1String("respondents"))
                     .toObject()
                     .value(QLatin1String("count"))
                     .toInt(),
            5);
        QVERIFY(cellOf(report, QStringLiteral("would_return"), "own", QStringLiteral("yes"))
                    .value(QLatin1String("suppressed"))
                    .toBool());
        checkFigures(report, 5);
    }

    void privacyRule5_complementaryInSingleChoice()
    {
        ReportCounts own;
        own.respondents = 30;
        own.answered.insert(QStringLiteral("hours_wish"), 30);
        own.cells.insert(key("hours_wish", "more"), 12);
        own.cells.insert(key("hours_wish", "same"), 15);
        own.cells.insert(key("hours_wish", "fewer"), 3);
        const QJsonObject report
            = ReportBuilder(test::retentionSurvey(), 10).build(kEmployer, own, ReportCounts());
        const QString q = QStringLiteral("hours_wish");
        QCOMPARE(questionOf(report,
                     q)[QLatin1String("own")][QLatin1String("answered")][QLatin1String("count")]
                     .toInt(),
            30);
        QCOMPARE(
            cellOf(report, q, "own", QStringLiteral("same")).value(QLatin1String("count")).toInt(),
            15);
        // "fewer" (3) is hidden; 30 - 15 - 12 would give it away, so "more" is hidden too.
        QVERIFY(cellOf(report, q, "own", QStringLiteral("fewer"))
                    .value(QLatin1String("suppressed"))
                    .toBool());
        QVERIFY(cellOf(report, q, "own", QStringLiteral("more"))
                    .value(QLatin1String("suppressed"))
                    .toBool());
        QVERIFY(!cellOf(report, q, "own", QStringLiteral("more")).contains(QLatin1String("count")));
        checkFigures(report, 10);
    }

    void multiChoiceHasNoComplementary()
    {
        // Multi-choice cells do not add up to a total, so one hidden cell cannot be recovered
        // and no shown cell is hidden to protect it.
        ReportCounts own;
        own.respondents = 30;
        own.answered.insert(QStringLiteral("reasons"), 30);
        own.cells.insert(key("reasons", "workload"), 25);
        own.cells.insert(key("reasons", "manager"), 20);
        own.cells.insert(key("reasons", "pay"), 4);
        const QJsonObject report
            = ReportBuilder(test::exitSurvey(), 10).build(kEmployer, own, ReportCounts());
        const QString q = QStringLiteral("reasons");
        QCOMPARE(cellOf(report, q, "own", QStringLiteral("workload"))
                     .value(QLatin1String("count"))
                     .toInt(),
            25);
        QCOMPARE(cellOf(report, q, "own", QStringLiteral("manager"))
                     .value(QLatin1String("count"))
                     .toInt(),
            20);
        QVERIFY(cellOf(report, q, "own", QStringLiteral("pay"))
                    .value(QLatin1String("suppressed"))
                    .toBool());
        checkFigures(report, 10);
    }

    void themesShownWhenAllTheirOptionsAre()
    {
        ReportCounts own;
        own.respondents = 40;
        own.answered.insert(QStringLiteral("main_reason"), 40);
        own.cells.insert(key("main_reason", "workload"), 12); // workload_terms
        own.cells.insert(key("main_reason", "manager"), 14); // manager
        own.cells.insert(key("main_reason", "team"), 14); // collaboration
        const QJsonObject report
            = ReportBuilder(test::exitSurvey(), 10).build(kEmployer, own, ReportCounts());
        const QString q = QStringLiteral("main_reason");
        // Zero cells are hidden, but their sum (0) gives nothing away, so the shown ones stay.
        QCOMPARE(cellOf(report, q, "own", QStringLiteral("workload"))
                     .value(QLatin1String("count"))
                     .toInt(),
            12);
        const QJsonObject collaboration
            = cellOf(report, q, "own", QStringLiteral("collaboration"), "themes", "theme");
        QCOMPARE(collaboration.value(QLatin1String("count")).toInt(), 14);
        QCOMPARE(
            collaboration[QLatin1String("label")][QLatin1String("en")].toString().isEmpty(), false);
        checkFigures(report, 10);
    }

    void privacyRule5_themeTotalsDoNotRevealHiddenOption()
    {
        // main_reason is reported per option and per theme: two overlapping tables.
        ReportCounts own;
        own.respondents = 60;
        own.answered.insert(QStringLiteral("main_reason"), 60);
        own.cells.insert(key("main_reason", "workload"), 12); // workload_terms
        own.cells.insert(key("main_reason", "contract_hours"), 10); // workload_terms
        own.cells.insert(key("main_reason", "pay"), 3); // workload_terms, hidden
        own.cells.insert(key("main_reason", "manager"), 20);
        own.cells.insert(key("main_reason", "team"), 15);
        const QJsonObject report
            = ReportBuilder(test::exitSurvey(), 10).build(kEmployer, own, ReportCounts());
        const QString q = QStringLiteral("main_reason");
        QVERIFY(cellOf(report, q, "own", QStringLiteral("pay"))
                    .value(QLatin1String("suppressed"))
                    .toBool());
        const QJsonObject terms
            = cellOf(report, q, "own", QStringLiteral("workload_terms"), "themes", "theme");
        int shownOptions = 0;
        for (const char *option : { "workload", "contract_hours" })
            shownOptions += cellOf(report, q, "own", QLatin1String(option))
                                .value(QLatin1String("count"))
                                .toInt();
        // Theme total minus its shown options must not give the hidden "pay" cell (3).
        QVERIFY2(!terms.contains(QLatin1String("count"))
                || terms.value(QLatin1String("count")).toInt() - shownOptions >= 10,
            "workload_terms - workload - contract_hours reveals pay");
    }

    void csvShape()
    {
        ReportCounts own;
        own.respondents = 12;
        own.answered.insert(QStringLiteral("would_return"), 12);
        own.cells.insert(key("would_return", "yes"), 12);
        const QJsonObject report
            = ReportBuilder(test::exitSurvey(), 10).build(kEmployer, own, ReportCounts());
        const QList<QByteArray> lines = ReportBuilder::toCsv(report).trimmed().split('\n');
        QCOMPARE(
            lines.first(), QByteArray("scope,question,type,key,label_nl,label_en,measure,value"));
        QVERIFY(lines.contains("employer,,,,\"\",\"\",respondents,12"));
        QVERIFY(lines.contains("employer,would_return,single,yes,\"Ja\",\"Yes\",count,12"));
        QVERIFY(lines.contains("employer,would_return,single,no,\"Nee\",\"No\",count,suppressed"));
        QVERIFY(lines.contains("region,would_return,single,yes,\"Ja\",\"Yes\",count,suppressed"));
        // A hidden figure never appears as a number in the CSV either.
        for (const QByteArray &line : lines)
            QVERIFY2(!line.endsWith(",count,0"), line.constData());
    }

    void csvCellsNeverRunAsFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("safe");
        QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("+") << QStringLiteral("+31") << QStringLiteral("'+31");
        QTest::newRow("-") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
        QTest::newRow("CR") << QStringLiteral("\r=x") << QStringLiteral("'\r=x");
        QTest::newRow("plain") << QStringLiteral("Te veel werk") << QStringLiteral("Te veel werk");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvCellsNeverRunAsFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, safe);
        QCOMPARE(ReportBuilder::csvSafe(cell), safe);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
