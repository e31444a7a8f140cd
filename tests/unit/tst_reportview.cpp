// The dashboard's reading of reports (issue 10), on hand-made reports in the collector's shape
// (docs/protocol.md "Releases"): typed parsing and its refusals, the sections of a page with
// hidden and shown groups and the region's benchmark beside each figure, trends over releases,
// response rates against invitations, the top themes that pick regional actions, the words for
// hidden groups and the next release, the board's PDF (A4, searchable, naming the employer and
// the survey), the sign-in link and the session's wire type.

#include "reportexport.h"
#include "reportpdf.h"
#include "reportview.h"
#include "sessioninfo.h"
#include "signinlink.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {

QJsonObject label(const char *nl, const char *en)
{
    return { { QStringLiteral("nl"), QString::fromUtf8(nl) },
        { QStringLiteral("en"), QString::fromUtf8(en) } };
}

QJsonObject share(
    const char *key, const char *id, int count, double percent, const QJsonObject &l = {})
{
    QJsonObject o { { QLatin1String(key), QString::fromUtf8(id) },
        { QStringLiteral("count"), count }, { QStringLiteral("percent"), percent } };
    if (!l.isEmpty())
        o.insert(QStringLiteral("label"), l);
    return o;
}

QJsonObject answered(int count)
{
    return { { QStringLiteral("count"), count }, { QStringLiteral("percent"), 100.0 } };
}

QJsonObject hidden()
{
    return { { QStringLiteral("suppressed"), true } };
}

/// An exit release (or total when seq is 0) of n respondents; workload share w (percent), pay
/// share p, eNPS score e; comments shown or hidden.
QJsonObject exitRelease(int seq, const QString &first, const QString &last, int n, double w,
    double p, int e, bool comments)
{
    QJsonObject reasons { { QStringLiteral("id"), QStringLiteral("reasons") },
        { QStringLiteral("type"), QStringLiteral("multi") },
        { QStringLiteral("text"), label("Waarom ga je weg?", "Why are you leaving?") },
        { QStringLiteral("answered"), answered(n) },
        { QStringLiteral("options"),
            QJsonArray { share("option", "pay", int(n * p / 100), p, label("Salaris", "Pay")),
                share("option", "workload", int(n * w / 100), w, label("Werkdruk", "Workload")) } },
        { QStringLiteral("themes"),
            QJsonArray {
                share("theme", "development", 1, 100.0 / n, label("Ontwikkeling", "Development")),
                share("theme", "workload_terms", int(n * w / 100), w,
                    label("Werkdruk en arbeidsvoorwaarden", "Workload and employment terms")) } } };
    QJsonObject condition { { QStringLiteral("id"), QStringLiteral("return_condition") },
        { QStringLiteral("type"), QStringLiteral("text") },
        { QStringLiteral("text"), label("Wat moet er veranderen?", "What would need to change?") },
        { QStringLiteral("answered"), hidden() } };
    const int promoters = n / 4;
    const int detractors = n - promoters;
    QJsonObject enps { { QStringLiteral("id"), QStringLiteral("enps") },
        { QStringLiteral("type"), QStringLiteral("scale") },
        { QStringLiteral("text"), label("Aanraden?", "Recommend?") },
        { QStringLiteral("answered"), answered(n) }, { QStringLiteral("min"), 0 },
        { QStringLiteral("max"), 10 },
        { QStringLiteral("counts"),
            QJsonArray {
                share("value", "6", detractors, 75), share("value", "9", promoters, 25) } },
        { QStringLiteral("sum"), 6 * detractors + 9 * promoters }, { QStringLiteral("n"), n },
        { QStringLiteral("mean"), (6.0 * detractors + 9 * promoters) / n },
        { QStringLiteral("enps"),
            QJsonObject { { QStringLiteral("score"), e },
                { QStringLiteral("promoters"), promoters }, { QStringLiteral("passives"), 0 },
                { QStringLiteral("detractors"), detractors } } } };
    QJsonObject comment { { QStringLiteral("id"), QStringLiteral("comment") },
        { QStringLiteral("type"), QStringLiteral("text") },
        { QStringLiteral("text"), label("Nog iets?", "Anything else?") } };
    if (comments && seq > 0) {
        comment.insert(QStringLiteral("answered"), answered(n));
        comment.insert(QStringLiteral("texts"),
            QJsonArray {
                QStringLiteral("Te weinig collega's"), QStringLiteral("Rooster te laat") });
    } else {
        comment.insert(QStringLiteral("answered"), comments ? answered(n) : hidden());
    }
    QJsonObject r { { QStringLiteral("months"), QJsonArray { first, last } },
        { QStringLiteral("respondents"), QJsonObject { { QStringLiteral("count"), n } } },
        { QStringLiteral("questions"), QJsonArray { reasons, condition, enps, comment } } };
    if (seq > 0)
        r.insert(QStringLiteral("seq"), seq);
    else
        r.insert(QStringLiteral("releases"), 2);
    return r;
}

/// An employer's exit report: two releases of its own; the region's total as benchmark (or no
/// regional release when regionHasRelease is false).
QJsonObject exitReport(bool regionHasRelease = true)
{
    QJsonObject own { { QStringLiteral("scope"), QStringLiteral("employer") },
        { QStringLiteral("releases"),
            QJsonArray { exitRelease(1, QStringLiteral("2026-09"), QStringLiteral("2026-10"), 12,
                             75, 50, -50, true),
                exitRelease(2, QStringLiteral("2026-11"), QStringLiteral("2026-11"), 20, 90, 40,
                    -40, false) } },
        { QStringLiteral("total"),
            exitRelease(
                0, QStringLiteral("2026-09"), QStringLiteral("2026-11"), 32, 84, 44, -44, true) } };
    QJsonObject region { { QStringLiteral("scope"), QStringLiteral("region") },
        { QStringLiteral("releases"), QJsonArray {} },
        { QStringLiteral("total"), QJsonValue::Null } };
    if (regionHasRelease) {
        region.insert(QStringLiteral("releases"),
            QJsonArray { exitRelease(
                1, QStringLiteral("2026-09"), QStringLiteral("2026-11"), 100, 60, 30, -10, true) });
        region.insert(QStringLiteral("total"),
            exitRelease(
                0, QStringLiteral("2026-09"), QStringLiteral("2026-11"), 100, 60, 30, -10, true));
    }
    return { { QStringLiteral("survey"),
                 QJsonObject { { QStringLiteral("id"), QStringLiteral("exit") },
                     { QStringLiteral("kind"), QStringLiteral("exit") },
                     { QStringLiteral("title"), label("Vertrekpeiling", "Exit survey") } } },
        { QStringLiteral("k"), 10 }, { QStringLiteral("epsilon"), 1.0 },
        { QStringLiteral("employer"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("zorg-een") },
                { QStringLiteral("name"), QStringLiteral("Stichting Zorg Één") },
                { QStringLiteral("region"), QStringLiteral("utrecht") } } },
        { QStringLiteral("scopes"), QJsonArray { own, region } } };
}

Report parsed(const QJsonObject &json)
{
    ProtocolError error;
    const auto report = Report::fromJson(json, &error);
    if (!report)
        qFatal("the test report does not parse: %s %s", qPrintable(error.field),
            qPrintable(error.message));
    return *report;
}

std::optional<QString> tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportParsesIntoTypes()
    {
        const Report r = parsed(exitReport());
        QCOMPARE(r.kind, QStringLiteral("exit"));
        QCOMPARE(r.title.text(QStringLiteral("en")), QStringLiteral("Exit survey"));
        QCOMPARE(r.employerName, QStringLiteral("Stichting Zorg Één"));
        QCOMPARE(r.k, 10);
        const ReportScope *own = r.scope(QStringLiteral("employer"));
        QVERIFY(own);
        QCOMPARE(own->releases.size(), 2);
        QCOMPARE(own->releases.at(1).seq, 2);
        QCOMPARE(own->releases.at(0).firstMonth, QStringLiteral("2026-09"));
        QCOMPARE(own->releases.at(0).respondents, 12);
        QVERIFY(own->total && own->total->isTotal());
        QCOMPARE(own->total->releases, 2);
        const ReleaseFigures &first = own->releases.at(0);
        QVERIFY(first.question(QStringLiteral("return_condition"))->hidden());
        QCOMPARE(first.question(QStringLiteral("comment"))->texts.size(), 2);
        const QuestionFigures *enps = first.question(QStringLiteral("enps"));
        QVERIFY(enps->enps);
        QCOMPARE(enps->enps->score, -50);
        QCOMPARE(enps->enps->total(), 12);
        QCOMPARE(
            first.question(QStringLiteral("reasons"))->option(QStringLiteral("workload"))->count,
            9);
        QVERIFY(!r.scope(QStringLiteral("open")));
        // No regional release yet: a scope with no total.
        const Report bare = parsed(exitReport(false));
        QVERIFY(!bare.scope(QStringLiteral("region"))->total);
    }

    void brokenReportsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no scopes") << QStringLiteral("scopes") << QJsonValue()
                                   << QStringLiteral("scopes") << QStringLiteral("missing");
        QTest::newRow("k as text") << QStringLiteral("k") << QJsonValue(QStringLiteral("10"))
                                   << QStringLiteral("k") << QStringLiteral("wrong_type");
        QTest::newRow("total a list")
            << QStringLiteral("total") << QJsonValue(QJsonArray {})
            << QStringLiteral("scopes[0].total") << QStringLiteral("wrong_type");
        QTest::newRow("respondents without count")
            << QStringLiteral("respondents") << QJsonValue(QJsonObject {})
            << QStringLiteral("scopes[0].releases[0].respondents.count")
            << QStringLiteral("missing");
    }

    void brokenReportsAreRefusedWithTheirPath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        QJsonObject json = exitReport();
        QJsonArray scopes = json.value(QLatin1String("scopes")).toArray();
        QJsonObject own = scopes.at(0).toObject();
        if (path == QLatin1String("total")) {
            own.insert(QStringLiteral("total"), value);
        } else if (path == QLatin1String("respondents")) {
            QJsonArray releases = own.value(QLatin1String("releases")).toArray();
            QJsonObject first = releases.at(0).toObject();
            first.insert(QStringLiteral("respondents"), value);
            releases.replace(0, first);
            own.insert(QStringLiteral("releases"), releases);
        }
        scopes.replace(0, own);
        json.insert(QStringLiteral("scopes"), scopes);
        if (path == QLatin1String("scopes"))
            json.remove(QStringLiteral("scopes"));
        if (path == QLatin1String("k"))
            json.insert(QStringLiteral("k"), value);
        ProtocolError error;
        QVERIFY(!Report::fromJson(json, &error));
        QCOMPARE(error.field, field);
        QCOMPARE(error.why(), reason);
        QVERIFY(!Report::fromJson(QJsonValue(QStringLiteral("a report?")), &error));
        QCOMPARE(error.status, 400);
    }

    void sectionsShowHiddenAndShownGroupsBesideTheBenchmark()
    {
        const Report r = parsed(exitReport());
        const ReportScope *own = r.scope(QStringLiteral("employer"));
        const ReportScope *region = r.scope(QStringLiteral("region"));
        const auto sections
            = ReportView::sections(*own->total, &*region->total, QStringLiteral("en"));
        QStringList ids;
        for (const FigureSection &s : sections)
            ids.append(s.id);
        // A total has no free texts: no comments section from it.
        QCOMPARE(ids,
            (QStringList { QStringLiteral("reasons"), QStringLiteral("reasons.themes"),
                QStringLiteral("enps") }));
        const FigureSection &reasons = sections.at(0);
        QCOMPARE(reasons.heading, QStringLiteral("Leaving reasons"));
        QCOMPARE(reasons.question, QStringLiteral("Why are you leaving?"));
        QVERIFY(!reasons.hidden);
        QVERIFY(!reasons.benchmarkMissing);
        // A multi question's bars: biggest first, with the region's share beside each.
        QCOMPARE(reasons.bars.at(0).id, QStringLiteral("workload"));
        QCOMPARE(reasons.bars.at(0).label, QStringLiteral("Workload"));
        QCOMPARE(reasons.bars.at(0).percent, 84.0);
        QCOMPARE(*reasons.bars.at(0).benchmark, 60.0);
        QCOMPARE(*reasons.bars.at(1).benchmark, 30.0);
        QCOMPARE(sections.at(1).heading, QStringLiteral("The ten national themes"));
        QCOMPARE(sections.at(1).bars.at(0).id, QStringLiteral("workload_terms"));
        QCOMPARE(sections.at(2).kind, FigureSection::Kind::Enps);
        QCOMPARE(sections.at(2).enps->score, -44);
        QCOMPARE(sections.at(2).benchmarkEnps->score, -10);
        // Labels in Dutch.
        QCOMPARE(
            ReportView::sections(*own->total, nullptr, QStringLiteral("nl")).at(0).bars.at(0).label,
            QStringLiteral("Werkdruk"));

        // A release: its hidden group says so and has no figures; its comments are a section.
        const auto first
            = ReportView::sections(own->releases.at(0), &*region->total, QStringLiteral("en"));
        const auto condition = std::find_if(first.begin(), first.end(),
            [](const FigureSection &s) { return s.id == QLatin1String("return_condition"); });
        QVERIFY(condition != first.end());
        QVERIFY(condition->hidden);
        QVERIFY(condition->texts.isEmpty());
        const auto comments = ReportView::comments(own->releases.at(0), QStringLiteral("en"));
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(1).heading, QStringLiteral("Comments"));
        QCOMPARE(comments.at(1).texts.size(), 2);
        QVERIFY(ReportView::comments(own->releases.at(1), QStringLiteral("en")).at(1).hidden);

        // No regional release: every figure says the region has none.
        const Report bare = parsed(exitReport(false));
        for (const FigureSection &s : ReportView::sections(
                 *bare.scope(QStringLiteral("employer"))->total, nullptr, QStringLiteral("en"))) {
            QVERIFY(s.benchmarkMissing);
            for (const FigureBar &b : s.bars)
                QVERIFY(!b.benchmark);
        }
    }

    void regionHiddenWhereTheEmployerIsShown()
    {
        QJsonObject json = exitReport();
        QJsonArray scopes = json.value(QLatin1String("scopes")).toArray();
        QJsonObject region = scopes.at(1).toObject();
        QJsonObject total = region.value(QLatin1String("total")).toObject();
        QJsonArray questions = total.value(QLatin1String("questions")).toArray();
        QJsonObject reasons = questions.at(0).toObject();
        reasons.insert(QStringLiteral("answered"), hidden());
        reasons.remove(QStringLiteral("options"));
        questions.replace(0, reasons);
        total.insert(QStringLiteral("questions"), questions);
        region.insert(QStringLiteral("total"), total);
        scopes.replace(1, region);
        json.insert(QStringLiteral("scopes"), scopes);
        const Report r = parsed(json);
        const auto sections = ReportView::sections(*r.scope(QStringLiteral("employer"))->total,
            &*r.scope(QStringLiteral("region"))->total, QStringLiteral("en"));
        QVERIFY(!sections.at(0).hidden);
        QVERIFY(sections.at(0).benchmarkMissing);
        QVERIFY(!sections.at(0).bars.at(0).benchmark);
        QVERIFY(!sections.at(2).benchmarkMissing); // eNPS is shown in the region
    }

    void trendFollowsAFigureOverReleases()
    {
        const Report r = parsed(exitReport());
        const ReportScope *own = r.scope(QStringLiteral("employer"));
        const auto figures = ReportView::trendFigures(*own->total, QStringLiteral("en"));
        QCOMPARE(figures.at(0).key, QStringLiteral("respondents"));
        QVERIFY(std::any_of(figures.begin(), figures.end(),
            [](const TrendFigure &f) { return f.key == QLatin1String("reasons:workload"); }));
        QVERIFY(std::any_of(figures.begin(), figures.end(), [](const TrendFigure &f) {
            return f.key == QLatin1String("reasons.themes:workload_terms");
        }));
        QVERIFY(std::any_of(figures.begin(), figures.end(),
            [](const TrendFigure &f) { return f.key == QLatin1String("enps"); }));

        const auto respondents
            = ReportView::trend(own->releases, QStringLiteral("respondents"), QStringLiteral("en"));
        QCOMPARE(respondents.size(), 2);
        QCOMPARE(*respondents.at(0).value, 12.0);
        QCOMPARE(*respondents.at(1).value, 20.0);
        QCOMPARE(respondents.at(0).label, QStringLiteral("Sept 2026 – Oct 2026"));
        QCOMPARE(respondents.at(1).label, QStringLiteral("Nov 2026"));
        const auto workload = ReportView::trend(
            own->releases, QStringLiteral("reasons:workload"), QStringLiteral("en"));
        QCOMPARE(*workload.at(0).value, 75.0);
        QCOMPARE(*workload.at(1).value, 90.0);
        QCOMPARE(*ReportView::trend(own->releases, QStringLiteral("enps"), QStringLiteral("en"))
                      .at(1)
                      .value,
            -40.0);
        // A group hidden in a release is a gap in the trend, never 0.
        const auto comment = ReportView::value(
            own->releases.at(1), QStringLiteral("comment:x"), QStringLiteral("en"));
        QVERIFY(!comment);
        QVERIFY(!ReportView::value(
            own->releases.at(0), QStringLiteral("reasons:nothing"), QStringLiteral("en")));
    }

    void responseRateIsRespondentsOverInvitationsOfTheMonths()
    {
        const Report r = parsed(exitReport());
        const ReportScope *own = r.scope(QStringLiteral("employer"));
        const QList<InvitationCounts> invitations {
            { QStringLiteral("2026-11"), QStringLiteral("exit"), 25, 18, 0 },
            { QStringLiteral("2026-10"), QStringLiteral("exit"), 10, 6, 1 },
            { QStringLiteral("2026-10"), QStringLiteral("retention"), 100, 40, 0 },
            { QStringLiteral("2026-09"), QStringLiteral("exit"), 14, 7, 2 },
            { QStringLiteral("2026-08"), QStringLiteral("exit"), 50, 0, 50 },
        };
        const ResponseRate first
            = ReportView::responseRate(own->releases.at(0), invitations, QStringLiteral("exit"));
        QCOMPARE(first.issued, 24); // September and October, exit only
        QCOMPARE(*first.percent, 50.0);
        const ResponseRate second
            = ReportView::responseRate(own->releases.at(1), invitations, QStringLiteral("exit"));
        QCOMPARE(second.issued, 25);
        QCOMPARE(*second.percent, 80.0);
        QVERIFY(!ReportView::responseRate(own->releases.at(0), {}, QStringLiteral("exit")).percent);
    }

    void invitationCountsParse()
    {
        const QJsonObject json { { QStringLiteral("employer"), QStringLiteral("zorg-een") },
            { QStringLiteral("months"),
                QJsonArray { QJsonObject { { QStringLiteral("month"), QStringLiteral("2026-11") },
                    { QStringLiteral("survey"), QStringLiteral("exit") },
                    { QStringLiteral("issued"), 25 }, { QStringLiteral("redeemed"), 18 },
                    { QStringLiteral("expired"), 2 } } } } };
        ProtocolError error;
        const auto list = InvitationCounts::listFromJson(json, &error);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).redeemed, 18);
        QVERIFY(!InvitationCounts::listFromJson(
            QJsonObject { { QStringLiteral("months"), 3 } }, &error));
        QCOMPARE(error.field, QStringLiteral("months"));
    }

    void topThemesPickRegionalActions()
    {
        const Report r = parsed(exitReport());
        const QStringList exit = ReportView::topActionThemes(
            *r.scope(QStringLiteral("employer"))->total, QStringLiteral("exit"), 1);
        // Workload and employment terms (data/reference/exit-themes.json).
        QCOMPARE(exit,
            (QStringList { QStringLiteral("workload"), QStringLiteral("contract_hours"),
                QStringLiteral("pay_appreciation") }));
        const QStringList both = ReportView::topActionThemes(
            *r.scope(QStringLiteral("employer"))->total, QStringLiteral("exit"), 2);
        QVERIFY(both.contains(QStringLiteral("development")));
        QVERIFY(both.contains(QStringLiteral("onboarding")));
        QCOMPARE(ReportView::topThemeLabels(*r.scope(QStringLiteral("employer"))->total,
                     QStringLiteral("exit"), QStringLiteral("en"), 2),
            (QStringList {
                QStringLiteral("Workload and employment terms"), QStringLiteral("Development") }));
    }

    void wordsForHiddenGroupsAndTheNextRelease()
    {
        QCOMPARE(ReportView::nextReleaseDay(QDate(2026, 11, 22)), QDate(2026, 12, 1));
        QCOMPARE(ReportView::nextReleaseDay(QDate(2026, 12, 31)), QDate(2027, 1, 1));
        QCOMPARE(ReportView::nextReleaseDay(QDate(2026, 12, 1)), QDate(2027, 1, 1));
        QCOMPARE(ReportView::hiddenText(10),
            QStringLiteral("Fewer than 10 people: hidden to protect them."));
        QVERIFY(ReportView::nextReleaseText(QDate(2026, 11, 22), 10, QStringLiteral("en"))
                    .contains(QLatin1String("1 December 2026")));
        QVERIFY(ReportView::nextReleaseText(QDate(2026, 11, 22), 10, QStringLiteral("nl"))
                    .contains(QLatin1String("1 december 2026")));
        QVERIFY(ReportView::noiseNote(10).contains(QLatin1String("noise")));
        QCOMPARE(ReportView::percentText(41.7, QStringLiteral("en")), QStringLiteral("42%"));
        QCOMPARE(ReportView::percentText(107.3, QStringLiteral("en")), QStringLiteral("100%"));
        QCOMPARE(ReportView::monthsLabel(
                     QStringLiteral("2026-03"), QStringLiteral("2026-03"), QStringLiteral("nl")),
            QStringLiteral("mrt. 2026"));
    }

    void pdfHasA4PagesNamingTheEmployerAndTheSurvey_data()
    {
        QTest::addColumn<bool>("regionHasRelease");
        QTest::newRow("with benchmark") << true;
        QTest::newRow("no regional release") << false;
    }

    void pdfHasA4PagesNamingTheEmployerAndTheSurvey()
    {
        QFETCH(bool, regionHasRelease);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
        const ReportDocument doc { parsed(exitReport(regionHasRelease)),
            { { QStringLiteral("2026-11"), QStringLiteral("exit"), 25, 18, 0 } },
            QStringLiteral("en"), QDate(2026, 11, 22) };
        QString error;
        QVERIFY2(ReportPdf::write(path, doc, &error), qPrintable(error));
        const auto info = tool(QStringLiteral("pdfinfo"), { path });
        QVERIFY(info);
        QVERIFY2(info->contains(QLatin1String("(A4)")), qPrintable(*info));
        const auto pages = QRegularExpression(
            QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                               .match(*info);
        QVERIFY(pages.hasMatch() && pages.captured(1).toInt() >= 3);
        QVERIFY(info->contains(QStringLiteral("Stichting Zorg Één"))); // the file's title
        const auto text = tool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(text);
        for (const QString &words : { QStringLiteral("Stichting Zorg Één"),
                 QStringLiteral("Exit survey"), QStringLiteral("Exit report"),
                 QStringLiteral("Leaving reasons"), QStringLiteral("Workload"),
                 QStringLiteral("The ten national themes"), QStringLiteral("eNPS -44"),
                 QStringLiteral("Te weinig collega's"), QStringLiteral("hidden to protect them"),
                 QStringLiteral("Method and privacy"), QStringLiteral("about 80% of 25 invited") })
            QVERIFY2(text->contains(words), qPrintable(words));
        QVERIFY(!text->contains(QChar(0xFB01))); // no "fi" ligature: words are found as typed
        QCOMPARE(text->contains(QLatin1String("region 60%")), regionHasRelease);
        QCOMPARE(text->contains(QLatin1String("Region: no figure")), !regionHasRelease);
    }

    void pdfOfNoReleaseSaysSo()
    {
        QJsonObject json = exitReport(false);
        QJsonArray scopes = json.value(QLatin1String("scopes")).toArray();
        QJsonObject own = scopes.at(0).toObject();
        own.insert(QStringLiteral("releases"), QJsonArray {});
        own.insert(QStringLiteral("total"), QJsonValue::Null);
        scopes.replace(0, own);
        json.insert(QStringLiteral("scopes"), scopes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leeg.pdf"));
        QString error;
        QVERIFY(ReportPdf::write(
            path, { parsed(json), {}, QStringLiteral("en"), QDate(2026, 11, 22) }, &error));
        const auto text = tool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(text && text->contains(QLatin1String("There is no release yet")));
        QVERIFY(text->contains(QLatin1String("1 December 2026")));
        QVERIFY(!ReportPdf::write(
            QStringLiteral("/nonexistent-dir/x.pdf"), { parsed(json), {}, {}, {} }, &error));
        QVERIFY(error.contains(QLatin1String("cannot write")));
    }

    void exportFormatFollowsTheFileName()
    {
        QCOMPARE(
            ReportExport::formatOf(QStringLiteral("a/b/Rapport.PDF")), ReportExport::Format::Pdf);
        QCOMPARE(ReportExport::formatOf(QStringLiteral("x.csv")), ReportExport::Format::Csv);
        QVERIFY(!ReportExport::formatOf(QStringLiteral("x.xlsx")));
        QVERIFY(!ReportExport::formatOf(QStringLiteral("pdf")));
    }

    void signinLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("collector");
        QTest::newRow("full") << QStringLiteral(
            "zorgstem://signin?token=zse_abc&collector=https%3A%2F%2Fzorg.example%2Fc%3Fx%3D1")
                              << true << QStringLiteral("zse_abc")
                              << QStringLiteral("https://zorg.example/c?x=1");
        QTest::newRow("spaces and case") << QStringLiteral("  ZORGSTEM://SignIn?token=zsc_1  ")
                                         << true << QStringLiteral("zsc_1") << QString();
        QTest::newRow("not http collector")
            << QStringLiteral("zorgstem://signin?token=t&collector=ftp://x") << true
            << QStringLiteral("t") << QString();
        QTest::newRow("no token") << QStringLiteral("zorgstem://signin?collector=https://x")
                                  << false << QString() << QString();
        QTest::newRow("an invitation")
            << QStringLiteral("zorgstem://invite?code=ABCD") << false << QString() << QString();
        QTest::newRow("a bare token")
            << QStringLiteral("zse_abc") << false << QString() << QString();
    }

    void signinLinks()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, token);
        QFETCH(QString, collector);
        const auto link = SigninLink::parse(text);
        QCOMPARE(bool(link), valid);
        if (!link)
            return;
        QCOMPARE(link->token, token);
        QCOMPARE(link->collector.toString(), collector);
        QVERIFY(SigninLink::looksLikeLink(text));
    }

    void sessionInfoReadsAndChecks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("employer") << QByteArray(
            R"({"role":"employer","employer":"zorg-een","region":"utrecht","name":"Zorg Een"})")
                                  << QString();
        QTest::newRow("coordinator") << QByteArray(
            R"({"role":"coordinator","region":"utrecht","name":"Utrecht en omgeving"})")
                                     << QString();
        QTest::newRow("unknown role")
            << QByteArray(R"({"role":"admin","region":"utrecht","name":"X"})")
            << QStringLiteral("role");
        QTest::newRow("employer without id")
            << QByteArray(R"({"role":"employer","region":"utrecht","name":"X"})")
            << QStringLiteral("employer");
        QTest::newRow("coordinator with employer")
            << QByteArray(R"({"role":"coordinator","employer":"a","region":"utrecht","name":"X"})")
            << QStringLiteral("employer");
        QTest::newRow("no name") << QByteArray(
            R"({"role":"coordinator","region":"utrecht","name":" "})")
                                 << QStringLiteral("name");
        QTest::newRow("name a number")
            << QByteArray(R"({"role":"coordinator","region":"utrecht","name":3})")
            << QStringLiteral("name");
        QTest::newRow("extra field")
            << QByteArray(R"({"role":"coordinator","region":"utrecht","name":"X","token":"t"})")
            << QStringLiteral("token");
        QTest::newRow("bad region")
            << QByteArray(R"({"role":"coordinator","region":"Utrecht!","name":"X"})")
            << QStringLiteral("region");
    }

    void sessionInfoReadsAndChecks()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        ProtocolError error;
        const auto info = SessionInfo::fromJson(QJsonDocument::fromJson(json).object(), &error);
        std::optional<ProtocolError> invalid
            = info ? info->validate() : std::optional<ProtocolError>(error);
        QCOMPARE(invalid ? invalid->field : QString(), field);
        if (field.isEmpty())
            QCOMPARE(SessionInfo::fromJson(info->toJson(), &error)->toJson(), info->toJson());
    }
};

int main(int argc, char *argv[])
{
    // The PDF needs fonts: a GUI application on the offscreen platform (QT_QPA_PLATFORM).
    QGuiApplication app(argc, argv);
    TestReportView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportview.moc"
