// SurveyEngine: showIf branching, per-type answer checks, validate(), pruned(), and
// options narrowed to earlier picks (optionsFrom), on the built-in surveys and a small one.
// Chains of conditions cost one evaluation of each comparison, counted, not timed.

#include "surveyengine.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace zs;

namespace {

QJsonValue json(const char *text)
{
    // Wraps so scalars parse too.
    const QByteArray doc = QByteArray("{\"v\":") + text + "}";
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(doc, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s", text);
    return o.value(QLatin1String("v"));
}

QJsonObject object(const char *text)
{
    return json(text).toObject();
}

/// A survey exercising atLeast, atMost, includes, all and a chain of conditions.
SurveyDefinition conditionSurvey()
{
    const QByteArray doc = R"({
      "id": "cond", "version": 1, "kind": "pulse",
      "title": {"nl": "t", "en": "t"}, "intro": {"nl": "i", "en": "i"},
      "questions": [
        {"id": "score", "type": "scale", "text": {"nl": "s", "en": "s"}, "min": 0, "max": 10},
        {"id": "tags", "type": "multi", "text": {"nl": "m", "en": "m"},
         "options": [{"id": "x", "label": {"nl": "x", "en": "x"}}, {"id": "y", "label": {"nl": "y", "en": "y"}}]},
        {"id": "high", "type": "text", "text": {"nl": "h", "en": "h"}, "showIf": {"question": "score", "atLeast": 8}},
        {"id": "low", "type": "text", "text": {"nl": "l", "en": "l"}, "showIf": {"question": "score", "atMost": 3}},
        {"id": "tagged", "type": "text", "text": {"nl": "t", "en": "t"}, "showIf": {"question": "tags", "includes": "y"}},
        {"id": "both", "type": "text", "text": {"nl": "b", "en": "b"},
         "showIf": {"all": [{"question": "score", "atLeast": 8}, {"question": "tags", "includes": "x"}]}},
        {"id": "chained", "type": "single", "text": {"nl": "c", "en": "c"}, "required": true,
         "options": [{"id": "ok", "label": {"nl": "ok", "en": "ok"}}],
         "showIf": {"question": "high", "equals": "ja"}},
        {"id": "after_chain", "type": "number", "text": {"nl": "a", "en": "a"}, "min": 0, "max": 5,
         "showIf": {"question": "chained", "equals": "ok"}}
      ]})";
    QString error;
    const auto def = SurveyDefinition::parse(doc, &error);
    if (!def)
        qFatal("condition survey broken: %s", qPrintable(error));
    return *def;
}

/// A panel round of n required scale questions q0..q(n-1), each shown only when the one before
/// it is shown and answered: comparisons 1 tests it once (atLeast 1), 2 twice (all of atLeast 1,
/// atMost 5), the shape whose cost doubled per question when each comparison re-evaluated the
/// visibility of the question it names.
SurveyDefinition chain(int n, int comparisons)
{
    const auto label = [](const QString &s) {
        return QJsonObject { { QStringLiteral("nl"), s }, { QStringLiteral("en"), s } };
    };
    QJsonArray questions;
    for (int i = 0; i < n; ++i) {
        QJsonObject q { { QStringLiteral("id"), QStringLiteral("q%1").arg(i) },
            { QStringLiteral("type"), QStringLiteral("scale") },
            { QStringLiteral("text"), label(QStringLiteral("Vraag %1").arg(i)) },
            { QStringLiteral("required"), true }, { QStringLiteral("min"), 1 },
            { QStringLiteral("max"), 5 } };
        if (i > 0) {
            const QString previous = QStringLiteral("q%1").arg(i - 1);
            const QJsonObject atLeast { { QStringLiteral("question"), previous },
                { QStringLiteral("atLeast"), 1 } };
            const QJsonObject atMost { { QStringLiteral("question"), previous },
                { QStringLiteral("atMost"), 5 } };
            q.insert(QStringLiteral("showIf"),
                comparisons == 1
                    ? atLeast
                    : QJsonObject { { QStringLiteral("all"), QJsonArray { atLeast, atMost } } });
        }
        questions.append(q);
    }
    const QJsonObject json { { QStringLiteral("id"), QStringLiteral("chain") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("kind"), QStringLiteral("panel") },
        { QStringLiteral("panel"), QStringLiteral("jongraat-utrecht") },
        { QStringLiteral("title"), label(QStringLiteral("Keten")) },
        { QStringLiteral("intro"), label(QStringLiteral("Keten")) },
        { QStringLiteral("questions"), questions } };
    QString error;
    const auto def = SurveyDefinition::parse(json, &error);
    if (!def)
        qFatal("chain survey broken: %s", qPrintable(error));
    return *def;
}

/// Answers 3 to the first count questions of a chain.
QJsonObject chainAnswers(int count)
{
    QJsonObject answers;
    for (int i = 0; i < count; ++i)
        answers.insert(QStringLiteral("q%1").arg(i), 3);
    return answers;
}

} // namespace

class TestSurveyEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isEmptyAnswer_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("empty");
        QTest::newRow("null") << "null" << true;
        QTest::newRow("empty string") << "\"\"" << true;
        QTest::newRow("blank string") << "\"   \"" << true;
        QTest::newRow("empty list") << "[]" << true;
        QTest::newRow("empty object") << "{}" << true;
        QTest::newRow("zero") << "0" << false;
        QTest::newRow("false") << "false" << false;
        QTest::newRow("text") << "\"a\"" << false;
        QTest::newRow("list") << "[\"a\"]" << false;
    }

    void isEmptyAnswer()
    {
        QFETCH(QString, value);
        QFETCH(bool, empty);
        QCOMPARE(SurveyEngine::isEmptyAnswer(json(value.toUtf8().constData())), empty);
        QVERIFY(SurveyEngine::isEmptyAnswer(QJsonValue(QJsonValue::Undefined)));
    }

    void visibility_data()
    {
        QTest::addColumn<QString>("survey");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<bool>("visible");

        QTest::newRow("no showIf") << "exit"
                                   << "reasons"
                                   << "{}" << true;
        QTest::newRow("equals unanswered") << "exit"
                                           << "return_condition"
                                           << "{}" << false;
        QTest::newRow("equals other") << "exit"
                                      << "return_condition"
                                      << R"({"would_return": "yes"})" << false;
        QTest::newRow("equals match") << "exit"
                                      << "return_condition"
                                      << R"({"would_return": "maybe"})" << true;
        QTest::newRow("equals wrong type") << "exit"
                                           << "return_condition"
                                           << R"({"would_return": ["maybe"]})" << false;
        QTest::newRow("retention more") << "retention"
                                        << "extra_hours"
                                        << R"({"hours_wish": "more"})" << true;
        QTest::newRow("retention fewer") << "retention"
                                         << "extra_hours"
                                         << R"({"hours_wish": "fewer"})" << false;
        QTest::newRow("any first") << "retention"
                                   << "leave_where"
                                   << R"({"intent_to_leave": "within_year"})" << true;
        QTest::newRow("any second") << "retention"
                                    << "leave_where"
                                    << R"({"intent_to_leave": "already_applied"})" << true;
        QTest::newRow("any none") << "retention"
                                  << "leave_where"
                                  << R"({"intent_to_leave": "thinking"})" << false;
        QTest::newRow("atLeast below") << "cond"
                                       << "high"
                                       << R"({"score": 7})" << false;
        QTest::newRow("atLeast edge") << "cond"
                                      << "high"
                                      << R"({"score": 8})" << true;
        QTest::newRow("atLeast text") << "cond"
                                      << "high"
                                      << R"({"score": "9"})" << false;
        QTest::newRow("atMost edge") << "cond"
                                     << "low"
                                     << R"({"score": 3})" << true;
        QTest::newRow("atMost above") << "cond"
                                      << "low"
                                      << R"({"score": 4})" << false;
        QTest::newRow("atMost zero counts") << "cond"
                                            << "low"
                                            << R"({"score": 0})" << true;
        QTest::newRow("includes in list") << "cond"
                                          << "tagged"
                                          << R"({"tags": ["x", "y"]})" << true;
        QTest::newRow("includes not in list") << "cond"
                                              << "tagged"
                                              << R"({"tags": ["x"]})" << false;
        // Longer than the question's two options: no valid answer, so it opens nothing.
        QTest::newRow("includes in an overlong list") << "cond"
                                                      << "tagged"
                                                      << R"({"tags": ["x", "x", "y"]})" << false;
        QTest::newRow("all both") << "cond"
                                  << "both"
                                  << R"({"score": 9, "tags": ["x"]})" << true;
        QTest::newRow("all one") << "cond"
                                 << "both"
                                 << R"({"score": 9, "tags": ["y"]})" << false;
        QTest::newRow("chain shown") << "cond"
                                     << "chained"
                                     << R"({"score": 9, "high": "ja"})" << true;
        // "high" is hidden (score 2), so its stale answer must not open "chained".
        QTest::newRow("chain through hidden") << "cond"
                                              << "chained"
                                              << R"({"score": 2, "high": "ja"})" << false;
        QTest::newRow("chain two deep hidden")
            << "cond"
            << "after_chain"
            << R"({"score": 2, "high": "ja", "chained": "ok"})" << false;
        QTest::newRow("chain two deep shown")
            << "cond"
            << "after_chain"
            << R"({"score": 8, "high": "ja", "chained": "ok"})" << true;
    }

    void visibility()
    {
        QFETCH(QString, survey);
        QFETCH(QString, question);
        QFETCH(QString, answers);
        QFETCH(bool, visible);
        const SurveyDefinition def = definition(survey);
        const SurveyEngine engine(def);
        const Question *q = def.question(question);
        QVERIFY(q);
        const QJsonObject a = object(answers.toUtf8().constData());
        QCOMPARE(engine.isVisible(*q, a), visible);
        QCOMPARE(engine.visibleIndexes(a).contains(def.indexOf(question)), visible);
        const QList<bool> shown = engine.visibility(a);
        QCOMPARE(shown.size(), def.questions.size());
        QCOMPARE(shown.at(def.indexOf(question)), visible);
        // The one pass agrees with asking question by question.
        for (int i = 0; i < def.questions.size(); ++i)
            QCOMPARE(shown.at(i), engine.isVisible(def.questions.at(i), a));
        QCOMPARE(SurveyEngine::indexesShown(shown), engine.visibleIndexes(a));
    }

    void chainCostsOneEvaluationPerComparison_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("comparisons"); // per question after the first
        for (const int n : { 10, 20, 40, 80 }) {
            for (const int comparisons : { 1, 2 })
                QTest::addRow("%d questions, %d per question", n, comparisons) << n << comparisons;
        }
    }

    void chainCostsOneEvaluationPerComparison()
    {
        QFETCH(int, n);
        QFETCH(int, comparisons);
        const SurveyEngine engine(chain(n, comparisons));
        const qint64 onePass = qint64(n - 1) * comparisons;
        const QJsonObject all = chainAnswers(n);
        const auto cost = [&](const std::function<void()> &call) {
            const qint64 before = engine.comparisonCount();
            call();
            return engine.comparisonCount() - before;
        };

        QList<bool> shown;
        QCOMPARE(cost([&] { shown = engine.visibility(all); }), onePass);
        QCOMPARE(SurveyEngine::indexesShown(shown).size(), n);
        QCOMPARE(cost([&] { QCOMPARE(engine.visibleIndexes(all).size(), n); }), onePass);
        QCOMPARE(cost([&] { QVERIFY(!engine.validate(all)); }), onePass);
        QCOMPARE(cost([&] { QCOMPARE(engine.pruned(all), all); }), onePass);
        const Question &last = engine.definition().questions.last();
        QCOMPARE(cost([&] { QVERIFY(engine.isVisible(last, all)); }), onePass);

        // The last answer missing: the last question is shown, so required refuses it, after
        // the same single pass.
        QJsonObject allButLast = all;
        allButLast.remove(last.id);
        QCOMPARE(cost([&] {
            const auto error = engine.validate(allButLast);
            QVERIFY(error);
            QCOMPARE(error->field, last.id);
            QCOMPARE(error->code, QStringLiteral("required"));
        }),
            onePass);

        // Nothing answered: only the first question is shown; "all" stops at its first
        // comparison, so each later question costs one.
        QCOMPARE(cost([&] { QCOMPARE(engine.visibleIndexes({}), QList<int> { 0 }); }), n - 1);

        // A stale answer deep in a hidden part of the chain is refused as hidden.
        QJsonObject broken = all;
        broken.remove(QStringLiteral("q%1").arg(n / 2));
        QCOMPARE(cost([&] {
            const auto error = engine.validate(broken);
            QVERIFY(error);
            QCOMPARE(error->code, QStringLiteral("hidden_question"));
        }),
            qint64(n / 2) * comparisons + (n - 1 - n / 2));
    }

    void chainCostGrowsLinearly()
    {
        // Every added question adds the same number of comparisons, at every length.
        for (const int comparisons : { 1, 2 }) {
            QList<qint64> costs;
            for (const int n : { 10, 20, 40, 80 }) {
                const SurveyEngine engine(chain(n, comparisons));
                QVERIFY(!engine.validate(chainAnswers(n)));
                costs.append(engine.comparisonCount());
            }
            QCOMPARE(costs.at(1) - costs.at(0), qint64(10) * comparisons);
            QCOMPARE(costs.at(2) - costs.at(1), qint64(20) * comparisons);
            QCOMPARE(costs.at(3) - costs.at(2), qint64(40) * comparisons);
        }
    }

    void builtInSurveysCostOnePass()
    {
        // exit: return_condition's one comparison; retention: extra_hours's one and both of
        // leave_where's "any" (neither holds for intent_to_leave "no").
        const SurveyEngine exit(test::exitSurvey());
        QVERIFY(!exit.validate(test::validExitAnswers()));
        QCOMPARE(exit.comparisonCount(), 1);
        const SurveyEngine retention(test::retentionSurvey());
        QVERIFY(!retention.validate(test::validRetentionAnswers()));
        QCOMPARE(retention.comparisonCount(), 3);
    }

    void visibleIndexesInOrder()
    {
        const SurveyEngine engine(test::retentionSurvey());
        QCOMPARE(engine.visibleIndexes({}), QList<int>({ 0, 1, 2, 4, 5, 7, 8 }));
        QCOMPARE(engine.visibleIndexes(
                     object(R"({"hours_wish": "more", "intent_to_leave": "within_year"})")),
            QList<int>({ 0, 1, 2, 3, 4, 5, 6, 7, 8 }));
    }

    // "Question 2 of 7" must not become "4 of 8" when an answer shows a follow-up: the total
    // counts every question an answer still to come can show, and only falls.
    void possibleCountOnlyFalls_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<int>("expected");
        // score, tags, high, low, tagged, both, chained, after_chain
        QTest::newRow("start: everything may come") << 0 << "{}" << 8;
        QTest::newRow("high score settles low") << 1 << R"({"score": 9})" << 7;
        QTest::newRow("tag x settles tagged") << 2 << R"({"score": 9, "tags": ["x"]})" << 6;
        QTest::newRow("answering high changes nothing yet")
            << 2 << R"({"score": 9, "tags": ["x"], "high": "ja"})" << 6;
        QTest::newRow("passed high: chained and after it gone")
            << 5 << R"({"score": 9, "tags": ["x"], "high": "nee"})" << 4;
        QTest::newRow("passed high ja: chained shown, after_chain open")
            << 5 << R"({"score": 9, "tags": ["x"], "high": "ja"})" << 6;
        QTest::newRow("low score: only low after tags") << 3 << R"({"score": 2, "tags": []})" << 3;
    }

    void possibleCountOnlyFalls()
    {
        QFETCH(int, current);
        QFETCH(QString, answers);
        QFETCH(int, expected);
        const SurveyEngine engine(conditionSurvey());
        const QJsonObject given = object(answers.toUtf8().constData());
        QCOMPARE(engine.possibleCount(given, current), expected);
        QVERIFY(engine.possibleCount(given, current) >= engine.visibleIndexes(given).size());
    }

    void possibleCountOnTheRetentionPath()
    {
        // Each step of one person's way through the retention survey: the total never grows.
        const SurveyEngine engine(test::retentionSurvey());
        const QJsonObject all = test::validRetentionAnswers();
        QJsonObject given;
        int last = engine.possibleCount(given, 0);
        for (const int i : engine.visibleIndexes(all)) {
            const int now = engine.possibleCount(given, i);
            QVERIFY2(now <= last,
                qPrintable(QStringLiteral("grew at %1: %2 > %3").arg(i).arg(now).arg(last)));
            last = now;
            const QString id = engine.definition().questions.at(i).id;
            given.insert(id, all.value(id));
        }
        QCOMPARE(last, engine.visibleIndexes(all).size());
    }

    void checkAnswer_data()
    {
        QTest::addColumn<QString>("survey");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // empty: accepted

        QTest::newRow("single ok") << "exit"
                                   << "destination"
                                   << "\"zzp\""
                                   << "";
        QTest::newRow("single required empty") << "exit"
                                               << "destination"
                                               << "null"
                                               << "required";
        QTest::newRow("single blank") << "exit"
                                      << "destination"
                                      << "\" \""
                                      << "required";
        QTest::newRow("single unknown") << "exit"
                                        << "destination"
                                        << "\"moon\""
                                        << "not_an_option";
        QTest::newRow("single number") << "exit"
                                       << "destination"
                                       << "3"
                                       << "wrong_type";
        QTest::newRow("single list") << "exit"
                                     << "destination"
                                     << "[\"zzp\"]"
                                     << "wrong_type";
        QTest::newRow("multi ok") << "exit"
                                  << "reasons"
                                  << R"(["pay", "team", "voice"])"
                                  << "";
        QTest::newRow("multi empty required") << "exit"
                                              << "reasons"
                                              << "[]"
                                              << "required";
        QTest::newRow("multi too many") << "exit"
                                        << "reasons"
                                        << R"(["pay", "team", "voice", "health"])"
                                        << "too_many";
        QTest::newRow("multi unknown") << "exit"
                                       << "reasons"
                                       << R"(["pay", "boredom"])"
                                       << "not_an_option";
        QTest::newRow("multi twice") << "exit"
                                     << "reasons"
                                     << R"(["pay", "pay"])"
                                     << "wrong_type";
        QTest::newRow("multi not list") << "exit"
                                        << "reasons"
                                        << "\"pay\""
                                        << "wrong_type";
        QTest::newRow("multi exclusive alone") << "exit"
                                               << "kept"
                                               << R"(["nothing"])"
                                               << "";
        QTest::newRow("multi exclusive combined") << "exit"
                                                  << "kept"
                                                  << R"(["pay", "nothing"])"
                                                  << "exclusive";
        QTest::newRow("multi number item") << "exit"
                                           << "reasons"
                                           << "[1]"
                                           << "wrong_type";
        QTest::newRow("scale ok low") << "exit"
                                      << "enps"
                                      << "0"
                                      << "";
        QTest::newRow("scale ok high") << "exit"
                                       << "enps"
                                       << "10"
                                       << "";
        QTest::newRow("scale above") << "exit"
                                     << "enps"
                                     << "11"
                                     << "out_of_range";
        QTest::newRow("scale below") << "exit"
                                     << "enps"
                                     << "-1"
                                     << "out_of_range";
        QTest::newRow("scale fraction") << "exit"
                                        << "enps"
                                        << "7.5"
                                        << "wrong_type";
        QTest::newRow("scale text") << "exit"
                                    << "enps"
                                    << "\"7\""
                                    << "wrong_type";
        QTest::newRow("number ok") << "retention"
                                   << "extra_hours"
                                   << "20"
                                   << "";
        QTest::newRow("number above") << "retention"
                                      << "extra_hours"
                                      << "21"
                                      << "out_of_range";
        QTest::newRow("number below") << "retention"
                                      << "extra_hours"
                                      << "0"
                                      << "out_of_range";
        QTest::newRow("text ok") << "exit"
                                 << "comment"
                                 << "\"Fijn team\""
                                 << "";
        QTest::newRow("text optional empty") << "exit"
                                             << "comment"
                                             << "\"\""
                                             << "";
        QTest::newRow("text optional null") << "exit"
                                            << "comment"
                                            << "null"
                                            << "";
        QTest::newRow("text number") << "exit"
                                     << "comment"
                                     << "42"
                                     << "wrong_type";
        QTest::newRow("likert ok")
            << "retention"
            << "themes"
            << R"({"workload": 1, "leadership": 5, "voice": 3, "development": 3, "rosters": 3, "pay_appreciation": 3, "team": 3, "safety": 3})"
            << "";
        QTest::newRow("likert partial required") << "retention"
                                                 << "themes"
                                                 << R"({"workload": 1})"
                                                 << "required";
        QTest::newRow("likert out of range") << "retention"
                                             << "themes"
                                             << R"({"workload": 6})"
                                             << "out_of_range";
        QTest::newRow("likert zero") << "retention"
                                     << "themes"
                                     << R"({"workload": 0})"
                                     << "out_of_range";
        QTest::newRow("likert unknown item") << "retention"
                                             << "themes"
                                             << R"({"coffee": 3})"
                                             << "not_an_option";
        QTest::newRow("likert not object") << "retention"
                                           << "themes"
                                           << "[3]"
                                           << "wrong_type";
    }

    void checkAnswer()
    {
        QFETCH(QString, survey);
        QFETCH(QString, question);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const SurveyDefinition def = definition(survey);
        const SurveyEngine engine(def);
        const auto error
            = engine.checkAnswer(*def.question(question), json(value.toUtf8().constData()), {});
        if (code.isEmpty()) {
            QVERIFY2(
                !error, error ? qPrintable(error->code + QLatin1Char(' ') + error->message) : "");
        } else {
            QVERIFY(error);
            QCOMPARE(error->code, code);
            QCOMPARE(error->field, question);
            QVERIFY(!error->message.isEmpty());
        }
    }

    void textTooLong()
    {
        const SurveyDefinition &def = test::exitSurvey();
        const SurveyEngine engine(def);
        const Question &comment = *def.question(QStringLiteral("comment"));
        QVERIFY(!engine.checkAnswer(comment, QString(comment.maxLength, QLatin1Char('a')), {}));
        const auto error
            = engine.checkAnswer(comment, QString(comment.maxLength + 1, QLatin1Char('a')), {});
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("too_long"));
    }

    void optionsFromEarlierPicks()
    {
        const SurveyDefinition &def = test::exitSurvey();
        const SurveyEngine engine(def);
        const Question &main = *def.question(QStringLiteral("main_reason"));
        // In definition order, whatever the order of picking.
        const QJsonObject answers = object(R"({"reasons": ["team", "workload", "pay"]})");
        QStringList ids;
        for (const Option &o : engine.availableOptions(main, answers))
            ids.append(o.id);
        QCOMPARE(ids,
            QStringList(
                { QStringLiteral("workload"), QStringLiteral("pay"), QStringLiteral("team") }));
        QVERIFY(engine.availableOptions(main, {}).isEmpty());
        QVERIFY(!engine.checkAnswer(main, QStringLiteral("team"), answers));
        const auto error = engine.checkAnswer(main, QStringLiteral("manager"), answers);
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("not_an_option"));
        // A question without optionsFrom offers all its options ("I'd rather not say" too).
        QCOMPARE(
            engine.availableOptions(*def.question(QStringLiteral("destination")), {}).size(), 7);
    }

    void validateCompleteSets()
    {
        QVERIFY(!SurveyEngine(test::exitSurvey()).validate(test::validExitAnswers()));
        QVERIFY(!SurveyEngine(test::retentionSurvey()).validate(test::validRetentionAnswers()));
    }

    void validateRefuses_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("setKey");
        QTest::addColumn<QString>("setValue");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");

        QTest::newRow("unknown question") << ""
                                          << "deviceId"
                                          << "\"abc\""
                                          << "deviceId"
                                          << "unknown_question";
        QTest::newRow("hidden answered") << ""
                                         << "would_return"
                                         << "\"yes\""
                                         << "return_condition"
                                         << "hidden_question";
        QTest::newRow("required missing") << "destination"
                                          << ""
                                          << ""
                                          << "destination"
                                          << "required";
        QTest::newRow("main reason not picked") << ""
                                                << "main_reason"
                                                << "\"team\""
                                                << "main_reason"
                                                << "not_an_option";
        QTest::newRow("reasons emptied") << ""
                                         << "reasons"
                                         << "[]"
                                         << "reasons"
                                         << "required";
        QTest::newRow("enps out of range") << ""
                                           << "enps"
                                           << "12"
                                           << "enps"
                                           << "out_of_range";
    }

    void validateRefuses()
    {
        QFETCH(QString, remove);
        QFETCH(QString, setKey);
        QFETCH(QString, setValue);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QJsonObject answers = test::validExitAnswers();
        if (!remove.isEmpty())
            answers.remove(remove);
        if (!setKey.isEmpty())
            answers.insert(setKey, json(setValue.toUtf8().constData()));
        const auto error = SurveyEngine(test::exitSurvey()).validate(answers);
        QVERIFY(error);
        QCOMPARE(error->field, field);
        QCOMPARE(error->code, code);
    }

    void validateAllowsEmptyHiddenAnswer()
    {
        QJsonObject answers = test::validExitAnswers();
        answers.insert(QStringLiteral("would_return"), QStringLiteral("no"));
        answers.insert(QStringLiteral("return_condition"), QString());
        QVERIFY(!SurveyEngine(test::exitSurvey()).validate(answers));
    }

    void validateHiddenRequiredIsNotRequired()
    {
        QJsonObject answers = test::validRetentionAnswers();
        answers.insert(QStringLiteral("hours_wish"), QStringLiteral("same"));
        answers.remove(QStringLiteral("extra_hours"));
        QVERIFY(!SurveyEngine(test::retentionSurvey()).validate(answers));
        answers.insert(QStringLiteral("hours_wish"), QStringLiteral("more"));
        const auto error = SurveyEngine(test::retentionSurvey()).validate(answers);
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("extra_hours"));
        QCOMPARE(error->code, QStringLiteral("required"));
    }

    void prunedDropsHiddenEmptyAndUnknown()
    {
        QJsonObject answers = test::validExitAnswers();
        answers.insert(
            QStringLiteral("would_return"), QStringLiteral("no")); // hides return_condition
        answers.insert(QStringLiteral("comment"), QStringLiteral("  "));
        answers.insert(QStringLiteral("deviceId"), QStringLiteral("abc"));
        const QJsonObject pruned = SurveyEngine(test::exitSurvey()).pruned(answers);
        QVERIFY(!pruned.contains(QLatin1String("return_condition")));
        QVERIFY(!pruned.contains(QLatin1String("comment")));
        QVERIFY(!pruned.contains(QLatin1String("deviceId")));
        QCOMPARE(pruned.value(QLatin1String("main_reason")).toString(), QStringLiteral("pay"));
        QCOMPARE(pruned.size(), 6);
        QVERIFY(!SurveyEngine(test::exitSurvey()).validate(pruned));
    }

private:
    SurveyDefinition definition(const QString &id)
    {
        if (id == QLatin1String("cond"))
            return conditionSurvey();
        return *test::catalog().latest(id);
    }
};

QTEST_GUILESS_MAIN(TestSurveyEngine)
#include "tst_surveyengine.moc"
