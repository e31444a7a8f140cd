// SurveyDefinition::parse: the built-in surveys parse, and every broken definition is refused
// with an error that names the JSON path of the bad field, also one over a limit of
// surveylimits (at the limit it parses). SurveyCatalog lookups.

#include "referencedata.h"
#include "surveycatalog.h"
#include "surveydefinition.h"
#include "surveyengine.h"
#include "surveyestimate.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace zs;

namespace {

QJsonObject text(const char *nl, const char *en)
{
    return { { QStringLiteral("nl"), QLatin1String(nl) },
        { QStringLiteral("en"), QLatin1String(en) } };
}

QJsonObject option(const char *id)
{
    return { { QStringLiteral("id"), QLatin1String(id) },
        { QStringLiteral("label"), text(id, id) } };
}

/// A small valid survey: a multi, a single from it, a conditional scale and a text question.
QJsonObject baseSurvey()
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("pulse-1") },
        { QStringLiteral("version"), 2 },
        { QStringLiteral("kind"), QStringLiteral("pulse") },
        { QStringLiteral("title"), text("Peiling", "Pulse") },
        { QStringLiteral("intro"), text("Intro", "Intro") },
        { QStringLiteral("questions"),
            QJsonArray {
                QJsonObject { { QStringLiteral("id"), QStringLiteral("pick") },
                    { QStringLiteral("type"), QStringLiteral("multi") },
                    { QStringLiteral("text"), text("Kies", "Pick") },
                    { QStringLiteral("required"), true }, { QStringLiteral("max"), 2 },
                    { QStringLiteral("options"),
                        QJsonArray { option("a"), option("b"), option("c") } } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("main") },
                    { QStringLiteral("type"), QStringLiteral("single") },
                    { QStringLiteral("text"), text("Hoofd", "Main") },
                    { QStringLiteral("optionsFrom"), QStringLiteral("pick") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("score") },
                    { QStringLiteral("type"), QStringLiteral("scale") },
                    { QStringLiteral("text"), text("Score", "Score") },
                    { QStringLiteral("min"), 0 }, { QStringLiteral("max"), 10 },
                    { QStringLiteral("showIf"),
                        QJsonObject { { QStringLiteral("question"), QStringLiteral("pick") },
                            { QStringLiteral("includes"), QStringLiteral("a") } } } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("note") },
                    { QStringLiteral("type"), QStringLiteral("text") },
                    { QStringLiteral("text"), text("Noot", "Note") } },
            } },
    };
}

using Mutation = std::function<void(QJsonObject &)>;

/// Changes one question of the base survey.
Mutation inQuestion(int index, const std::function<void(QJsonObject &)> &change)
{
    return [=](QJsonObject &survey) {
        QJsonArray questions = survey.value(QLatin1String("questions")).toArray();
        QJsonObject q = questions.at(index).toObject();
        change(q);
        questions.replace(index, q);
        survey.insert(QStringLiteral("questions"), questions);
    };
}

/// A comparison on the base survey's "score" (an earlier question for "note").
QJsonObject onScore()
{
    return { { QStringLiteral("question"), QStringLiteral("score") },
        { QStringLiteral("atLeast"), 1 } };
}

/// A showIf of depth groups nested in each other (all, any, all, …) around one comparison.
QJsonObject nestedShowIf(int depth)
{
    QJsonObject c = onScore();
    for (int level = depth; level >= 1; --level)
        c = QJsonObject { { QLatin1String(level % 2 ? "all" : "any"), QJsonArray { c } } };
    return c;
}

/// count ids: "o0", "o1", … as options or likert items.
QJsonArray numbered(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("o%1").arg(i);
        list.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("label"),
                QJsonObject { { QStringLiteral("nl"), id }, { QStringLiteral("en"), id } } } });
    }
    return list;
}

QByteArray mutated(const Mutation &mutation)
{
    QJsonObject survey = baseSurvey();
    mutation(survey);
    return QJsonDocument(survey).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSurveyDefinition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void baseSurveyParses()
    {
        QString error;
        const auto def = SurveyDefinition::parse(baseSurvey(), &error);
        QVERIFY2(def, qPrintable(error));
        QCOMPARE(def->id, QStringLiteral("pulse-1"));
        QCOMPARE(def->version, 2);
        QCOMPARE(def->questions.size(), 4);
        const Question *pick = def->question(QStringLiteral("pick"));
        QVERIFY(pick);
        QCOMPARE(pick->type, Question::Type::Multi);
        QCOMPARE(pick->min, 1); // required multi: at least one by default
        QCOMPARE(pick->max, 2);
        const Question *main = def->question(QStringLiteral("main"));
        QCOMPARE(main->optionsFrom, QStringLiteral("pick"));
        QCOMPARE(main->options.size(), 3);
        QVERIFY(!main->required);
        QCOMPARE(def->question(QStringLiteral("note"))->maxLength, 1000);
        QVERIFY(def->question(QStringLiteral("score"))->showIf.has_value());
        QCOMPARE(def->question(QStringLiteral("score"))->showIf->kind, Condition::Kind::Includes);
        QCOMPARE(def->indexOf(QStringLiteral("note")), 3);
        QCOMPARE(def->indexOf(QStringLiteral("nope")), -1);
        QCOMPARE(def->source, baseSurvey());
    }

    void estimatesMinutesFromTheDefinition()
    {
        QString error;
        // A short survey still says a minute.
        const auto small = SurveyDefinition::parse(baseSurvey(), &error);
        QVERIFY2(small, qPrintable(error));
        QCOMPARE(estimatedMinutes(*small), 1);
        // Thirty statements take longer: 20 s intro + 8 s question + 30 x 6 s = 3.5 min -> 3.
        QJsonObject longer = baseSurvey();
        longer.insert(QStringLiteral("questions"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("rate") },
                { QStringLiteral("type"), QStringLiteral("likert") },
                { QStringLiteral("text"), text("Oordeel", "Rate") },
                { QStringLiteral("items"), numbered(30) } } });
        const auto likert = SurveyDefinition::parse(longer, &error);
        QVERIFY2(likert, qPrintable(error));
        QCOMPARE(estimatedMinutes(*likert), 3);
        // A question behind a showIf is not counted: not everyone sees it.
        QJsonObject conditional = longer;
        QJsonArray questions = conditional.value(QLatin1String("questions")).toArray();
        questions.prepend(QJsonObject { { QStringLiteral("id"), QStringLiteral("gate") },
            { QStringLiteral("type"), QStringLiteral("single") },
            { QStringLiteral("text"), text("Poort", "Gate") },
            { QStringLiteral("options"), QJsonArray { option("a"), option("b") } } });
        QJsonObject rate = questions.at(1).toObject();
        rate.insert(QStringLiteral("showIf"),
            QJsonObject { { QStringLiteral("question"), QStringLiteral("gate") },
                { QStringLiteral("equals"), QStringLiteral("a") } });
        questions.replace(1, rate);
        conditional.insert(QStringLiteral("questions"), questions);
        const auto gated = SurveyDefinition::parse(conditional, &error);
        QVERIFY2(gated, qPrintable(error));
        QCOMPARE(estimatedMinutes(*gated), 1);
        // The built-in surveys: "about 4 minutes" each.
        QCOMPARE(estimatedMinutes(*test::catalog().latest(QStringLiteral("exit"))), 4);
        QCOMPARE(estimatedMinutes(*test::catalog().latest(QStringLiteral("retention"))), 4);
    }

    void sensitiveQuestionsCanBeDeclined()
    {
        // "I'd rather not say" on the questions a care worker may not want to answer; the
        // follow-up of intent_to_leave stays hidden for it.
        const SurveyDefinition &exit = *test::catalog().latest(QStringLiteral("exit"));
        const SurveyDefinition &retention = *test::catalog().latest(QStringLiteral("retention"));
        for (const auto &[def, question] :
            { std::pair { &exit, "destination" }, std::pair { &retention, "intent_to_leave" },
                std::pair { &retention, "leave_where" } }) {
            const Question *q = def->question(QLatin1String(question));
            QVERIFY2(q && q->option(QStringLiteral("prefer_not")), question);
            QCOMPARE(q->option(QStringLiteral("prefer_not"))->label.nl,
                QStringLiteral("Zeg ik liever niet"));
            QVERIFY(q->option(QStringLiteral("prefer_not"))->theme.isEmpty()); // in no theme
        }
        QJsonObject answers = test::validRetentionAnswers();
        answers.insert(QStringLiteral("intent_to_leave"), QStringLiteral("prefer_not"));
        const SurveyEngine engine(retention);
        QVERIFY(!engine.validate(answers));
        QVERIFY(!engine.isVisible(*retention.question(QStringLiteral("leave_where")), answers));
        // The version before stays in the catalog, so answers queued by an older app still count.
        QVERIFY(test::catalog().find(QStringLiteral("exit"), 1));
        QVERIFY(test::catalog().find(QStringLiteral("retention"), 1));
        QVERIFY(exit.version > 1 && retention.version > 1);
    }

    void builtInSurveys()
    {
        const SurveyCatalog &catalog = test::catalog();
        const SurveyDefinition *exit = catalog.find(QStringLiteral("exit"), 1);
        const SurveyDefinition *retention = catalog.find(QStringLiteral("retention"), 1);
        QVERIFY(exit);
        QVERIFY(retention);
        QCOMPARE(exit->kind, QStringLiteral("exit"));
        QCOMPARE(retention->kind, QStringLiteral("retention"));
        QVERIFY(exit->region.isEmpty());
        const Question *reasons = exit->question(QStringLiteral("reasons"));
        QVERIFY(reasons);
        QCOMPARE(reasons->max, 3);
        // Exit reasons map onto the national themes of the reference list.
        for (const Option &o : reasons->options)
            QVERIFY2(ReferenceData::contains(ReferenceData::instance().exitThemes, o.theme),
                qPrintable(o.id));
        QCOMPARE(
            exit->question(QStringLiteral("main_reason"))->optionsFrom, QStringLiteral("reasons"));
        QCOMPARE(exit->question(QStringLiteral("enps"))->type, Question::Type::Scale);
        QCOMPARE(retention->question(QStringLiteral("themes"))->items.size(), 8);
        QCOMPARE(retention->question(QStringLiteral("themes"))->scaleLabels.size(), 5);
        QVERIFY(retention->question(QStringLiteral("leave_where"))->showIf->kind
            == Condition::Kind::Any);
        QCOMPARE(retention->question(QStringLiteral("extra_hours"))->unit.en,
            QStringLiteral("hours per week"));
    }

    void errorsNameTheJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");

        const auto remove = [](const char *key) {
            return [=](QJsonObject &o) {
                o.remove(QLatin1String(key));
            };
        };
        const auto set = [](const char *key, const QJsonValue &value) {
            return [=](QJsonObject &o) {
                o.insert(QLatin1String(key), value);
            };
        };

        QTest::newRow("not json") << QByteArray("{\"id\": ") << QStringLiteral("(document)");
        QTest::newRow("array document") << QByteArray("[]") << QStringLiteral("(document)");
        QTest::newRow("id missing") << mutated(remove("id")) << QStringLiteral("id");
        QTest::newRow("id upper case")
            << mutated(set("id", QStringLiteral("Exit"))) << QStringLiteral("id");
        QTest::newRow("version text")
            << mutated(set("version", QStringLiteral("1"))) << QStringLiteral("version");
        QTest::newRow("version 0") << mutated(set("version", 0)) << QStringLiteral("version");
        QTest::newRow("version fraction")
            << mutated(set("version", 1.5)) << QStringLiteral("version");
        QTest::newRow("kind") << mutated(set("kind", QStringLiteral("poll")))
                              << QStringLiteral("kind");
        QTest::newRow("title missing") << mutated(remove("title")) << QStringLiteral("title");
        QTest::newRow("intro without en")
            << mutated(set("intro", QJsonObject { { QStringLiteral("nl"), QStringLiteral("x") } }))
            << QStringLiteral("intro");
        QTest::newRow("region") << mutated(set("region", QStringLiteral("Utrecht!")))
                                << QStringLiteral("region");
        QTest::newRow("opens") << mutated(set("opens", QStringLiteral("2026-13-01")))
                               << QStringLiteral("opens");
        QTest::newRow("closes before opens") << mutated([](QJsonObject &o) {
            o.insert(QStringLiteral("opens"), QStringLiteral("2026-05-01"));
            o.insert(QStringLiteral("closes"), QStringLiteral("2026-04-30"));
        }) << QStringLiteral("closes");
        QTest::newRow("questions empty")
            << mutated(set("questions", QJsonArray())) << QStringLiteral("questions");
        QTest::newRow("question not object")
            << mutated(set("questions", QJsonArray { 1 })) << QStringLiteral("questions[0]");
        QTest::newRow("question type")
            << mutated(inQuestion(3, set("type", QStringLiteral("essay"))))
            << QStringLiteral("questions[3].type");
        QTest::newRow("question text")
            << mutated(inQuestion(2, remove("text"))) << QStringLiteral("questions[2].text");
        QTest::newRow("question help")
            << mutated(inQuestion(2, set("help", QStringLiteral("plain"))))
            << QStringLiteral("questions[2].help");
        QTest::newRow("required not bool")
            << mutated(inQuestion(1, set("required", QStringLiteral("yes"))))
            << QStringLiteral("questions[1].required");
        QTest::newRow("duplicate question id")
            << mutated(inQuestion(3, set("id", QStringLiteral("pick"))))
            << QStringLiteral("questions[3].id");
        QTest::newRow("options empty") << mutated(inQuestion(0, set("options", QJsonArray())))
                                       << QStringLiteral("questions[0].options");
        QTest::newRow("duplicate option id") << mutated(
            inQuestion(0, set("options", QJsonArray { option("a"), option("b"), option("a") })))
                                             << QStringLiteral("questions[0].options[2].id");
        QTest::newRow("option label") << mutated(inQuestion(0,
            set("options",
                QJsonArray {
                    option("a"), QJsonObject { { QStringLiteral("id"), QStringLiteral("b") } } })))
                                      << QStringLiteral("questions[0].options[1].label");
        QTest::newRow("multi max above options")
            << mutated(inQuestion(0, set("max", 4))) << QStringLiteral("questions[0].max");
        QTest::newRow("multi min above max")
            << mutated(inQuestion(0, set("min", 3))) << QStringLiteral("questions[0].max");
        QTest::newRow("optionsFrom unknown")
            << mutated(inQuestion(1, set("optionsFrom", QStringLiteral("nope"))))
            << QStringLiteral("questions[1].optionsFrom");
        QTest::newRow("optionsFrom later question")
            << mutated(inQuestion(1, set("optionsFrom", QStringLiteral("note"))))
            << QStringLiteral("questions[1].optionsFrom");
        QTest::newRow("showIf later question") << mutated(inQuestion(0,
            set("showIf",
                QJsonObject { { QStringLiteral("question"), QStringLiteral("note") },
                    { QStringLiteral("equals"), QStringLiteral("x") } })))
                                               << QStringLiteral("questions[0].showIf.question");
        QTest::newRow("showIf on itself") << mutated(inQuestion(2,
            set("showIf",
                QJsonObject { { QStringLiteral("question"), QStringLiteral("score") },
                    { QStringLiteral("atLeast"), 1 } })))
                                          << QStringLiteral("questions[2].showIf.question");
        QTest::newRow("showIf later question nested")
            << mutated(inQuestion(2,
                   set("showIf",
                       QJsonObject { { QStringLiteral("all"),
                           QJsonArray {
                               QJsonObject { { QStringLiteral("question"), QStringLiteral("pick") },
                                   { QStringLiteral("includes"), QStringLiteral("a") } },
                               QJsonObject { { QStringLiteral("question"), QStringLiteral("note") },
                                   { QStringLiteral("equals"), QStringLiteral("x") } } } } })))
            << QStringLiteral("questions[2].showIf.all[1].question");
        QTest::newRow("showIf without comparison") << mutated(inQuestion(2,
            set("showIf", QJsonObject { { QStringLiteral("question"), QStringLiteral("pick") } })))
                                                   << QStringLiteral("questions[2].showIf");
        QTest::newRow("showIf atLeast text") << mutated(inQuestion(3,
            set("showIf",
                QJsonObject { { QStringLiteral("question"), QStringLiteral("score") },
                    { QStringLiteral("atLeast"), QStringLiteral("5") } })))
                                             << QStringLiteral("questions[3].showIf.atLeast");
        QTest::newRow("showIf nested any") << mutated(inQuestion(3,
            set("showIf",
                QJsonObject { { QStringLiteral("any"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("question"), QStringLiteral("pick") },
                            { QStringLiteral("includes"), QStringLiteral("a") } },
                        QJsonObject { { QStringLiteral("question"), QStringLiteral("ghost") },
                            { QStringLiteral("equals"), 1 } } } } })))
                                           << QStringLiteral("questions[3].showIf.any[1].question");
        QTest::newRow("showIf empty all") << mutated(
            inQuestion(3, set("showIf", QJsonObject { { QStringLiteral("all"), QJsonArray() } })))
                                          << QStringLiteral("questions[3].showIf.all");
        QTest::newRow("scale max not above min")
            << mutated(inQuestion(2, set("max", 0))) << QStringLiteral("questions[2].max");
        QTest::newRow("scale min missing")
            << mutated(inQuestion(2, remove("min"))) << QStringLiteral("questions[2].min");
        QTest::newRow("text maxLength 0") << mutated(inQuestion(3, set("maxLength", 0)))
                                          << QStringLiteral("questions[3].maxLength");
        QTest::newRow("text maxLength huge") << mutated(inQuestion(3, set("maxLength", 100000)))
                                             << QStringLiteral("questions[3].maxLength");
        QTest::newRow("likert items missing")
            << mutated(inQuestion(3, set("type", QStringLiteral("likert"))))
            << QStringLiteral("questions[3].items");
        QTest::newRow("likert four scale labels") << mutated(inQuestion(3, [](QJsonObject &q) {
            q.insert(QStringLiteral("type"), QStringLiteral("likert"));
            q.insert(QStringLiteral("items"), QJsonArray { option("x") });
            q.insert(QStringLiteral("scaleLabels"),
                QJsonArray { text("1", "1"), text("2", "2"), text("3", "3"), text("4", "4") });
        })) << QStringLiteral("questions[3].scaleLabels");
        QTest::newRow("number max below min") << mutated(inQuestion(3, [](QJsonObject &q) {
            q.insert(QStringLiteral("type"), QStringLiteral("number"));
            q.insert(QStringLiteral("min"), 5);
            q.insert(QStringLiteral("max"), 4);
        })) << QStringLiteral("questions[3].max");
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path"); // empty: parses
        QTest::addColumn<int>("limit");
        using namespace surveylimits;

        const auto questions = [](int count) {
            return mutated([=](QJsonObject &survey) {
                QJsonArray list = survey.value(QLatin1String("questions")).toArray();
                for (int i = int(list.size()); i < count; ++i)
                    list.append(
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("t%1").arg(i) },
                            { QStringLiteral("type"), QStringLiteral("text") },
                            { QStringLiteral("text"), text("Noot", "Note") } });
                survey.insert(QStringLiteral("questions"), list);
            });
        };
        QTest::newRow("questions at limit")
            << questions(kMaxQuestions) << QString() << kMaxQuestions;
        QTest::newRow("questions over")
            << questions(kMaxQuestions + 1) << QStringLiteral("questions") << kMaxQuestions;

        const auto options = [](int count) {
            return mutated(inQuestion(
                0, [=](QJsonObject &q) { q.insert(QStringLiteral("options"), numbered(count)); }));
        };
        QTest::newRow("options at limit") << options(kMaxOptions) << QString() << kMaxOptions;
        QTest::newRow("options over")
            << options(kMaxOptions + 1) << QStringLiteral("questions[0].options") << kMaxOptions;
        const QByteArray singleOver = mutated(inQuestion(3, [](QJsonObject &q) {
            q.insert(QStringLiteral("type"), QStringLiteral("single"));
            q.insert(QStringLiteral("options"), numbered(kMaxOptions + 1));
        }));
        QTest::newRow("single options over")
            << singleOver << QStringLiteral("questions[3].options") << kMaxOptions;

        const auto items = [](int count) {
            return mutated(inQuestion(3, [=](QJsonObject &q) {
                q.insert(QStringLiteral("type"), QStringLiteral("likert"));
                q.insert(QStringLiteral("items"), numbered(count));
            }));
        };
        QTest::newRow("likert items at limit")
            << items(kMaxLikertItems) << QString() << kMaxLikertItems;
        QTest::newRow("likert items over")
            << items(kMaxLikertItems + 1) << QStringLiteral("questions[3].items")
            << kMaxLikertItems;

        const auto nesting = [](int depth) {
            return mutated(inQuestion(3,
                [=](QJsonObject &q) { q.insert(QStringLiteral("showIf"), nestedShowIf(depth)); }));
        };
        QTest::newRow("nesting at limit")
            << nesting(kMaxConditionDepth) << QString() << kMaxConditionDepth;
        // The group one level too deep is named: all, any, all, then this any.
        QTest::newRow("nesting over")
            << nesting(kMaxConditionDepth + 1)
            << QStringLiteral("questions[3].showIf.all[0].any[0].all[0].any") << kMaxConditionDepth;
        QTest::newRow("nesting far over")
            << nesting(50) << QStringLiteral("questions[3].showIf.all[0].any[0].all[0].any")
            << kMaxConditionDepth;

        const auto comparisons = [](int count) {
            return mutated(inQuestion(3, [=](QJsonObject &q) {
                QJsonArray list;
                for (int i = 0; i < count; ++i)
                    list.append(onScore());
                q.insert(QStringLiteral("showIf"), QJsonObject { { QStringLiteral("any"), list } });
            }));
        };
        QTest::newRow("comparisons at limit")
            << comparisons(kMaxConditions) << QString() << kMaxConditions;
        QTest::newRow("comparisons over")
            << comparisons(kMaxConditions + 1)
            << QStringLiteral("questions[3].showIf.any[%1]").arg(kMaxConditions) << kMaxConditions;
        // Counted over the whole showIf, across its groups: the first one past the limit is named.
        const auto spread = [](int count) {
            return mutated(inQuestion(3, [=](QJsonObject &q) {
                QJsonArray first;
                QJsonArray second;
                for (int i = 0; i < count; ++i)
                    (i < count / 2 ? first : second).append(onScore());
                q.insert(QStringLiteral("showIf"),
                    QJsonObject { { QStringLiteral("all"),
                        QJsonArray { QJsonObject { { QStringLiteral("any"), first } },
                            QJsonObject { { QStringLiteral("any"), second } } } } });
            }));
        };
        QTest::newRow("comparisons in groups at limit")
            << spread(kMaxConditions) << QString() << kMaxConditions;
        const int inFirst = (kMaxConditions + 1) / 2; // so the one too many is the second's last
        QTest::newRow("comparisons in groups over")
            << spread(kMaxConditions + 1)
            << QStringLiteral("questions[3].showIf.all[1].any[%1]").arg(kMaxConditions - inFirst)
            << kMaxConditions;
    }

    void limits()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, limit);
        QString error;
        const auto def = SurveyDefinition::parse(json, &error);
        if (path.isEmpty()) {
            QVERIFY2(def, qPrintable(error));
            return;
        }
        QVERIFY(!def);
        QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(limit)), qPrintable(error));
    }

    void limitsLeaveRoomForTheBuiltInSurveys()
    {
        using namespace surveylimits;
        for (const SurveyDefinition &def : test::catalog().all()) {
            QVERIFY(def.questions.size() <= kMaxQuestions);
            for (const Question &q : def.questions) {
                QVERIFY2(q.options.size() <= kMaxOptions / 2, qPrintable(q.id));
                QVERIFY2(q.items.size() <= kMaxLikertItems / 2, qPrintable(q.id));
            }
        }
        QFile round(QStringLiteral(ZS_SOURCE_DIR "/tests/ui/data/jongraat-round.json"));
        QVERIFY(round.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(SurveyDefinition::parse(round.readAll(), &error), qPrintable(error));
    }

    void errorsNameTheJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QString error;
        const auto def = SurveyDefinition::parse(json, &error);
        QVERIFY(!def);
        QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    }

    void exclusiveOptions()
    {
        const SurveyCatalog catalog = SurveyCatalog::builtIn(); // exit points into it
        const auto exit = catalog.latest(QStringLiteral("exit"));
        QVERIFY(exit);
        QVERIFY(
            exit->question(QStringLiteral("kept"))->option(QStringLiteral("nothing"))->exclusive);
        QVERIFY(!exit->question(QStringLiteral("kept"))->option(QStringLiteral("pay"))->exclusive);

        const QByteArray broken = R"({"id": "x", "version": 1, "kind": "pulse",
            "title": {"nl": "t", "en": "t"}, "intro": {"nl": "i", "en": "i"},
            "questions": [{"id": "q", "type": "multi", "text": {"nl": "v", "en": "q"},
                           "options": [{"id": "a", "label": {"nl": "a", "en": "a"}, "exclusive": "yes"}]}]})";
        QString error;
        QVERIFY(!SurveyDefinition::parse(broken, &error));
        QVERIFY2(error.startsWith(QLatin1String("questions[0].options[0].exclusive")),
            qPrintable(error));
    }

    void conditionsParse()
    {
        QJsonObject survey = baseSurvey();
        inQuestion(3, [](QJsonObject &q) {
            q.insert(QStringLiteral("showIf"),
                QJsonObject { { QStringLiteral("all"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("question"), QStringLiteral("score") },
                            { QStringLiteral("atLeast"), 7 } },
                        QJsonObject { { QStringLiteral("any"),
                            QJsonArray { QJsonObject {
                                             { QStringLiteral("question"), QStringLiteral("main") },
                                             { QStringLiteral("equals"), QStringLiteral("b") } },
                                QJsonObject {
                                    { QStringLiteral("question"), QStringLiteral("score") },
                                    { QStringLiteral("atMost"), 2 } } } } } } } });
        })(survey);
        QString error;
        const auto def = SurveyDefinition::parse(survey, &error);
        QVERIFY2(def, qPrintable(error));
        const Condition &c = *def->questions.at(3).showIf;
        QCOMPARE(c.kind, Condition::Kind::All);
        QCOMPARE(c.children.size(), 2);
        QCOMPARE(c.children.at(0).kind, Condition::Kind::AtLeast);
        QCOMPARE(c.children.at(0).value.toInt(), 7);
        QCOMPARE(c.children.at(1).kind, Condition::Kind::Any);
        QCOMPARE(c.children.at(1).children.at(1).kind, Condition::Kind::AtMost);
    }

    void catalogRefusesDuplicateVersion()
    {
        SurveyCatalog catalog;
        QString error;
        const auto def = SurveyDefinition::parse(baseSurvey(), &error);
        QVERIFY(def);
        QVERIFY(catalog.add(*def, &error));
        QVERIFY(!catalog.add(*def, &error));
        QVERIFY(error.contains(QLatin1String("pulse-1")));
        QCOMPARE(catalog.all().size(), 1);
    }

    void catalogLatestAndRegion()
    {
        SurveyCatalog catalog;
        QString error;
        const auto add = [&](int version, const QString &region) {
            QJsonObject json = baseSurvey();
            json.insert(QStringLiteral("version"), version);
            if (!region.isEmpty()) {
                json.insert(QStringLiteral("region"), region);
                json.insert(QStringLiteral("id"), QStringLiteral("pulse-") + region);
            }
            const auto def = SurveyDefinition::parse(json, &error);
            QVERIFY2(def, qPrintable(error));
            QVERIFY(catalog.add(*def, &error));
        };
        add(1, {});
        add(3, {});
        add(2, {});
        add(1, QStringLiteral("utrecht"));
        QCOMPARE(catalog.latest(QStringLiteral("pulse-1"))->version, 3);
        QVERIFY(catalog.find(QStringLiteral("pulse-1"), 2));
        QVERIFY(!catalog.find(QStringLiteral("pulse-1"), 4));
        QVERIFY(!catalog.latest(QStringLiteral("nope")));

        const auto ids = [](const QList<const SurveyDefinition *> &list) {
            QStringList out;
            for (const SurveyDefinition *s : list)
                out.append(QStringLiteral("%1@%2").arg(s->id).arg(s->version));
            return out;
        };
        QCOMPARE(ids(catalog.forRegion(QStringLiteral("utrecht"))),
            QStringList({ QStringLiteral("pulse-1@3"), QStringLiteral("pulse-utrecht@1") }));
        QCOMPARE(ids(catalog.forRegion(QStringLiteral("twente"))),
            QStringList({ QStringLiteral("pulse-1@3") }));
    }
};

QTEST_GUILESS_MAIN(TestSurveyDefinition)
#include "tst_surveydefinition.moc"
