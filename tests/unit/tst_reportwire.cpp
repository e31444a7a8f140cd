// The report as a wire object (sync/protocol/report.h): what the collector's ReportBuilder
// writes reads back as a Report and is written again unchanged, shown and suppressed figures
// alike, for every built-in survey.

#include "report.h"
#include "reportbuilder.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

const Employer kEmployer { QStringLiteral("zorggroep-a"), QStringLiteral("utrecht"),
    QStringLiteral("Zorggroep A") };

/// Counts for every question of the survey, each cell `scale` times a small varying number.
ReportCounts countsFor(const SurveyDefinition &survey, int respondents, int scale)
{
    ReportCounts c;
    c.respondents = respondents;
    int n = 1;
    for (const Question &q : survey.questions) {
        c.answered.insert(q.id, respondents);
        for (const Option &o : q.options)
            c.cells.insert(ReportCounts::key(q.id, {}, o.id, {}), scale * (n++ % 4 + 1));
        if (q.type == Question::Type::Scale || q.type == Question::Type::Number) {
            for (int v = q.min; v <= q.max && v < q.min + 20; ++v)
                c.cells.insert(ReportCounts::key(q.id, {}, {}, v), scale * (n++ % 3 + 1));
        }
        for (const LikertItem &item : q.items) {
            for (int v = 1; v <= 5; ++v)
                c.cells.insert(ReportCounts::key(q.id, item.id, {}, v), scale * (n++ % 5 + 1));
        }
        if (q.type == Question::Type::Text)
            c.texts.insert(q.id, { QStringLiteral("meer collega's"), QStringLiteral("rust") });
    }
    return c;
}

} // namespace

class TestReportWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtReportsRoundTrip_data()
    {
        QTest::addColumn<QString>("survey");
        QTest::addColumn<int>("ownRespondents");
        QTest::addColumn<int>("scale");
        for (const char *survey : { "exit", "retention" }) {
            const QString id = QString::fromLatin1(survey);
            QTest::addRow("%s, all shown", survey) << id << 200 << 20;
            QTest::addRow("%s, all suppressed", survey) << id << 3 << 1;
            QTest::addRow("%s, mixed", survey) << id << 40 << 3;
        }
    }

    void builtReportsRoundTrip()
    {
        QFETCH(QString, survey);
        QFETCH(int, ownRespondents);
        QFETCH(int, scale);
        const SurveyDefinition &definition = *test::catalog().latest(survey);
        const ReportCounts own = countsFor(definition, ownRespondents, scale);
        const ReportCounts region = countsFor(definition, ownRespondents * 5, scale * 5);
        const QJsonObject built = ReportBuilder(definition, 10).build(kEmployer, own, region);

        ProtocolError e;
        const auto report = Report::fromJson(built, &e);
        QVERIFY2(report, qPrintable(e.field + QStringLiteral(": ") + e.message));
        QCOMPARE(report->validate(), std::nullopt);
        QCOMPARE(report->surveyId, survey);
        QCOMPARE(report->employerId, kEmployer.id);
        QCOMPARE(report->k, 10);
        QCOMPARE(report->questions.size(), definition.questions.size());
        QCOMPARE(report->respondents.suppressed, ownRespondents < 10);
        QCOMPARE(report->toJson(), built);
        // The same bytes on the wire, too (counts stay integers).
        QCOMPARE(QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact),
            QJsonDocument(built).toJson(QJsonDocument::Compact));
    }

    void reportRefusals()
    {
        const SurveyDefinition &definition = *test::catalog().latest(QStringLiteral("exit"));
        const QJsonObject built
            = ReportBuilder(definition, 10)
                  .build(kEmployer, countsFor(definition, 50, 5), countsFor(definition, 250, 25));
        ProtocolError e;
        QJsonObject extra = built;
        extra.insert(QStringLiteral("generatedAt"), QStringLiteral("2026-11-23T10:00:00Z"));
        QVERIFY(!Report::fromJson(extra, &e));
        QCOMPARE(e.field, QStringLiteral("generatedAt"));
        QCOMPARE(e.code, QStringLiteral("unknown_field"));

        QJsonObject zero = built;
        zero.insert(QStringLiteral("respondents"),
            QJsonObject { { QStringLiteral("count"), 0 }, { QStringLiteral("suppressed"), true } });
        QVERIFY(!Report::fromJson(zero, &e)); // a hidden figure carries no number
        QCOMPARE(e.field, QStringLiteral("respondents"));

        QJsonObject textCount = built;
        textCount.insert(QStringLiteral("respondents"),
            QJsonObject { { QStringLiteral("count"), QStringLiteral("12") } });
        QVERIFY(!Report::fromJson(textCount, &e));
        QCOMPARE(e.field, QStringLiteral("respondents.count"));

        QJsonObject smallK = built;
        smallK.insert(QStringLiteral("k"), 4);
        const auto parsed = Report::fromJson(smallK, &e);
        QVERIFY(parsed);
        QCOMPARE(parsed->validate()->field, QStringLiteral("k"));

        Report textWithBenchmark = *Report::fromJson(built, &e);
        for (ReportQuestion &q : textWithBenchmark.questions) {
            if (q.type == QLatin1String("text"))
                q.region = q.own;
        }
        const auto refusal = textWithBenchmark.validate();
        QVERIFY(refusal);
        QVERIFY2(refusal->field.endsWith(QLatin1String(".region")), qPrintable(refusal->field));
    }
};

QTEST_GUILESS_MAIN(TestReportWire)
#include "tst_reportwire.moc"
