// The list models the views read: RowModel (keyed in-place updates, resets), the action filter,
// and the models the controllers fill, each checked by QAbstractItemModelTester.
#include "actionfiltermodel.h"
#include "rowmodel.h"
#include "surveyrunner.h"

#include "appcontext.h"
#include "appcontroller.h"
#include "ideacontroller.h"
#include "regioncontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void surveyRunnerListsFollowTheQuestion()
    {
        QTemporaryDir dir;
        AppContext context(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        QVERIFY2(context.storageError().isEmpty(), qPrintable(context.storageError()));
        AppController app(context);
        QAbstractItemModelTester surveys(
            app.surveys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester regions(
            app.regions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(app.regions()->count() >= 28);
        QCOMPARE(app.regions()
                     ->get(app.regions()->indexOf(QStringLiteral("utrecht")))
                     .value(QStringLiteral("id")),
            QVariant(QStringLiteral("utrecht")));
        SurveyRunner runner;
        QAbstractItemModelTester options(
            runner.options(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester review(
            runner.review(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        runner.setApp(&app);
        runner.setSurveyId(QStringLiteral("exit"));
        runner.start();
        QCOMPARE(runner.question().questionId, QStringLiteral("reasons"));
        QVERIFY(runner.options()->count() > 3);
        QVERIFY(!runner.options()->get(0).value(QStringLiteral("optionId")).toString().isEmpty());
        QCOMPARE(runner.review()->count(), 0); // filled only at the review stage
    }

    void aReplyAfterThePageClosedIsDropped()
    {
        // The collector client outlives the page controllers: an answer that comes after the
        // page (and its controller) went must not reach the deleted controller.
        QTemporaryDir dir;
        AppContext context(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        AppController app(context);
        QCOMPARE(app.saveProfile({ { QStringLiteral("region"), QStringLiteral("utrecht") },
                     { QStringLiteral("branch"), QStringLiteral("vvt") },
                     { QStringLiteral("occupation"), QStringLiteral("vpk_mbo") },
                     { QStringLiteral("ageBand"), QStringLiteral("25-34") },
                     { QStringLiteral("tenureBand"), QStringLiteral("3-5") } }),
            QString());
        RegionController region(context, app);
        auto *ideas = new IdeaController;
        ideas->setRegion(&region);
        ideas->send({ { QStringLiteral("title"), QStringLiteral("Vaste maatjes") },
            { QStringLiteral("description"), QStringLiteral("Elke starter krijgt een maatje.") },
            { QStringLiteral("theme"), QStringLiteral("team") } });
        QVERIFY(ideas->busy());
        delete ideas;
        // Port 9 refuses at once; give the refusal time to arrive and be dispatched.
        QTest::qWait(300);
        QVERIFY(!region.busy());
    }

    void rowModelRolesStartAfterUserRole()
    {
        RowModel model({ "key", "label" });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("key"));
        QCOMPARE(roles.value(Qt::UserRole + 2), QByteArray("label"));
        QCOMPARE(roles.size(), 2);
    }

    void twoRolesAreTwoRoles()
    {
        // A braced pair of string literals must be a list of two roles, never an iterator range.
        RowModel model { { "optionId", "label" } };
        QCOMPARE(model.roleNames().size(), 2);
        model.setRows({ { QStringLiteral("a"), QStringLiteral("A") } });
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("optionId")).toString(), QStringLiteral("a"));
    }

    void sameKeysUpdateInPlace()
    {
        RowModel model({ "key", "label" });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ { QStringLiteral("a"), QStringLiteral("A") },
            { QStringLiteral("b"), QStringLiteral("B") } });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRows({ { QStringLiteral("a"), QStringLiteral("A") },
            { QStringLiteral("b"), QStringLiteral("Bee") } });
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.data(model.index(1), model.role("label")).toString(), QStringLiteral("Bee"));
    }

    void otherKeysReset()
    {
        RowModel model({ "key" });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &RowModel::countChanged);
        model.setRows({ { QStringLiteral("a") } });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRows({ { QStringLiteral("b") }, { QStringLiteral("c") } });
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.count(), 2);
        QCOMPARE(counts.count(), 2);
        QCOMPARE(model.indexOf(QStringLiteral("c")), 1);
        QCOMPARE(model.indexOf(QStringLiteral("a")), -1);
        QVERIFY(model.get(5).isEmpty());
        QVERIFY(!model.value(0, "nope").isValid());
    }

    void actionFilterNarrowsAndClears_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        const QStringList all { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3") };
        QTest::newRow("nothing set") << QString() << QString() << QString() << QString() << all;
        QTest::newRow("line") << QStringLiteral("anders_werken") << QString() << QString()
                              << QString()
                              << QStringList { QStringLiteral("a1"), QStringLiteral("a3") };
        QTest::newRow("theme") << QString() << QStringLiteral("pay") << QString() << QString()
                               << QStringList { QStringLiteral("a2") };
        QTest::newRow("status") << QString() << QString() << QStringLiteral("running") << QString()
                                << QStringList { QStringLiteral("a1"), QStringLiteral("a2") };
        QTest::newRow("search in description, any case")
            << QString() << QString() << QString() << QStringLiteral("ROOSTER")
            << QStringList { QStringLiteral("a3") };
        QTest::newRow("all together")
            << QStringLiteral("anders_werken") << QStringLiteral("rosters")
            << QStringLiteral("running") << QStringLiteral("team")
            << QStringList { QStringLiteral("a1") };
        QTest::newRow("nothing matches")
            << QString() << QString() << QString() << QStringLiteral("zzz") << QStringList();
    }

    void actionFilterNarrowsAndClears()
    {
        QFETCH(QString, line);
        QFETCH(QString, theme);
        QFETCH(QString, status);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        RowModel actions({ "actionId", "title", "description", "line", "themeIds", "status" });
        actions.setRows({
            { QStringLiteral("a1"), QStringLiteral("Teams plannen"), QStringLiteral("Samen"),
                QStringLiteral("anders_werken"), QStringList { QStringLiteral("rosters") },
                QStringLiteral("running") },
            { QStringLiteral("a2"), QStringLiteral("Loon"), QStringLiteral("Meer"),
                QStringLiteral("meer_kiezen"), QStringList { QStringLiteral("pay") },
                QStringLiteral("running") },
            { QStringLiteral("a3"), QStringLiteral("Zeggenschap"), QStringLiteral("Het rooster"),
                QStringLiteral("anders_werken"), QStringList { QStringLiteral("rosters") },
                QStringLiteral("planned") },
        });
        ActionFilterModel filter;
        filter.setSourceModel(&actions);
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&filter, &ActionFilterModel::countChanged);
        filter.setLine(line);
        filter.setTheme(theme);
        filter.setStatus(status);
        filter.setSearch(search);
        QStringList shown;
        for (int row = 0; row < filter.count(); ++row)
            shown.append(filter.get(row).value(QStringLiteral("actionId")).toString());
        QCOMPARE(shown, expected);
        if (expected.size() != 3)
            QVERIFY(counts.count() > 0);
        filter.setLine({});
        filter.setTheme({});
        filter.setStatus({});
        filter.setSearch({});
        QCOMPARE(filter.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestModels)

#include "tst_models.moc"
