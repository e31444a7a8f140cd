// The app's forms check with the collector's own validation (sync/protocol) and say what is
// wrong in the person's words, naming the field; a refused form sends nothing.
#include "appcontext.h"
#include "appcontroller.h"
#include "ideacontroller.h"
#include "membershipcontroller.h"
#include "regioncontroller.h"

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
            QFile panels(QStringLiteral(ZS_SOURCE_DIR "/data/panels.json"));
            if (!panels.open(QIODevice::ReadOnly)
                || !context.regionStore().cache(
                    QStringLiteral("panels/utrecht"), QByteArray(), panels.readAll()))
                qFatal("could not seed the panels");
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
        const auto outcome = finished.at(0).at(0).value<Outcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.field.isEmpty()); // not a form problem: no connection
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
