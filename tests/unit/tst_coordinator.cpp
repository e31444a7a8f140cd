// CoordinatorController::buildAction: the coordinator's form becomes an action the collector
// accepts, and an incomplete form is refused on the device with a message, before anything is sent.
#include "coordinatorcontroller.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

QVariantMap completeForm()
{
    return { { QStringLiteral("id"), QStringLiteral("utrecht-rosters") },
        { QStringLiteral("titleNl"), QStringLiteral("Roosters samen maken") },
        { QStringLiteral("descriptionNl"), QStringLiteral("Teams maken hun rooster.") },
        { QStringLiteral("line"), QStringLiteral("anders_werken") },
        { QStringLiteral("themes"), QStringList { QStringLiteral("rosters") } },
        { QStringLiteral("whatNl"), QStringLiteral("Zeggenschap") },
        { QStringLiteral("whoNl"), QStringLiteral("Teams") },
        { QStringLiteral("whoDoesWhatNl"), QStringLiteral("Teams roosteren") },
        { QStringLiteral("withWhatNl"), QStringLiteral("Een app") },
        { QStringLiteral("metricNl"), QStringLiteral("Teams") },
        { QStringLiteral("unitNl"), QStringLiteral("teams") }, { QStringLiteral("baseline"), 0 },
        { QStringLiteral("target"), 10 },
        { QStringLiteral("targetDate"), QStringLiteral("2027-06-30") },
        { QStringLiteral("status"), QStringLiteral("planned") } };
}

} // namespace

class TestCoordinator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void completeFormBuildsTheAction()
    {
        QString error;
        const QJsonObject a
            = CoordinatorController::buildAction(completeForm(), QStringLiteral("utrecht"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(a.value(QLatin1String("region")).toString(), QStringLiteral("utrecht"));
        // An English text left empty falls back to the Dutch one, so both languages show text.
        QCOMPARE(a[QLatin1String("title")][QLatin1String("en")].toString(),
            QStringLiteral("Roosters samen maken"));
        QCOMPARE(
            a[QLatin1String("commitment")][QLatin1String("who")][QLatin1String("nl")].toString(),
            QStringLiteral("Teams"));
        QCOMPARE(a[QLatin1String("target")][QLatin1String("value")].toDouble(), 10.0);
        QCOMPARE(
            a.value(QLatin1String("themes")).toArray(), QJsonArray { QStringLiteral("rosters") });
        QVERIFY(!a.contains(QLatin1String("source")));
        QCOMPARE(a.value(QLatin1String("example")).toBool(), false);
    }

    void incompleteFormsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("id with spaces") << "id" << QVariant(QStringLiteral("Mijn Actie"));
        QTest::newRow("short title") << "titleNl" << QVariant(QStringLiteral("x"));
        QTest::newRow("no description") << "descriptionNl" << QVariant(QString());
        QTest::newRow("unknown line") << "line" << QVariant(QStringLiteral("sideways"));
        QTest::newRow("no themes") << "themes" << QVariant(QStringList());
        QTest::newRow("unknown theme")
            << "themes" << QVariant(QStringList { QStringLiteral("coffee") });
        QTest::newRow("no 'who'") << "whoNl" << QVariant(QString());
        QTest::newRow("no metric") << "metricNl" << QVariant(QString());
        QTest::newRow("bad date") << "targetDate" << QVariant(QStringLiteral("next year"));
        QTest::newRow("bad status") << "status" << QVariant(QStringLiteral("maybe"));
        QTest::newRow("http source") << "source" << QVariant(QStringLiteral("http://example.nl"));
    }

    void incompleteFormsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QVariantMap form = completeForm();
        form.insert(field, value);
        QString error;
        const QJsonObject a
            = CoordinatorController::buildAction(form, QStringLiteral("utrecht"), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(a.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoordinator)
#include "tst_coordinator.moc"
