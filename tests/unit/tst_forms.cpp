// The app's forms check with the collector's own validation (sync/protocol) and say what is
// wrong in the person's words, naming the field; a refused form sends nothing.
#include "appcontext.h"
#include "appcontroller.h"
#include "ideacontroller.h"
#include "membershipcontroller.h"
#include "regioncontroller.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

class TestForms : public QObject
{
    Q_OBJECT

    /// An app on a temporary folder, with a profile and the region's panels as if fetched before.
    struct App
    {
        QTemporaryDir dir;
        AppContext context { dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")) };
        AppController app { context };
        std::unique_ptr<RegionController> region;

        App()
        {
            // The region's lists as if fetched before: the example data the collector serves.
            QFile panels(QStringLiteral(ZS_SOURCE_DIR "/data/panels.json"));
            QFile actions(QStringLiteral(ZS_SOURCE_DIR "/data/actions/utrecht.json"));
            if (!panels.open(QIODevice::ReadOnly) || !actions.open(QIODevice::ReadOnly)
                || !context.regionStore().cache(
                    QStringLiteral("panels/utrecht"), QByteArray(), panels.readAll())
                || !context.regionStore().cache(
                    QStringLiteral("actions/utrecht"), QByteArray(), actions.readAll())
                || !context.regionStore().cache(QStringLiteral("ideas/utrecht"), QByteArray(),
                    R"({"ideas": [{"id": "i1", "title": "Maatjes", "description": "Een maatje)"
                    R"( voor elke starter.", "theme": "team", "supports": 3}]})"))
                qFatal("could not seed the region's lists");
            const QString saved
                = app.saveProfile({ { QStringLiteral("region"), QStringLiteral("utrecht") },
                    { QStringLiteral("branch"), QStringLiteral("vvt") },
                    { QStringLiteral("occupation"), QStringLiteral("vpk_mbo") },
                    { QStringLiteral("ageBand"), QStringLiteral("u25") },
                    { QStringLiteral("tenureBand"), QStringLiteral("1-2") } });
            if (!saved.isEmpty())
                qFatal("profile: %s", qPrintable(saved));
            region = std::make_unique<RegionController>(context, app);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theRegionsListsAreModels()
    {
        App a;
        RegionController &region = *a.region;
        using Tester = QAbstractItemModelTester;
        const auto mode = Tester::FailureReportingMode::QtTest;
        Tester panels(region.panels(), mode);
        Tester actions(region.actions(), mode);
        Tester filtered(region.filteredActions(), mode);
        Tester ideas(region.ideas(), mode);
        // Only the panels serving the profile's region, from the saved list.
        QVERIFY(region.panels()->indexOf(QStringLiteral("jongraat-utrecht")) >= 0);
        const QVariantMap panel = region.panel(QStringLiteral("jongraat-utrecht"));
        QCOMPARE(panel.value(QStringLiteral("eligible")).toBool(), true); // u25 fits its rule
        QCOMPARE(panel.value(QStringLiteral("ageRule")).toBool(), true); // the join page says so
        QCOMPARE(panel.value(QStringLiteral("member")).toBool(), false);
        QVERIFY(region.actions()->count() >= 2);
        QCOMPARE(region.filteredActions()->count(), region.actions()->count());
        const QVariantMap first = region.actions()->get(0);
        QVERIFY(!first.value(QStringLiteral("lineLabel")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("themes")).toStringList().isEmpty());
        region.filteredActions()->setSearch(QStringLiteral("zzz-nothing"));
        QCOMPARE(region.filteredActions()->count(), 0);
        QCOMPARE(region.ideas()->count(), 1);
        QCOMPARE(region.ideas()->get(0).value(QStringLiteral("supports")).toInt(), 3);
        // A new language relabels in place: the same rows, no reset (the action line's label
        // comes from the reference data, in both languages).
        QSignalSpy resets(region.actions(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(region.actions(), &QAbstractItemModel::dataChanged);
        const QString dutch
            = region.actions()->get(0).value(QStringLiteral("lineLabel")).toString();
        a.app.setLanguage(QStringLiteral("en"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() > 0);
        QVERIFY(region.actions()->get(0).value(QStringLiteral("lineLabel")).toString() != dutch);
    }

    void joinIsCheckedLikeTheCollectorDoes_data()
    {
        QTest::addColumn<QVariantMap>("form");
        QTest::addColumn<QString>("field");
        const auto form = [](const QString &name, const QString &email, bool consent) {
            return QVariantMap { { QStringLiteral("name"), name },
                { QStringLiteral("email"), email }, { QStringLiteral("consent"), consent } };
        };
        // The device used to accept a@b.c while the collector refused it.
        QTest::newRow("a@b.c") << form(QStringLiteral("Sanne"), QStringLiteral("a@b.c"), true)
                               << QStringLiteral("email");
        QTest::newRow("no contact")
            << form(QStringLiteral("Sanne"), QString(), true) << QStringLiteral("email");
        QTest::newRow("no name") << form(QString(), QStringLiteral("sanne@example.nl"), true)
                                 << QStringLiteral("name");
        QTest::newRow("no consent")
            << form(QStringLiteral("Sanne"), QStringLiteral("sanne@example.nl"), false)
            << QStringLiteral("consent");
    }

    void joinIsCheckedLikeTheCollectorDoes()
    {
        QFETCH(QVariantMap, form);
        QFETCH(QString, field);
        App a;
        MembershipController membership;
        membership.setRegion(a.region.get());
        membership.setPanelId(QStringLiteral("jongraat-utrecht"));
        QSignalSpy finished(&membership, &MembershipController::joinFinished);
        membership.join(form);
        QCOMPARE(finished.count(), 1); // answered at once: nothing was sent
        QVERIFY(!membership.busy());
        const auto outcome = finished.at(0).at(0).value<Outcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.field, field);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY2(!outcome.message.contains(QLatin1String("invalid")), qPrintable(outcome.message));
    }

    void aValidJoinIsSent()
    {
        App a;
        MembershipController membership;
        membership.setRegion(a.region.get());
        membership.setPanelId(QStringLiteral("jongraat-utrecht"));
        QSignalSpy finished(&membership, &MembershipController::joinFinished);
        membership.join({ { QStringLiteral("name"), QStringLiteral("Sanne") },
            { QStringLiteral("email"), QStringLiteral("sanne@example.nl") },
            { QStringLiteral("consent"), true } });
        QVERIFY(membership.busy()); // on its way; nothing listens on port 9
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        // No connection: the join waits in the outbox, so the form is done (not an error).
        const auto outcome = finished.at(0).at(0).value<Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.field.isEmpty());
        QVERIFY(!membership.busy());
    }

    void ideaIsCheckedLikeTheCollectorDoes_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("field");
        QTest::newRow("short title") << QStringLiteral("ab") << QStringLiteral("Een goed idee.")
                                     << QStringLiteral("team") << QStringLiteral("title");
        QTest::newRow("short description")
            << QStringLiteral("Maatjes") << QStringLiteral("kort") << QStringLiteral("team")
            << QStringLiteral("description");
        QTest::newRow("unknown theme")
            << QStringLiteral("Maatjes") << QStringLiteral("Een goed idee.")
            << QStringLiteral("coffee") << QStringLiteral("theme");
    }

    void ideaIsCheckedLikeTheCollectorDoes()
    {
        QFETCH(QString, title);
        QFETCH(QString, description);
        QFETCH(QString, theme);
        QFETCH(QString, field);
        App a;
        IdeaController ideas;
        ideas.setRegion(a.region.get());
        QSignalSpy finished(&ideas, &IdeaController::ideaFinished);
        ideas.send({ { QStringLiteral("title"), title },
            { QStringLiteral("description"), description }, { QStringLiteral("theme"), theme } });
        QCOMPARE(finished.count(), 1);
        QVERIFY(!ideas.busy());
        const auto outcome = finished.at(0).at(0).value<Outcome>();
        QCOMPARE(outcome.field, field);
        QVERIFY(!outcome.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForms)

#include "tst_forms.moc"
