// The coordinator's action form (ActionForm, through CoordinatorController::buildAction): a
// complete form becomes an action the collector accepts, in both languages; an incomplete one is
// refused on the device, before anything is sent, with a message next to each wrong field; the
// collector's own refusals (Action::validate) land on the form field they name. Also the words
// of the audit log.
#include "actionform.h"
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
        { QStringLiteral("unitNl"), QStringLiteral("teams") },
        { QStringLiteral("baseline"), QStringLiteral("0") },
        { QStringLiteral("target"), QStringLiteral("10") },
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
        QVariantMap errors;
        const QJsonObject a = CoordinatorController::buildAction(
            completeForm(), QStringLiteral("utrecht"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(QLatin1Char(','))));
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

    void englishSitsBesideDutch()
    {
        QVariantMap form = completeForm();
        form.insert(QStringLiteral("titleEn"), QStringLiteral("Rosters made together"));
        form.insert(QStringLiteral("whoEn"), QStringLiteral("Ten teams"));
        form.insert(QStringLiteral("unitEn"), QStringLiteral("teams (en)"));
        form.insert(QStringLiteral("baseline"), QStringLiteral("2,5"));
        QVariantMap errors;
        const QJsonObject a
            = CoordinatorController::buildAction(form, QStringLiteral("utrecht"), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(a[QLatin1String("title")][QLatin1String("en")].toString(),
            QStringLiteral("Rosters made together"));
        QCOMPARE(
            a[QLatin1String("commitment")][QLatin1String("who")][QLatin1String("en")].toString(),
            QStringLiteral("Ten teams"));
        QCOMPARE(a[QLatin1String("target")][QLatin1String("baseline")].toDouble(), 2.5);
        // Read back into the form, both languages come back; an English text that only repeats
        // the Dutch one shows as empty.
        const QVariantMap back = ActionForm::fields(a);
        QCOMPARE(back.value(QStringLiteral("titleEn")).toString(),
            QStringLiteral("Rosters made together"));
        QCOMPARE(back.value(QStringLiteral("whoEn")).toString(), QStringLiteral("Ten teams"));
        QCOMPARE(back.value(QStringLiteral("whatEn")).toString(), QString());
        QCOMPARE(back.value(QStringLiteral("baseline")).toString(), QStringLiteral("2.5"));
        QCOMPARE(back.value(QStringLiteral("themes")).toStringList(),
            QStringList { QStringLiteral("rosters") });
    }

    void incompleteFormsAreRefusedAtTheirField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("errorAt");
        QTest::newRow("id with spaces")
            << "id" << QVariant(QStringLiteral("Mijn Actie")) << QStringLiteral("id");
        QTest::newRow("short title")
            << "titleNl" << QVariant(QStringLiteral("x")) << QStringLiteral("titleNl");
        QTest::newRow("long English title")
            << "titleEn" << QVariant(QString(121, QLatin1Char('t'))) << QStringLiteral("titleEn");
        QTest::newRow("no description")
            << "descriptionNl" << QVariant(QString()) << QStringLiteral("descriptionNl");
        QTest::newRow("unknown line")
            << "line" << QVariant(QStringLiteral("sideways")) << QStringLiteral("line");
        QTest::newRow("no line") << "line" << QVariant(QString()) << QStringLiteral("line");
        QTest::newRow("no themes")
            << "themes" << QVariant(QStringList()) << QStringLiteral("themes");
        QTest::newRow("unknown theme")
            << "themes" << QVariant(QStringList { QStringLiteral("coffee") })
            << QStringLiteral("themes");
        QTest::newRow("no 'who'") << "whoNl" << QVariant(QString()) << QStringLiteral("whoNl");
        QTest::newRow("long English 'with what'")
            << "withWhatEn" << QVariant(QString(1001, QLatin1Char('w')))
            << QStringLiteral("withWhatEn");
        QTest::newRow("no metric")
            << "metricNl" << QVariant(QString()) << QStringLiteral("metricNl");
        QTest::newRow("no unit") << "unitNl" << QVariant(QString()) << QStringLiteral("unitNl");
        QTest::newRow("baseline not a number")
            << "baseline" << QVariant(QStringLiteral("nul")) << QStringLiteral("baseline");
        QTest::newRow("empty target")
            << "target" << QVariant(QString()) << QStringLiteral("target");
        QTest::newRow("bad date") << "targetDate" << QVariant(QStringLiteral("next year"))
                                  << QStringLiteral("targetDate");
        QTest::newRow("no date") << "targetDate" << QVariant(QString())
                                 << QStringLiteral("targetDate");
        QTest::newRow("bad status")
            << "status" << QVariant(QStringLiteral("maybe")) << QStringLiteral("status");
        QTest::newRow("http source") << "source" << QVariant(QStringLiteral("http://example.nl"))
                                     << QStringLiteral("source");
    }

    void incompleteFormsAreRefusedAtTheirField()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, errorAt);
        QVariantMap form = completeForm();
        form.insert(field, value);
        QVariantMap errors;
        const QJsonObject a
            = CoordinatorController::buildAction(form, QStringLiteral("utrecht"), &errors);
        QVERIFY(a.isEmpty());
        QCOMPARE(errors.keys(), QStringList { errorAt });
        const QString message = errors.value(errorAt).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1String("field")), qPrintable(message));
    }

    void everyProblemOfTheFormAtOnce()
    {
        QVariantMap form = completeForm();
        form.insert(QStringLiteral("titleNl"), QString());
        form.insert(QStringLiteral("whatNl"), QString());
        form.insert(QStringLiteral("withWhatNl"), QString());
        form.insert(QStringLiteral("target"), QStringLiteral("tien"));
        QVariantMap errors;
        QVERIFY(
            CoordinatorController::buildAction(form, QStringLiteral("utrecht"), &errors).isEmpty());
        QCOMPARE(errors.keys(),
            (QStringList { QStringLiteral("target"), QStringLiteral("titleNl"),
                QStringLiteral("whatNl"), QStringLiteral("withWhatNl") }));
    }

    void collectorRefusalsNameTheirFormField_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("form");
        QTest::newRow("title.nl") << "title.nl"
                                  << "titleNl";
        QTest::newRow("title.en") << "title.en"
                                  << "titleEn";
        QTest::newRow("description.en") << "description.en"
                                        << "descriptionEn";
        QTest::newRow("commitment.whoDoesWhat.nl") << "commitment.whoDoesWhat.nl"
                                                   << "whoDoesWhatNl";
        QTest::newRow("commitment.what.en") << "commitment.what.en"
                                            << "whatEn";
        QTest::newRow("target.metric.nl") << "target.metric.nl"
                                          << "metricNl";
        QTest::newRow("target.unit.en") << "target.unit.en"
                                        << "unitEn";
        QTest::newRow("target.baseline") << "target.baseline"
                                         << "baseline";
        QTest::newRow("target.value") << "target.value"
                                      << "target";
        QTest::newRow("target.date") << "target.date"
                                     << "targetDate";
        QTest::newRow("progress[3].note.nl") << "progress[3].note.nl"
                                             << "progress";
        QTest::newRow("themes") << "themes"
                                << "themes";
        QTest::newRow("source") << "source"
                                << "source";
    }

    void collectorRefusalsNameTheirFormField()
    {
        QFETCH(QString, wire);
        QFETCH(QString, form);
        const ProtocolError e { 422, QStringLiteral("invalid"), {}, wire,
            QStringLiteral("too_long") };
        QCOMPARE(ActionForm::formField(e), form);
        QVERIFY(!CoordinatorController::fieldMessage(e).isEmpty());
    }

    void numbersAsTyped_data()
    {
        QTest::addColumn<QVariant>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("whole") << QVariant(QStringLiteral("12")) << true << 12.0;
        QTest::newRow("comma") << QVariant(QStringLiteral(" 2,5 ")) << true << 2.5;
        QTest::newRow("point") << QVariant(QStringLiteral("2.5")) << true << 2.5;
        QTest::newRow("negative") << QVariant(QStringLiteral("-3")) << true << -3.0;
        QTest::newRow("a number") << QVariant(7.25) << true << 7.25;
        QTest::newRow("empty") << QVariant(QString()) << false << 0.0;
        QTest::newRow("word") << QVariant(QStringLiteral("tien")) << false << 0.0;
        QTest::newRow("thousands") << QVariant(QStringLiteral("1.000,5")) << false << 0.0;
    }

    void numbersAsTyped()
    {
        QFETCH(QVariant, typed);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto n = ActionForm::number(typed);
        QCOMPARE(n.has_value(), ok);
        if (ok)
            QCOMPARE(*n, value);
    }

    void progressUpdatesAreChecked()
    {
        QVariantMap errors;
        QVERIFY(ActionForm::checkProgress(QStringLiteral("2026-11-20"), QStringLiteral("2"),
            QStringLiteral("Twee teams"), &errors));
        QVERIFY(errors.isEmpty());
        QVERIFY(!ActionForm::checkProgress(QString(), QStringLiteral("twee"), QString(), &errors));
        QCOMPARE(errors.keys(),
            (QStringList { QStringLiteral("progressDate"), QStringLiteral("progressNote"),
                QStringLiteral("progressValue") }));
        QVERIFY(!ActionForm::checkProgress(
            QStringLiteral("2026-11-20"), 2, QString(501, QLatin1Char('n')), &errors));
        QCOMPARE(errors.keys(), QStringList { QStringLiteral("progressNote") });
    }

    void auditEntriesInWords()
    {
        QCOMPARE(CoordinatorController::auditActor(
                     QStringLiteral("employer"), QStringLiteral("zorg-utrecht")),
            QStringLiteral("Employer zorg-utrecht"));
        QCOMPARE(
            CoordinatorController::auditActor(QStringLiteral("coordinator"), QStringLiteral("3")),
            QStringLiteral("Coordinator 3"));
        // (Plural forms come from the catalogue, which a unit test does not load.)
        const QString exported = CoordinatorController::auditText(
            QStringLiteral("members.exported"), QStringLiteral("jongraat-utrecht"), 12);
        QVERIFY2(
            exported.startsWith(QLatin1String("Exported the contact list of jongraat-utrecht (12 "))
                && exported.endsWith(QLatin1Char(')')),
            qPrintable(exported));
        for (const char *action : { "report.read", "invitations.made", "action.published",
                 "action.removed", "round.published", "idea.hidden" }) {
            const QString text
                = CoordinatorController::auditText(QLatin1String(action), QStringLiteral("x-1"), 3);
            QVERIFY2(text.contains(QLatin1String("x-1")) && !text.contains(QLatin1String(action)),
                qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestCoordinator)
#include "tst_coordinator.moc"
