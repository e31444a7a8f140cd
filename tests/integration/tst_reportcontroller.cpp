// The Organisation page's controller (ReportController) and the invitations page's
// (InvitationBatchController) against the real collector with seeded releases (issue 10): their
// models under QAbstractItemModelTester, the releases with approximate response rates, sections
// with bar models beside the region, one release's view, trends, comments, the regional
// actions, the empty state, the language, export, and an invitation batch with its sheet.

#include "appcontext.h"
#include "invitationbatchcontroller.h"
#include "regionalfixtures.h"
#include "releaseseeder.h"
#include "reportcontroller.h"
#include "sessionmanager.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace zs;
using namespace zs::test;

namespace {

QList<QVariantMap> rowsOf(const RowModel &model)
{
    QList<QVariantMap> list;
    for (int i = 0; i < model.count(); ++i)
        list.append(model.get(i));
    return list;
}

} // namespace

class TestReportController : public QObject
{
    Q_OBJECT

private:
    /// A controller for this kind on a session signed in with token; waits until it has read.
    std::unique_ptr<ReportController> controller(SessionManager &session, const QString &kind)
    {
        auto c = std::make_unique<ReportController>();
        c->setLanguage(QStringLiteral("nl"));
        c->setKind(kind);
        c->setSession(&session);
        if (!QTest::qWaitFor([&] { return c->state() != QLatin1String("loading"); }, 15000))
            qWarning("the report did not arrive");
        return c;
    }
    void signIn(SessionManager &session, const QString &token)
    {
        session.signIn(token, m_collector.baseUrl().toString(), false);
        QVERIFY(QTest::qWaitFor([&] { return !session.busy(); }, 10000));
        QVERIFY2(session.signedIn(), qPrintable(session.message()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_token = m_collector.addEmployer(QStringLiteral("utrecht"), QStringLiteral("de-linde"),
            QStringLiteral("Zorggroep De Linde"));
        QVERIFY(!m_collector
                     .addEmployer(QStringLiteral("utrecht"), QStringLiteral("zorg-ander"),
                         QStringLiteral("Zorg Ander"))
                     .isEmpty());
        m_coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        ReleaseSeeder seed(m_collector, m_http);
        const QString last = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString now = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        QVERIFY2(
            seed.exitResponses(QStringLiteral("de-linde"), QStringLiteral("utrecht"), 20, last),
            qPrintable(seed.lastError()));
        QVERIFY(seed.cut() >= 1);
        QVERIFY(seed.exitResponses(QStringLiteral("de-linde"), QStringLiteral("utrecht"), 20, now,
            QStringLiteral("Tweede: ")));
        QVERIFY(
            seed.exitResponses(QStringLiteral("zorg-ander"), QStringLiteral("utrecht"), 20, now));
        QVERIFY(seed.cut() >= 1);
        m_context = std::make_unique<AppContext>(
            m_dir.filePath(QStringLiteral("app")), m_collector.baseUrl());
        m_vault = std::make_unique<TokenVault>(
            QStringLiteral("zorgstem-test-") + QUuid::createUuid().toString());
    }

    void exitReportFeedsItsModels()
    {
        SessionManager session(*m_context, m_vault.get());
        signIn(session, m_token);
        const auto c = controller(session, QStringLiteral("exit"));
        QCOMPARE(c->state(), QStringLiteral("ready"));
        for (RowModel *m : { c->releases(), c->views(), c->sections(), c->trend(),
                 c->trendFigures(), c->comments(), c->commentReleases(), c->actions() })
            new QAbstractItemModelTester(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest, c.get());

        QCOMPARE(c->releases()->count(), 2);
        const QList<QVariantMap> releases = rowsOf(*c->releases());
        QCOMPARE(releases.at(0).value(QStringLiteral("seq")).toInt(), 1);
        // Last month's release: no invitations were issued then. This month's: a rate, marked
        // approximate.
        QCOMPARE(releases.at(0).value(QStringLiteral("issued")).toInt(), 0);
        QVERIFY(releases.at(1).value(QStringLiteral("issued")).toInt() >= 20);
        QVERIFY(releases.at(1)
                    .value(QStringLiteral("rateText"))
                    .toString()
                    .contains(QLatin1String("bij benadering")));
        QVERIFY(c->summary().contains(QLatin1String("2 publicaties")));
        QCOMPARE(c->views()->count(), 3); // all together, and each release
        QVERIFY(c->benchmarkNote().contains(QLatin1String("Utrecht en omgeving")));

        const QVariantMap reasons = c->sections()->get(0);
        QCOMPARE(reasons.value(QStringLiteral("sectionId")).toString(), QStringLiteral("reasons"));
        QCOMPARE(
            reasons.value(QStringLiteral("heading")).toString(), QStringLiteral("Vertrekredenen"));
        QCOMPARE(reasons.value(QStringLiteral("kind")).toString(), QStringLiteral("bars"));
        auto *bars
            = qobject_cast<RowModel *>(reasons.value(QStringLiteral("bars")).value<QObject *>());
        QVERIFY(bars);
        QAbstractItemModelTester barsTester(
            bars, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVariantMap workload = bars->get(0);
        QCOMPARE(workload.value(QStringLiteral("barId")).toString(), QStringLiteral("workload"));
        QVERIFY(workload.value(QStringLiteral("hasBenchmark")).toBool());
        QVERIFY(workload.value(QStringLiteral("benchmarkText"))
                    .toString()
                    .startsWith(QLatin1String("regio ")));
        QVERIFY(workload.value(QStringLiteral("percent")).toDouble() <= 100);
        QVERIFY(workload.value(QStringLiteral("accessibleText"))
                    .toString()
                    .startsWith(workload.value(QStringLiteral("label")).toString()));
        const QStringList ids = [&] {
            QStringList list;
            for (const QVariantMap &s : rowsOf(*c->sections()))
                list.append(s.value(QStringLiteral("sectionId")).toString());
            return list;
        }();
        QVERIFY(ids.contains(QStringLiteral("reasons.themes")));
        QVERIFY(ids.contains(QStringLiteral("enps")));
        QVERIFY(!ids.contains(QStringLiteral("comment"))); // comments have their own list

        // One release: new bar models; the old ones go.
        const QPointer<RowModel> old = bars;
        c->setView(1);
        QCOMPARE(c->sections()->get(0).value(QStringLiteral("sectionId")).toString(),
            QStringLiteral("reasons"));
        QVERIFY(QTest::qWaitFor([&] { return old.isNull(); }, 2000));

        // Trends.
        QCOMPARE(c->trend()->count(), 2);
        QVERIFY(!c->trendHasBenchmark());
        c->setTrendFigure(QStringLiteral("enps"));
        QCOMPARE(c->trendMin(), -100.0);
        QVERIFY(c->trendHasBenchmark());
        c->setTrendFigure(QStringLiteral("reasons:workload"));
        QVERIFY(c->trendIsPercent());
        for (const QVariantMap &p : rowsOf(*c->trend()))
            QVERIFY(p.value(QStringLiteral("value")).toDouble() <= 100);

        // Comments: the newest release first; a hidden group says so.
        QCOMPARE(c->commentRelease(), 2);
        const QList<QVariantMap> comments = rowsOf(*c->comments());
        QVERIFY(std::any_of(comments.begin(), comments.end(), [](const QVariantMap &m) {
            return m.value(QStringLiteral("text")).toString().startsWith(QLatin1String("Tweede: "));
        }));
        QVERIFY(std::any_of(comments.begin(), comments.end(), [](const QVariantMap &m) {
            return m.value(QStringLiteral("hidden")).toBool()
                && m.value(QStringLiteral("text")).toString()
                == QLatin1String("Minder dan 10 mensen: verborgen om hen te beschermen.");
        }));
        c->setCommentRelease(1);
        QVERIFY(rowsOf(*c->comments()).size() > 20 - 10);

        // Regional actions on the top themes.
        QVERIFY(QTest::qWaitFor([&] { return c->actions()->count() > 0; }, 10000));
        QVERIFY(!c->topThemesText().isEmpty());

        // English labels from the report (headings follow the app's translator, which the app
        // switches with the language).
        QCOMPARE(qobject_cast<RowModel *>(
                     c->sections()->get(0).value(QStringLiteral("bars")).value<QObject *>())
                     ->get(0)
                     .value(QStringLiteral("label"))
                     .toString(),
            QStringLiteral("Te hoge werkdruk en onderbezetting"));
        c->setLanguage(QStringLiteral("en"));
        QCOMPARE(qobject_cast<RowModel *>(
                     c->sections()->get(0).value(QStringLiteral("bars")).value<QObject *>())
                     ->get(0)
                     .value(QStringLiteral("label"))
                     .toString(),
            QStringLiteral("Heavy workload and understaffing"));
    }

    void exportWritesTheFile()
    {
        SessionManager session(*m_context, m_vault.get());
        signIn(session, m_token);
        const auto c = controller(session, QStringLiteral("exit"));
        QSignalSpy exported(c.get(), &ReportController::exported);
        const QUrl csv = c->suggestedFile(QStringLiteral("csv"));
        QVERIFY(csv.toLocalFile().endsWith(QStringLiteral(".csv")));
        c->setExportFolder(QUrl::fromLocalFile(m_dir.path()));
        const QUrl file = c->suggestedFile(QStringLiteral("csv"));
        QVERIFY(file.toLocalFile().startsWith(m_dir.path()));
        c->exportTo(file);
        QVERIFY(exported.wait(10000));
        QVERIFY2(c->exportOk(), qPrintable(c->exportMessage()));
        QFile f(file.toLocalFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFsep=,"));
        c->exportTo(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("x.docx"))));
        QVERIFY(!c->exportOk());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.docx"))));
    }

    void noReleaseIsTheEmptyState()
    {
        SessionManager session(*m_context, m_vault.get());
        signIn(session, m_token);
        const auto c = controller(session, QStringLiteral("retention"));
        QCOMPARE(c->state(), QStringLiteral("empty"));
        QCOMPARE(c->sections()->count(), 0);
        QCOMPARE(c->releases()->count(), 0);
        QVERIFY(c->emptyText().contains(QLatin1String("10")));
        QVERIFY(c->nextReleaseText().contains(QLatin1String("op zijn vroegst")));
        QVERIFY(!c->actionsNote().isEmpty());
    }

    void coordinatorsAndSignedOutSeeNothing()
    {
        SessionManager session(*m_context, m_vault.get());
        signIn(session, m_coordinator);
        const auto c = controller(session, QStringLiteral("exit"));
        QCOMPARE(c->state(), QStringLiteral("idle"));
        SessionManager employer(*m_context, m_vault.get());
        signIn(employer, m_token);
        const auto e = controller(employer, QStringLiteral("exit"));
        QCOMPARE(e->state(), QStringLiteral("ready"));
        employer.signOut();
        QCOMPARE(e->state(), QStringLiteral("idle"));
        QCOMPARE(e->sections()->count(), 0);
    }

    void invitationBatchAndSheet()
    {
        SessionManager session(*m_context, m_vault.get());
        signIn(session, m_token);
        InvitationBatchController batch;
        new QAbstractItemModelTester(
            batch.months(), QAbstractItemModelTester::FailureReportingMode::QtTest, &batch);
        batch.setSession(&session);
        QVERIFY(
            QTest::qWaitFor([&] { return !batch.busy() && batch.months()->count() > 0; }, 10000));
        const int before = batch.months()->get(0).value(QStringLiteral("issued")).toInt();
        batch.setCount(0);
        batch.create();
        QVERIFY(!batch.ok());
        QCOMPARE(batch.codeCount(), 0);
        batch.setCount(3);
        batch.setSurvey(QStringLiteral("exit"));
        batch.create();
        QVERIFY(QTest::qWaitFor([&] { return batch.codeCount() == 3; }, 10000));
        QVERIFY(!batch.sheetSaved());
        QVERIFY(!batch.expiresText().isEmpty());
        batch.create(); // not before the sheet is saved
        QVERIFY(!batch.ok());
        QCOMPARE(batch.codeCount(), 3);
        QVERIFY(
            !batch.saveSheet(QUrl::fromLocalFile(QStringLiteral("/nonexistent-dir/sheet.pdf"))));
        QVERIFY(!batch.sheetSaved());
        batch.setSheetFolder(QUrl::fromLocalFile(m_dir.path()));
        QVERIFY(batch.saveSheet(batch.suggestedSheet()));
        QVERIFY(batch.sheetSaved());
        QVERIFY(QFile::exists(batch.suggestedSheet().toLocalFile()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<QVariantMap> months = rowsOf(*batch.months());
                return std::any_of(months.begin(), months.end(), [&](const QVariantMap &m) {
                    return m.value(QStringLiteral("issued")).toInt() == before + 3;
                });
            },
            10000));
    }

private:
    CollectorProcess m_collector;
    Http m_http;
    QTemporaryDir m_dir;
    QString m_token;
    QString m_coordinator;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<TokenVault> m_vault;
};

int main(int argc, char *argv[])
{
    // The sheet's PDF needs fonts: a GUI application on the offscreen platform.
    QGuiApplication app(argc, argv);
    // Dutch, the default UI, from the app's catalogue (zorgstem_qml's resources).
    QTranslator dutch;
    if (!dutch.load(QStringLiteral(":/i18n/zorgstem_nl.qm")))
        qFatal("the Dutch catalogue is not in the resources");
    QCoreApplication::installTranslator(&dutch);
    TestReportController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportcontroller.moc"
