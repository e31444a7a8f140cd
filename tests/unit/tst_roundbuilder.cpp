// The round builder (RoundBuilder, RoundDraft, RoundChecks): every question type becomes a
// definition the app's parser accepts and reads back unchanged; ids follow the text until edited;
// each problem is marked at the field the parser names too; a show-if names only an earlier
// question; the draft survives a restart; an import is edited, not published as it is; and the
// preview runs the round in the real SurveyRunner without queueing or saving anything.
#include "appcontext.h"
#include "appcontroller.h"
#include "regioncontroller.h"
#include "roundbuilder.h"
#include "surveyrunner.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The app on a folder, with a profile in Utrecht and the region's panels as fetched before.
struct App
{
    explicit App(const QString &dir)
        : context(dir, QUrl(QStringLiteral("http://127.0.0.1:9")))
        , app(context)
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
        builder.setApp(&app);
        builder.setRegion(region.get());
    }

    AppContext context;
    AppController app;
    std::unique_ptr<RegionController> region;
    RoundBuilder builder;
};

/// The uid of a question's n-th option (or statement).
int choiceUid(const RoundBuilder &b, int question, int n, bool items = false)
{
    const DraftQuestion &q = b.draft().questions.at(question);
    return (items ? q.items : q.options).at(n).uid;
}

int questionUid(const RoundBuilder &b, int question)
{
    return b.draft().questions.at(question).uid;
}

void fillRound(RoundBuilder &b)
{
    b.setPanel(QStringLiteral("jongraat-utrecht"));
    b.setRoundField(QStringLiteral("titleNl"), QStringLiteral("Inwerken van starters"));
    b.setRoundField(QStringLiteral("titleEn"), QStringLiteral("Onboarding starters"));
    b.setRoundField(
        QStringLiteral("introNl"), QStringLiteral("Vijf vragen over je eerste maanden."));
    b.setRoundField(
        QStringLiteral("introEn"), QStringLiteral("Five questions on your first months."));
}

void fillText(RoundBuilder &b, int uid, const QString &nl, const QString &en)
{
    b.setQuestionField(uid, QStringLiteral("textNl"), nl);
    b.setQuestionField(uid, QStringLiteral("textEn"), en);
}

void fillChoices(RoundBuilder &b, int uid, const QString &list, const QStringList &labels)
{
    QList<DraftChoice> current = list == QLatin1String("items") ? b.draft().question(uid)->items
                                                                : b.draft().question(uid)->options;
    while (current.size() < labels.size()) {
        b.addChoice(uid, list);
        current = list == QLatin1String("items") ? b.draft().question(uid)->items
                                                 : b.draft().question(uid)->options;
    }
    for (int i = 0; i < labels.size(); ++i) {
        b.setChoiceField(uid, list, current.at(i).uid, QStringLiteral("labelNl"), labels.at(i));
        b.setChoiceField(uid, list, current.at(i).uid, QStringLiteral("labelEn"),
            labels.at(i) + QStringLiteral(" (en)"));
    }
}

/// One complete question of the type, built through the builder's own calls; returns its uid.
int addComplete(RoundBuilder &b, const QString &type)
{
    const int uid = b.addQuestion(type);
    fillText(b, uid, QStringLiteral("Vraag over ") + type, QStringLiteral("Question on ") + type);
    if (type == QLatin1String("single") || type == QLatin1String("multi"))
        fillChoices(b, uid, QStringLiteral("options"),
            { QStringLiteral("Ja"), QStringLiteral("Nee"), QStringLiteral("Weet niet") });
    if (type == QLatin1String("multi"))
        b.setQuestionField(uid, QStringLiteral("max"), 2);
    if (type == QLatin1String("likert"))
        fillChoices(b, uid, QStringLiteral("items"),
            { QStringLiteral("Ik voel me welkom"), QStringLiteral("Ik weet wie ik kan vragen") });
    if (type == QLatin1String("scale")) {
        b.setQuestionField(uid, QStringLiteral("min"), 0);
        b.setQuestionField(uid, QStringLiteral("max"), 10);
        b.setQuestionField(uid, QStringLiteral("minLabelNl"), QStringLiteral("Nooit"));
        b.setQuestionField(uid, QStringLiteral("minLabelEn"), QStringLiteral("Never"));
    }
    if (type == QLatin1String("number")) {
        b.setQuestionField(uid, QStringLiteral("max"), 60);
        b.setQuestionField(uid, QStringLiteral("unitNl"), QStringLiteral("uur"));
        b.setQuestionField(uid, QStringLiteral("unitEn"), QStringLiteral("hours"));
    }
    if (type == QLatin1String("text"))
        b.setQuestionField(uid, QStringLiteral("maxLength"), 500);
    return uid;
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list.append(e.field);
    return list;
}

} // namespace

class TestRoundBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyTypeToJsonAndBack_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type : { "single", "multi", "likert", "scale", "number", "text" })
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void everyTypeToJsonAndBack()
    {
        QFETCH(QString, type);
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        QAbstractItemModelTester tester(
            b.questions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillRound(b);
        const int uid = addComplete(b, type);
        QVERIFY2(b.allErrors().isEmpty(),
            qPrintable(b.allErrors().value(0).field + QStringLiteral(": ")
                + b.allErrors().value(0).message));
        const QJsonObject definition = b.draft().toDefinition();
        QString problem;
        const auto parsed = SurveyDefinition::parse(definition, &problem);
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(parsed->kind, QStringLiteral("panel"));
        QCOMPARE(parsed->panel, QStringLiteral("jongraat-utrecht"));
        QCOMPARE(parsed->id, QStringLiteral("inwerken-van-starters"));
        const Question &q = parsed->questions.at(0);
        QCOMPARE(Question::typeName(q.type), type);
        QCOMPARE(q.text.en, QStringLiteral("Question on ") + type);
        QCOMPARE(q.id, QStringLiteral("vraag-over-") + type);
        if (type == QLatin1String("single") || type == QLatin1String("multi")) {
            QCOMPARE(q.options.size(), 3);
            QCOMPARE(q.options.at(2).id, QStringLiteral("weet-niet"));
            QCOMPARE(q.options.at(1).label.en, QStringLiteral("Nee (en)"));
        }
        if (type == QLatin1String("multi"))
            QCOMPARE(q.max, 2);
        if (type == QLatin1String("likert"))
            QCOMPARE(q.items.at(1).id, QStringLiteral("ik-weet-wie-ik-kan-vragen"));
        if (type == QLatin1String("scale")) {
            QCOMPARE(q.min, 0);
            QCOMPARE(q.max, 10);
            QCOMPARE(q.minLabel.en, QStringLiteral("Never"));
            QVERIFY(q.maxLabel.isEmpty());
        }
        if (type == QLatin1String("number"))
            QCOMPARE(q.unit.nl, QStringLiteral("uur"));
        if (type == QLatin1String("text")) {
            QCOMPARE(q.maxLength, 500);
            QVERIFY(!q.required); // free text starts optional
        } else {
            QVERIFY(q.required);
        }
        // Back: read into a draft again, the same definition comes out, and its rows show it.
        QCOMPARE(RoundDraft::fromDefinition(definition).toDefinition(), definition);
        QCOMPARE(b.questions()->count(), 1);
        QCOMPARE(b.questions()->get(0).value(QStringLiteral("uid")).toInt(), uid);
        QCOMPARE(b.questions()->get(0).value(QStringLiteral("type")).toString(), type);
    }

    void builtInSurveysReadBackUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("exit") << QStringLiteral(ZS_SOURCE_DIR "/data/surveys/exit.json");
        QTest::newRow("retention") << QStringLiteral(ZS_SOURCE_DIR "/data/surveys/retention.json");
        QTest::newRow("jongraat round")
            << QStringLiteral(ZS_SOURCE_DIR "/tests/ui/data/jongraat-round.json");
    }

    void builtInSurveysReadBackUnchanged()
    {
        // What the builder does not edit (optionsFrom, scale labels of a likert, an "any"
        // condition, themes of options) is kept as it was; the rest makes the same JSON.
        QFETCH(QString, file);
        QJsonObject source = readJson(file);
        const RoundDraft draft = RoundDraft::fromDefinition(source);
        source.insert(QStringLiteral("kind"), QStringLiteral("panel"));
        QCOMPARE(draft.toDefinition(), source);
        QCOMPARE(RoundDraft::fromStored(draft.toStored()).toDefinition(), source);
    }

    void idsFollowTheTextUntilEdited()
    {
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        b.setRoundField(QStringLiteral("titleNl"), QStringLiteral("Één team, één rooster?"));
        QCOMPARE(b.roundId(), QStringLiteral("een-team-een-rooster"));
        QVERIFY(b.roundIdAuto());
        const int first = b.addQuestion(QStringLiteral("single"));
        const int second = b.addQuestion(QStringLiteral("single"));
        QCOMPARE(b.draft().question(first)->id, QStringLiteral("vraag-1"));
        fillText(b, first, QStringLiteral("Werk je ’s nachts?"), QStringLiteral("Night shifts?"));
        fillText(b, second, QStringLiteral("Werk je ’s nachts?"), QStringLiteral("Nights?"));
        QCOMPARE(b.draft().question(first)->id, QStringLiteral("werk-je-s-nachts"));
        QCOMPARE(b.draft().question(second)->id, QStringLiteral("werk-je-s-nachts-2"));
        // A long text makes an id of at most 40 characters, cut at a word.
        fillText(b, second,
            QStringLiteral("Hoeveel uur per week zou je willen werken als je rooster het toeliet?"),
            QStringLiteral("Hours"));
        QCOMPARE(
            b.draft().question(second)->id, QStringLiteral("hoeveel-uur-per-week-zou-je-willen"));
        // An edited id stays; clearing it makes it follow the text again.
        b.setQuestionField(first, QStringLiteral("id"), QStringLiteral("nachtdienst"));
        fillText(b, first, QStringLiteral("Draai je nachtdiensten?"), QStringLiteral("Nights?"));
        QCOMPARE(b.draft().question(first)->id, QStringLiteral("nachtdienst"));
        b.setQuestionField(first, QStringLiteral("id"), QString());
        QCOMPARE(b.draft().question(first)->id, QStringLiteral("draai-je-nachtdiensten"));
        b.setRoundField(QStringLiteral("id"), QStringLiteral("roosters-2027"));
        b.setRoundField(QStringLiteral("titleNl"), QStringLiteral("Anders"));
        QCOMPARE(b.roundId(), QStringLiteral("roosters-2027"));
        // Options too, unique in their question.
        b.setChoiceField(first, QStringLiteral("options"), choiceUid(b, 0, 0),
            QStringLiteral("labelNl"), QStringLiteral("Ja, vaak"));
        b.setChoiceField(first, QStringLiteral("options"), choiceUid(b, 0, 1),
            QStringLiteral("labelNl"), QStringLiteral("Ja vaak"));
        QCOMPARE(b.draft().questions.at(0).options.at(0).id, QStringLiteral("ja-vaak"));
        QCOMPARE(b.draft().questions.at(0).options.at(1).id, QStringLiteral("ja-vaak-2"));
    }

    void errorsAreMarkedWhereTheParserSeesThem_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no Dutch title") << "titleNl="
                                        << "title";
        QTest::newRow("no English intro") << "introEn="
                                          << "intro";
        QTest::newRow("no panel") << "panel="
                                  << "panel";
        QTest::newRow("bad round id") << "id=Mijn Ronde"
                                      << "id";
        QTest::newRow("no English question") << "q0.textEn="
                                             << "questions[0].text";
        QTest::newRow("explanation in one language") << "q0.helpNl=Kort"
                                                     << "questions[0].help";
        QTest::newRow("duplicate question id") << "q0.id=dubbel;q1.id=dubbel"
                                               << "questions[1].id";
        QTest::newRow("bad question id") << "q0.id=Vraag 1"
                                         << "questions[0].id";
        QTest::newRow("option without English") << "q0.o1.labelEn="
                                                << "questions[0].options[1].label";
        QTest::newRow("duplicate option id") << "q0.o0.id=ja;q0.o1.id=ja"
                                             << "questions[0].options[1].id";
        QTest::newRow("no options") << "q0.noOptions"
                                    << "questions[0].options";
        QTest::newRow("more picks than options") << "q1.max=4"
                                                 << "questions[1].max";
        QTest::newRow("no statements") << "q2.noItems"
                                       << "questions[2].items";
        QTest::newRow("scale upside down") << "q3.max=0"
                                           << "questions[3].max";
        QTest::newRow("scale too long") << "q3.max=30"
                                        << "questions[3].max";
        QTest::newRow("scale label in one language") << "q3.maxLabelEn=Always"
                                                     << "questions[3].maxLabel";
        QTest::newRow("number upside down") << "q4.min=70"
                                            << "questions[4].max";
        QTest::newRow("unit in one language") << "q4.unitEn="
                                              << "questions[4].unit";
        QTest::newRow("text of no length") << "q5.maxLength=0"
                                           << "questions[5].maxLength";
        QTest::newRow("show-if after a move") << "moveLast"
                                              << "questions[0].showIf";
        QTest::newRow("no questions") << "noQuestions"
                                      << "questions";
    }

    void errorsAreMarkedWhereTheParserSeesThem()
    {
        // Each problem is marked at its field, and the app's parser refuses the same definition
        // at the same field: the builder's words and the parser's rule agree.
        QFETCH(QString, change);
        QFETCH(QString, field);
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        fillRound(b);
        for (const char *type : { "single", "multi", "likert", "scale", "number", "text" })
            addComplete(b, QString::fromLatin1(type));
        // The last question shows only when the first is answered "Ja".
        QVERIFY(b.setShowIf(questionUid(b, 5), questionUid(b, 0), choiceUid(b, 0, 0)));
        QVERIFY2(b.allErrors().isEmpty(), qPrintable(fields(b.allErrors()).join(u' ')));

        for (const QString &step : change.split(u';')) {
            const QString key = step.section(u'=', 0, 0);
            const QString value = step.section(u'=', 1);
            const QStringList parts = key.split(u'.');
            if (step == QLatin1String("noQuestions")) {
                while (!b.draft().questions.isEmpty())
                    b.removeQuestion(questionUid(b, 0));
            } else if (step == QLatin1String("moveLast")) {
                b.moveQuestion(questionUid(b, 5), 0);
            } else if (parts.size() == 1 && key == QLatin1String("panel")) {
                b.setPanel(value);
            } else if (parts.size() == 1) {
                b.setRoundField(key, value);
            } else {
                const int q = parts.at(0).mid(1).toInt();
                const int uid = questionUid(b, q);
                if (parts.at(1) == QLatin1String("noOptions")
                    || parts.at(1) == QLatin1String("noItems")) {
                    const QString list = parts.at(1) == QLatin1String("noItems")
                        ? QStringLiteral("items")
                        : QStringLiteral("options");
                    const QList<DraftChoice> all = list == QLatin1String("items")
                        ? b.draft().question(uid)->items
                        : b.draft().question(uid)->options;
                    for (const DraftChoice &c : all)
                        b.removeChoice(uid, list, c.uid);
                } else if (parts.size() == 3) {
                    b.setChoiceField(uid, QStringLiteral("options"),
                        choiceUid(b, q, parts.at(1).mid(1).toInt()), parts.at(2), value);
                } else if (parts.at(1) == QLatin1String("min")
                    || parts.at(1) == QLatin1String("max")
                    || parts.at(1) == QLatin1String("maxLength")) {
                    b.setQuestionField(uid, parts.at(1), value.toInt());
                } else {
                    b.setQuestionField(uid, parts.at(1), value);
                }
            }
        }
        QVERIFY2(
            fields(b.allErrors()).contains(field), qPrintable(fields(b.allErrors()).join(u' ')));
        for (const FieldError &e : b.allErrors())
            QVERIFY2(!e.message.isEmpty() && !e.message.contains(u'[') && !e.message.contains(u'{'),
                qPrintable(e.message)); // the builder's words, not the parser's
        QString problem;
        QVERIFY(!SurveyDefinition::parse(b.draft().toDefinition(), &problem));
        QVERIFY2(problem.startsWith(field + QLatin1Char(':'))
                || problem.startsWith(field + QLatin1Char('.')),
            qPrintable(problem));
        // The view shows it at the field: a round field in `errors`, a question's in its row,
        // an option's in the option's row (empty fields once publish or preview was tried).
        b.previewDefinition();
        if (!field.startsWith(QLatin1String("questions["))) {
            QVERIFY2(
                b.errors().contains(field), qPrintable(QStringList(b.errors().keys()).join(u' ')));
        } else if (field.contains(QLatin1String(".options["))) {
            const auto *options
                = b.questions()->get(0).value(QStringLiteral("options")).value<RowModel *>();
            const QString role = field.endsWith(QLatin1String(".id"))
                ? QStringLiteral("idError")
                : QStringLiteral("labelError");
            QVERIFY(!options->get(1).value(role).toString().isEmpty());
        } else {
            const int row = field.mid(10, 1).toInt();
            const QString sub = field.section(u'.', 1, 1);
            const QVariantMap errors
                = b.questions()->get(row).value(QStringLiteral("errors")).toMap();
            QVERIFY2(errors.contains(sub), qPrintable(QStringList(errors.keys()).join(u' ')));
        }
    }

    void emptyFieldsAreMarkedOnlyOnceTheCoordinatorGoesOn()
    {
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        b.addQuestion(QStringLiteral("single"));
        QVERIFY(b.errorCount() > 0);
        QVERIFY(b.errors().isEmpty());
        QVERIFY(b.questions()->get(0).value(QStringLiteral("errors")).toMap().isEmpty());
        // A wrong value shows at once, an empty one not yet.
        b.setRoundField(QStringLiteral("titleNl"), QStringLiteral("Alleen Nederlands"));
        QCOMPARE(b.errors().value(QStringLiteral("title")).toString(),
            RoundChecks::tr("The English title is missing."));
        QVERIFY(!b.errors().contains(QStringLiteral("intro")));
        QVERIFY(b.previewDefinition().isEmpty());
        QVERIFY(b.errors().contains(QStringLiteral("intro")));
        QVERIFY(b.errors().contains(QStringLiteral("panel")));
        QVERIFY(b.questions()
                    ->get(0)
                    .value(QStringLiteral("errors"))
                    .toMap()
                    .contains(QStringLiteral("text")));
        QVERIFY(!b.ok());
    }

    void showIfNamesOnlyAnEarlierQuestion()
    {
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        fillRound(b);
        const int single = addComplete(b, QStringLiteral("single"));
        const int multi = addComplete(b, QStringLiteral("multi"));
        const int scale = addComplete(b, QStringLiteral("scale"));
        const int text = addComplete(b, QStringLiteral("text"));
        const QJsonObject before = b.draft().toDefinition();
        // Not a later question, not itself, not one without options, not another's option.
        QVERIFY(!b.setShowIf(single, multi, choiceUid(b, 1, 0)));
        QVERIFY(!b.setShowIf(single, single, choiceUid(b, 0, 0)));
        QVERIFY(!b.setShowIf(text, scale, 0));
        QVERIFY(!b.setShowIf(text, single, choiceUid(b, 1, 0)));
        QCOMPARE(b.draft().toDefinition(), before);
        // The rows offer only earlier questions with options ("Always" first).
        const QVariantList sources
            = b.questions()->get(3).value(QStringLiteral("showIfSources")).toList();
        QCOMPARE(sources.size(), 3);
        QCOMPARE(sources.at(0).toMap().value(QStringLiteral("uid")).toInt(), 0);
        QCOMPARE(sources.at(2).toMap().value(QStringLiteral("uid")).toInt(), multi);
        // single: equals; multi: includes; the first option unless one is named.
        QVERIFY(b.setShowIf(text, multi, 0));
        QJsonObject condition
            = b.draft()
                  .toDefinition()[QLatin1String("questions")][3][QLatin1String("showIf")]
                  .toObject();
        QCOMPARE(condition,
            (QJsonObject { { QStringLiteral("question"), QStringLiteral("vraag-over-multi") },
                { QStringLiteral("includes"), QStringLiteral("ja") } }));
        QVERIFY(b.setShowIf(scale, single, choiceUid(b, 0, 1)));
        condition = b.draft()
                        .toDefinition()[QLatin1String("questions")][2][QLatin1String("showIf")]
                        .toObject();
        QCOMPARE(condition.value(QLatin1String("equals")).toString(), QStringLiteral("nee"));
        QCOMPARE(b.questions()->get(2).value(QStringLiteral("showIfAnswers")).toList().size(), 3);
        // Renaming keeps the condition: it names the question and option, not their old ids.
        b.setQuestionField(single, QStringLiteral("id"), QStringLiteral("eerste"));
        b.setChoiceField(single, QStringLiteral("options"), choiceUid(b, 0, 1),
            QStringLiteral("id"), QStringLiteral("nooit"));
        condition = b.draft()
                        .toDefinition()[QLatin1String("questions")][2][QLatin1String("showIf")]
                        .toObject();
        QCOMPARE(condition,
            (QJsonObject { { QStringLiteral("question"), QStringLiteral("eerste") },
                { QStringLiteral("equals"), QStringLiteral("nooit") } }));
        QVERIFY(b.allErrors().isEmpty());
        // A move that puts the question first is marked, not changed behind the coordinator's back.
        b.moveQuestion(scale, 0);
        QCOMPARE(fields(b.allErrors()), QStringList { QStringLiteral("questions[0].showIf") });
        QCOMPARE(b.draft().questions.at(0).showIfQuestion, single);
        b.moveQuestion(scale, 2);
        QVERIFY(b.allErrors().isEmpty());
        // Removing the option or the question it names is marked too.
        b.removeChoice(single, QStringLiteral("options"), choiceUid(b, 0, 1));
        QCOMPARE(fields(b.allErrors()), QStringList { QStringLiteral("questions[2].showIf") });
        b.setShowIf(scale, 0, 0);
        QVERIFY(b.allErrors().isEmpty());
        b.removeQuestion(multi);
        QCOMPARE(fields(b.allErrors()), QStringList { QStringLiteral("questions[2].showIf") });
        // An imported condition the builder cannot edit is kept as it was, and can be removed.
        RoundDraft imported = RoundDraft::fromDefinition(
            readJson(QStringLiteral(ZS_SOURCE_DIR "/data/surveys/retention.json")));
        int kept = -1;
        for (int n = 0; n < imported.questions.size(); ++n) {
            if (imported.questions.at(n).extra.contains(QLatin1String("showIf")))
                kept = n;
        }
        QVERIFY(kept >= 0);
        imported.panel = QStringLiteral("jongraat-utrecht");
        b.setDraft(imported);
        QCOMPARE(b.questions()->get(kept).value(QStringLiteral("showIfKept")).toBool(), true);
        QVERIFY(b.setShowIf(imported.questions.at(kept).uid, 0, 0));
        QVERIFY(!b.draft().toDefinition()[QLatin1String("questions")][kept].toObject().contains(
            QLatin1String("showIf")));
    }

    void typeChangesDropWhatTheOldTypeHad()
    {
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        fillRound(b);
        const int uid = addComplete(b, QStringLiteral("multi"));
        b.setQuestionType(uid, QStringLiteral("single"));
        QCOMPARE(b.draft().question(uid)->options.size(), 3); // options fit both
        b.setQuestionType(uid, QStringLiteral("scale"));
        QVERIFY(b.draft().question(uid)->options.isEmpty());
        QCOMPARE(b.draft().question(uid)->min, 1);
        QCOMPARE(b.draft().question(uid)->max, 5);
        b.setQuestionType(uid, QStringLiteral("likert"));
        QCOMPARE(b.draft().question(uid)->items.size(), 2); // two empty statements to fill in
        QCOMPARE(b.addQuestion(QStringLiteral("ranking")), 0);
        QCOMPARE(b.draft().questions.size(), 1);
    }

    void theDraftSurvivesARestart()
    {
        QTemporaryDir dir;
        QJsonObject before;
        {
            App a(dir.path());
            fillRound(a.builder);
            addComplete(a.builder, QStringLiteral("single"));
            const int uid = addComplete(a.builder, QStringLiteral("likert"));
            a.builder.setQuestionField(uid, QStringLiteral("id"), QStringLiteral("welkom"));
            a.builder.setShowIf(uid, questionUid(a.builder, 0), choiceUid(a.builder, 0, 1));
            before = a.builder.draft().toDefinition();
        }
        App again(dir.path());
        QCOMPARE(again.builder.draft().toDefinition(), before);
        QCOMPARE(again.builder.panel(), QStringLiteral("jongraat-utrecht"));
        // Which ids follow their text is kept too.
        QVERIFY(again.builder.draft().questions.at(0).idAuto);
        QVERIFY(!again.builder.draft().questions.at(1).idAuto);
        QCOMPARE(again.builder.draft().questions.at(1).showIfQuestion,
            again.builder.draft().questions.at(0).uid);
        fillText(again.builder, questionUid(again.builder, 0), QStringLiteral("Nieuw"),
            QStringLiteral("New"));
        QCOMPARE(again.builder.draft().questions.at(0).id, QStringLiteral("nieuw"));
        // A new round starts empty and the panel stays chosen.
        again.builder.clear();
        QVERIFY(again.builder.isEmpty());
        App third(dir.path());
        QVERIFY(third.builder.isEmpty());
        QCOMPARE(third.builder.panel(), QStringLiteral("jongraat-utrecht"));
    }

    void anImportIsEditedBeforePublishing()
    {
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        fillRound(b);
        QSignalSpy messages(&b, &RoundBuilder::messageChanged);
        // Not a definition: refused with a message, and the draft stays as it was.
        const QJsonObject before = b.draft().toDefinition();
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QVERIFY(!b.importFile(QUrl::fromLocalFile(bad.fileName())));
        QVERIFY(!b.ok());
        QVERIFY(!b.message().isEmpty());
        QVERIFY(!b.importFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.json")))));
        QCOMPARE(b.draft().toDefinition(), before);

        QVERIFY(b.importFile(QUrl::fromLocalFile(
            QStringLiteral(ZS_SOURCE_DIR "/tests/ui/data/jongraat-round.json"))));
        QVERIFY(b.ok());
        QCOMPARE(b.roundId(), QStringLiteral("jongraat-starters"));
        QVERIFY(!b.roundIdAuto()); // an imported id stays, whatever the title becomes
        QCOMPARE(b.panel(), QStringLiteral("jongraat-utrecht"));
        QCOMPARE(b.questions()->count(), 1);
        QCOMPARE(b.questions()->get(0).value(QStringLiteral("minLabelEn")).toString(),
            QStringLiteral("Not useful"));
        QVERIFY(b.allErrors().isEmpty());
        // An imported exit survey becomes a round to edit: its missing panel is the chosen one.
        b.setPanel(QString());
        QVERIFY(b.importFile(
            QUrl::fromLocalFile(QStringLiteral(ZS_SOURCE_DIR "/data/surveys/exit.json"))));
        QCOMPARE(b.draft().toDefinition().value(QLatin1String("kind")).toString(),
            QStringLiteral("panel"));
        QVERIFY(b.errors().contains(QStringLiteral("panel"))); // shown at once after an import
        b.setPanel(QStringLiteral("jongraat-utrecht"));
        // The exit survey's id belongs to a built-in survey: the collector's rule says so here.
        QCOMPARE(fields(b.allErrors()), QStringList { QStringLiteral("id") });
        b.setRoundField(QStringLiteral("id"), QStringLiteral("jongraat-vertrek"));
        QVERIFY(b.allErrors().isEmpty());
    }

    void thePreviewQueuesNothing()
    {
        QTemporaryDir dir;
        App a(dir.path());
        RoundBuilder &b = a.builder;
        fillRound(b);
        const int single = addComplete(b, QStringLiteral("single"));
        const int text = addComplete(b, QStringLiteral("text"));
        QVERIFY(b.setShowIf(text, single, choiceUid(b, 0, 0)));
        const QVariantMap definition = b.previewDefinition();
        QVERIFY(!definition.isEmpty());
        const QString storedDraft
            = a.context.profiles().setting(QStringLiteral("roundBuilder.draft"));

        SurveyRunner runner;
        runner.setApp(&a.app);
        QVERIFY(runner.showPreview(definition));
        QVERIFY(runner.preview());
        QCOMPARE(runner.title(), QStringLiteral("Inwerken van starters"));
        runner.start();
        QCOMPARE(runner.question().questionId, QStringLiteral("vraag-over-single"));
        QVERIFY(!runner.next()); // required, as for a member
        runner.setAnswer(QStringLiteral("ja"));
        QVERIFY(runner.next());
        QCOMPARE(runner.question().questionId, QStringLiteral("vraag-over-text")); // shown: "ja"
        runner.setAnswer(QStringLiteral("Bel me op 06-12345678"));
        QVERIFY(!runner.scrubbedPreview().isEmpty()); // the scrubber shows what would leave
        QVERIFY(runner.next());
        QCOMPARE(runner.stage(), QStringLiteral("review"));
        QVERIFY(runner.submit());
        QCOMPARE(runner.stage(), QStringLiteral("done"));
        // Nothing queued, no draft, no receipt, the catalog unchanged, and the builder's draft
        // as it was.
        QCOMPARE(a.context.outbox().pendingCount(), 0);
        QCOMPARE(a.context.outbox().waitingCount(), 0);
        QVERIFY(a.context.drafts().surveysWithDraft().isEmpty());
        QVERIFY(!a.context.catalog().latest(QStringLiteral("inwerken-van-starters")));
        QCOMPARE(a.app.sentCount(), 0);
        QCOMPARE(a.context.profiles().setting(QStringLiteral("roundBuilder.draft")), storedDraft);
        runner.discard();
        QVERIFY(a.context.drafts().surveysWithDraft().isEmpty());
        // An incomplete round shows no preview, and says why.
        b.setRoundField(QStringLiteral("titleEn"), QString());
        QVERIFY(b.previewDefinition().isEmpty());
        QVERIFY(!runner.showPreview({ { QStringLiteral("id"), QStringLiteral("x") } }));
        QVERIFY(!runner.errorText().isEmpty());
        // Choosing a catalog survey ends the preview.
        runner.setSurveyId(QStringLiteral("exit"));
        QVERIFY(!runner.preview());
        QCOMPARE(runner.surveyId(), QStringLiteral("exit"));
    }
};

QTEST_GUILESS_MAIN(TestRoundBuilder)

#include "tst_roundbuilder.moc"
