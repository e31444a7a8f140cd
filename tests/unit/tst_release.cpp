// Releases (DESIGN §5a "Releases" and "Noise", §5 rules 5 and 6): the noise has the two-sided
// geometric distribution, a release's figures are exact given the noise, small subgroups are
// hidden with nothing inside, counts never go below 0, texts are scrubbed and shuffled, totals
// add releases up, and the same bits give the same release.

#include "release.h"
#include "surveycatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <memory>
#include <random>

using namespace zs;
using namespace zs::releases;

namespace {

/// A fixed-seed source: deterministic, so the statistical tests always give the same answer.
RandomBits seeded(quint64 seed)
{
    auto engine = std::make_shared<std::mt19937_64>(seed);
    return [engine] {
        return quint64((*engine)());
    };
}

/// Words of all ones: every draw of twoSidedGeometric is 0 (release.h).
RandomBits zeroNoise()
{
    return [] {
        return ~quint64(0);
    };
}

const SurveyDefinition &survey(const char *id)
{
    static const SurveyCatalog catalog = SurveyCatalog::builtIn();
    const SurveyDefinition *definition = catalog.latest(QLatin1String(id));
    Q_ASSERT(definition);
    return *definition;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// Twelve exit responses; the expected figures below are counted from these by hand.
QList<Response> exitBatch()
{
    const QList<QStringList> reasons = {
        { QStringLiteral("workload"), QStringLiteral("pay") },
        { QStringLiteral("workload"), QStringLiteral("manager") },
        { QStringLiteral("manager"), QStringLiteral("organisation"),
            QStringLiteral("appreciation") },
        { QStringLiteral("rosters") },
        { QStringLiteral("workload") },
        { QStringLiteral("health"), QStringLiteral("personal") },
        { QStringLiteral("pay"), QStringLiteral("contract_hours"), QStringLiteral("workload") },
        { QStringLiteral("team") },
        { QStringLiteral("manager") },
        { QStringLiteral("workload"), QStringLiteral("rosters") },
        { QStringLiteral("development"), QStringLiteral("next_step") },
        { QStringLiteral("care_quality"), QStringLiteral("red_tape") },
    };
    const QStringList destinations = { QStringLiteral("same_branch"), QStringLiteral("same_branch"),
        QStringLiteral("outside_care"), QStringLiteral("same_branch"), QStringLiteral("education"),
        QStringLiteral("outside_care"), QStringLiteral("same_branch"),
        QStringLiteral("outside_care"), QStringLiteral("same_branch"), QStringLiteral("education"),
        QStringLiteral("outside_care"), QStringLiteral("same_branch") };
    const QStringList returns = { QStringLiteral("yes"), QStringLiteral("maybe"),
        QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("maybe"), QStringLiteral("no"),
        QStringLiteral("yes"), QStringLiteral("maybe"), QStringLiteral("no"), QStringLiteral("yes"),
        QStringLiteral("no"), QStringLiteral("yes") };
    const QList<int> enps = { 10, 9, 9, 8, 7, 6, 5, 0, 10, 3, 8, 9 };
    const QStringList comments = {
        QStringLiteral("Mail me gerust op a.de.vries@example.nl als je vragen hebt."),
        QStringLiteral("Bel me op 06-12345678, dan leg ik het uit."),
        QStringLiteral("Het rooster was elke week anders."),
        QStringLiteral("Te weinig collega's op de avonddienst."),
        QStringLiteral("Fijn team, zware diensten."),
        QStringLiteral("Meer tijd voor de bewoners graag."),
        QStringLiteral("De administratie kost te veel tijd."),
        QStringLiteral("Ik ga studeren."),
        QStringLiteral("Dank voor de mooie jaren."),
        QStringLiteral("Betere begeleiding van nieuwe collega's."),
    };
    QList<Response> batch;
    for (int i = 0; i < 12; ++i) {
        QJsonObject answers {
            { QStringLiteral("reasons"), strings(reasons.at(i)) },
            { QStringLiteral("main_reason"), reasons.at(i).first() },
            { QStringLiteral("destination"), destinations.at(i) },
            { QStringLiteral("kept"),
                i < 6 ? strings({ QStringLiteral("pay") })
                      : strings(
                          { QStringLiteral("less_workload"), QStringLiteral("contract_hours") }) },
            { QStringLiteral("would_return"), returns.at(i) },
            { QStringLiteral("enps"), enps.at(i) },
        };
        if (returns.at(i) == QLatin1String("maybe"))
            answers.insert(QStringLiteral("return_condition"), QStringLiteral("Vaste uren."));
        if (i < comments.size())
            answers.insert(QStringLiteral("comment"), comments.at(i));
        batch.append({ answers, i < 4 ? QStringLiteral("2026-01") : QStringLiteral("2026-03") });
    }
    return batch;
}

/// Ten retention responses: likert statements, a conditional number, eNPS.
QList<Response> retentionBatch()
{
    QList<Response> batch;
    for (int i = 0; i < 10; ++i) {
        QJsonObject themes;
        themes.insert(QStringLiteral("workload"), i < 5 ? 2 : 4); // mean 3.0
        themes.insert(QStringLiteral("team"), 5); // mean 5.0
        if (i < 8)
            themes.insert(QStringLiteral("voice"), i % 4 + 1); // 1,2,3,4,1,2,3,4: mean 2.5
        QJsonObject answers {
            { QStringLiteral("stay_drivers"), strings({ QStringLiteral("team") }) },
            { QStringLiteral("themes"), themes },
            { QStringLiteral("hours_wish"),
                i < 6 ? QStringLiteral("more") : QStringLiteral("same") },
            { QStringLiteral("roster_say"), QStringLiteral("enough") },
            { QStringLiteral("intent_to_leave"), QStringLiteral("no") },
            { QStringLiteral("enps"), 7 },
        };
        if (i < 6)
            answers.insert(QStringLiteral("extra_hours"), 2 + i); // 2..7: sum 27, mean 4.5
        batch.append({ answers, QStringLiteral("2026-02") });
    }
    return batch;
}

QJsonObject questionOf(const QJsonObject &release, const char *id)
{
    for (const QJsonValue &q : release.value(QLatin1String("questions")).toArray()) {
        if (q[QLatin1String("id")].toString() == QLatin1String(id))
            return q.toObject();
    }
    return {};
}

/// The entry of an "options", "themes", "items" or "counts" list whose key is value.
QJsonObject entry(
    const QJsonObject &question, const char *list, const char *key, const QJsonValue &value)
{
    for (const QJsonValue &v : question.value(QLatin1String(list)).toArray()) {
        if (v[QLatin1String(key)] == value)
            return v.toObject();
    }
    return {};
}

qint64 optionCount(const QJsonObject &question, const char *option)
{
    return entry(question, "options", "option", QLatin1String(option))
        .value(QLatin1String("count"))
        .toInteger(-1);
}

qint64 themeCount(const QJsonObject &question, const char *theme)
{
    return entry(question, "themes", "theme", QLatin1String(theme))
        .value(QLatin1String("count"))
        .toInteger(-1);
}

qint64 valueCount(const QJsonObject &question, int value)
{
    return entry(question, "counts", "value", value).value(QLatin1String("count")).toInteger(-1);
}

/// Every "count" in a release, in document order: what two releases differ in.
void collectCounts(const QJsonValue &value, QList<qint64> *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("count"))
                out->append(it.value().toInteger());
            else
                collectCounts(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectCounts(v, out);
    }
}

QList<qint64> countsOf(const QJsonObject &release)
{
    QList<qint64> counts;
    collectCounts(release, &counts);
    return counts;
}

QStringList textsOf(const QJsonObject &question)
{
    QStringList texts;
    for (const QJsonValue &v : question.value(QLatin1String("texts")).toArray())
        texts.append(v.toString());
    return texts;
}

} // namespace

class TestRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noise_hasTheTwoSidedGeometricDistribution_data()
    {
        QTest::addColumn<double>("epsilon");
        QTest::addColumn<int>("bound");
        QTest::addColumn<double>("critical");
        // Bins |z| <= bound (expected >= 100 draws each) plus the two tails: 2 * bound + 3
        // bins, df = 2 * bound + 2. Critical values of chi-square at p = 0.001.
        QTest::newRow("epsilon 0.5") << 0.5 << 12 << 54.052; // df 26
        QTest::newRow("epsilon 1.0") << 1.0 << 6 << 36.123; // df 14
        QTest::newRow("epsilon 2.0") << 2.0 << 3 << 26.124; // df 8
    }

    void noise_hasTheTwoSidedGeometricDistribution()
    {
        QFETCH(double, epsilon);
        QFETCH(int, bound);
        QFETCH(double, critical);
        constexpr int kDraws = 200000;
        const RandomBits bits = seeded(20260101);
        QList<qint64> observed(2 * bound + 3, 0); // [below -bound, -bound..bound, above bound]
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < kDraws; ++i) {
            const int z = twoSidedGeometric(epsilon, bits);
            sum += z;
            squares += double(z) * z;
            ++observed[z < -bound ? 0 : z > bound ? 2 * bound + 2 : z + bound + 1];
        }
        const double a = std::exp(-epsilon);
        const auto p = [&](int z) {
            return (1 - a) / (1 + a) * std::pow(a, std::abs(z));
        };
        const double tail = std::pow(a, bound + 1) / (1 + a); // P(z > bound) = P(z < -bound)
        double chiSquare = 0;
        for (qsizetype bin = 0; bin < observed.size(); ++bin) {
            const double probability
                = bin == 0 || bin == observed.size() - 1 ? tail : p(int(bin) - bound - 1);
            const double expected = kDraws * probability;
            QVERIFY2(expected >= 5, "every bin needs enough expected draws");
            chiSquare += std::pow(double(observed.at(bin)) - expected, 2) / expected;
        }
        QVERIFY2(chiSquare < critical,
            qPrintable(QStringLiteral("chi-square %1 >= %2").arg(chiSquare).arg(critical)));

        // Mean 0 and variance 2a / (1 - a)^2, within 5 standard errors and 3 %.
        const double variance = 2 * a / ((1 - a) * (1 - a));
        const double mean = sum / kDraws;
        QVERIFY2(
            std::abs(mean) < 5 * std::sqrt(variance / kDraws), qPrintable(QString::number(mean)));
        const double sampleVariance = squares / kDraws - mean * mean;
        QVERIFY2(std::abs(sampleVariance / variance - 1) < 0.03,
            qPrintable(QString::number(sampleVariance)));
    }

    void noise_allOnesIsZeroAndTheSystemSourceWorks()
    {
        for (const double epsilon : { 0.1, 1.0, 2.0 })
            QCOMPARE(twoSidedGeometric(epsilon, zeroNoise()), 0);
        // A zero word is the smallest uniform (2^-53): the largest part, -ln(2^-53) / epsilon.
        int word = 0;
        const RandomBits ones = [&word] {
            return word++ == 0 ? ~quint64(0) : quint64(0);
        };
        QCOMPARE(twoSidedGeometric(1.0, ones), -36);

        // The production source: real noise, not all zero, centred.
        const RandomBits system = systemBits();
        qint64 sum = 0;
        int nonZero = 0;
        for (int i = 0; i < 20000; ++i) {
            const int z = twoSidedGeometric(1.0, system);
            sum += z;
            nonZero += z != 0;
        }
        QVERIFY(nonZero > 20000 / 3); // P(z != 0) = 2a / (1 + a) = 0.54 at epsilon 1
        QVERIFY(std::abs(double(sum) / 20000) < 0.1); // 8 standard errors
    }

    void compute_givesExactFiguresWithoutNoise()
    {
        const QJsonObject release = compute(survey("exit"), exitBatch(), {}, zeroNoise());
        QCOMPARE(release.value(QLatin1String("k")).toInt(), 10);
        QCOMPARE(release.value(QLatin1String("epsilon")).toDouble(), 1.0);
        QCOMPARE(release.value(QLatin1String("months")).toArray(),
            QJsonArray({ QStringLiteral("2026-01"), QStringLiteral("2026-03") }));
        QCOMPARE(
            release.value(QLatin1String("respondents"))[QLatin1String("count")].toInteger(), 12);
        QCOMPARE(release.value(QLatin1String("questions")).toArray().size(),
            survey("exit").questions.size());

        const QJsonObject reasons = questionOf(release, "reasons");
        QCOMPARE(reasons.value(QLatin1String("answered")).toObject(),
            QJsonObject({ { QStringLiteral("count"), 12 }, { QStringLiteral("percent"), 100.0 } }));
        QCOMPARE(optionCount(reasons, "workload"), 5);
        QCOMPARE(optionCount(reasons, "manager"), 3);
        QCOMPARE(optionCount(reasons, "pay"), 2);
        QCOMPARE(optionCount(reasons, "voice"), 0); // every option shown, 0 included
        QCOMPARE(reasons.value(QLatin1String("options")).toArray().size(), 20);
        const QJsonObject workload
            = entry(reasons, "options", "option", QStringLiteral("workload"));
        QCOMPARE(workload.value(QLatin1String("percent")).toDouble(), 41.7);
        QCOMPARE(workload.value(QLatin1String("label"))[QLatin1String("en")].toString(),
            QStringLiteral("Heavy workload and understaffing"));

        // The theme roll-up counts a respondent once per theme: respondent 7 picked three
        // workload_terms reasons, respondent 3 three manager ones.
        QCOMPARE(themeCount(reasons, "workload_terms"), 5);
        QCOMPARE(themeCount(reasons, "manager"), 3);
        QCOMPARE(themeCount(reasons, "planning_time"), 2);
        QCOMPARE(themeCount(reasons, "personal"), 1);
        QCOMPARE(themeCount(reasons, "development"), 1);
        QCOMPARE(themeCount(reasons, "voice"), 0);
        QCOMPARE(reasons.value(QLatin1String("themes")).toArray().size(), 10);
        QCOMPARE(entry(reasons, "themes", "theme", QStringLiteral("workload_terms"))
                     .value(QLatin1String("label"))[QLatin1String("en")]
                     .toString(),
            QStringLiteral("Workload and employment terms"));
        const QJsonObject kept = questionOf(release, "kept");
        QCOMPARE(themeCount(kept, "workload_terms"), 12); // 6 + 6 with two such options each
        QCOMPARE(optionCount(kept, "less_workload"), 6);
        // A single question with themed options (optionsFrom) rolls up too.
        QCOMPARE(themeCount(questionOf(release, "main_reason"), "workload_terms"), 5);

        const QJsonObject destination = questionOf(release, "destination");
        QCOMPARE(optionCount(destination, "same_branch"), 6);
        QCOMPARE(optionCount(destination, "outside_care"), 4);
        QCOMPARE(optionCount(destination, "zzp"), 0);
        QCOMPARE(entry(destination, "options", "option", QStringLiteral("outside_care"))
                     .value(QLatin1String("percent"))
                     .toDouble(),
            33.3);
        QVERIFY(!destination.contains(QLatin1String("themes")));

        // A conditional question answered by 3 (< k): hidden, with nothing inside.
        const QJsonObject condition = questionOf(release, "return_condition");
        QCOMPARE(condition.value(QLatin1String("answered")).toObject(),
            QJsonObject({ { QStringLiteral("suppressed"), true } }));
        QCOMPARE(QStringList(condition.keys()),
            QStringList({ QStringLiteral("answered"), QStringLiteral("id"), QStringLiteral("text"),
                QStringLiteral("type") }));

        // eNPS: promoters 5 (9-10), passives 3 (7-8), detractors 4 (0-6): round(100 * 1 / 12).
        const QJsonObject enps = questionOf(release, "enps");
        QCOMPARE(enps.value(QLatin1String("enps")).toObject(),
            QJsonObject({ { QStringLiteral("score"), 8.0 }, { QStringLiteral("promoters"), 5 },
                { QStringLiteral("passives"), 3 }, { QStringLiteral("detractors"), 4 } }));
        QCOMPARE(enps.value(QLatin1String("sum")).toInteger(), 84);
        QCOMPARE(enps.value(QLatin1String("n")).toInteger(), 12);
        QCOMPARE(enps.value(QLatin1String("mean")).toDouble(), 7.0);
        QCOMPARE(valueCount(enps, 9), 3);
        QCOMPARE(valueCount(enps, 1), 0);
        QCOMPARE(enps.value(QLatin1String("counts")).toArray().size(), 11);

        // Free text: 10 answers (>= k), scrubbed.
        const QJsonObject comment = questionOf(release, "comment");
        QCOMPARE(comment.value(QLatin1String("answered"))[QLatin1String("count")].toInteger(), 10);
        QCOMPARE(
            comment.value(QLatin1String("answered"))[QLatin1String("percent")].toDouble(), 83.3);
        const QStringList texts = textsOf(comment);
        QCOMPARE(texts.size(), 10);
        QVERIFY(texts.contains(QStringLiteral("Mail me gerust op [e-mail] als je vragen hebt.")));
        QVERIFY(texts.contains(QStringLiteral("Bel me op [telefoon], dan leg ik het uit.")));
        const QString all = texts.join(QLatin1Char(' '));
        QVERIFY(!all.contains(QLatin1Char('@')));
        QVERIFY(!all.contains(QStringLiteral("12345678")));
    }

    void compute_countsPreferNotAsItsOwnAnswer()
    {
        // "I'd rather not say" is one answer among the others: counted and shown as such, in
        // the percentages' base (she answered the question), and in no national theme.
        QList<Response> batch = exitBatch();
        for (int i : { 2, 5, 7 }) {
            QJsonObject answers = batch.at(i).answers;
            answers.insert(QStringLiteral("destination"), QStringLiteral("prefer_not"));
            batch[i].answers = answers;
        }
        const QJsonObject release = compute(survey("exit"), batch, {}, zeroNoise());
        const QJsonObject destination = questionOf(release, "destination");
        QCOMPARE(optionCount(destination, "prefer_not"), 3);
        QCOMPARE(optionCount(destination, "outside_care"), 1); // 4, of which 3 declined now
        QCOMPARE(
            destination.value(QLatin1String("answered"))[QLatin1String("count")].toInteger(), 12);
        QCOMPARE(entry(destination, "options", "option", QStringLiteral("prefer_not"))
                     .value(QLatin1String("percent"))
                     .toDouble(),
            25.0);
        QVERIFY(!destination.contains(QLatin1String("themes")));
    }

    void compute_likertAndNumberMeans()
    {
        Parameters parameters;
        parameters.k = 5;
        const QJsonObject release
            = compute(survey("retention"), retentionBatch(), parameters, zeroNoise());
        const QJsonObject themes = questionOf(release, "themes");
        QCOMPARE(themes.value(QLatin1String("min")).toInt(), 1);
        QCOMPARE(themes.value(QLatin1String("max")).toInt(), 5);
        const QJsonObject workload = entry(themes, "items", "item", QStringLiteral("workload"));
        QCOMPARE(workload.value(QLatin1String("mean")).toDouble(), 3.0);
        QCOMPARE(workload.value(QLatin1String("sum")).toInteger(), 30);
        QCOMPARE(workload.value(QLatin1String("n")).toInteger(), 10);
        const QJsonObject voice = entry(themes, "items", "item", QStringLiteral("voice"));
        QCOMPARE(voice.value(QLatin1String("mean")).toDouble(), 2.5);
        QCOMPARE(voice.value(QLatin1String("n")).toInteger(), 8);
        QCOMPARE(entry(voice, "counts", "value", 4).value(QLatin1String("count")).toInteger(), 2);
        QCOMPARE(
            entry(voice, "counts", "value", 4).value(QLatin1String("percent")).toDouble(), 20.0);
        QCOMPARE(entry(themes, "items", "item", QStringLiteral("team"))
                     .value(QLatin1String("mean"))
                     .toDouble(),
            5.0);
        // An item nobody answered: counts 0, mean null.
        const QJsonObject safety = entry(themes, "items", "item", QStringLiteral("safety"));
        QCOMPARE(safety.value(QLatin1String("n")).toInteger(), 0);
        QVERIFY(safety.value(QLatin1String("mean")).isNull());

        const QJsonObject extra = questionOf(release, "extra_hours");
        QCOMPARE(extra.value(QLatin1String("answered"))[QLatin1String("count")].toInteger(), 6);
        QCOMPARE(extra.value(QLatin1String("sum")).toInteger(), 27);
        QCOMPARE(extra.value(QLatin1String("n")).toInteger(), 6);
        QCOMPARE(extra.value(QLatin1String("mean")).toDouble(), 4.5);
        QCOMPARE(questionOf(release, "enps")
                     .value(QLatin1String("enps"))[QLatin1String("score")]
                     .toDouble(),
            0.0);
        // A definition without an "enps" question has no eNPS anywhere.
        SurveyDefinition withoutEnps = survey("retention");
        withoutEnps.questions.removeAt(withoutEnps.indexOf(QStringLiteral("enps")));
        const QJsonObject plain = compute(withoutEnps, retentionBatch(), parameters, zeroNoise());
        QVERIFY(!QJsonDocument(plain).toJson().contains("\"enps\""));
    }

    void compute_clampsCountsAtZero()
    {
        // Every draw -1: an option nobody picked would be -1 and shows as 0; a subgroup of
        // exactly k falls below it and is hidden.
        const Noise minusOne = [](double) {
            return qint64(-1);
        };
        const QJsonObject release
            = computeWithNoise(survey("exit"), exitBatch(), {}, minusOne, zeroNoise());
        QCOMPARE(
            release.value(QLatin1String("respondents"))[QLatin1String("count")].toInteger(), 11);
        const QJsonObject reasons = questionOf(release, "reasons");
        QCOMPARE(reasons.value(QLatin1String("answered"))[QLatin1String("count")].toInteger(), 11);
        QCOMPARE(optionCount(reasons, "workload"), 4);
        QCOMPARE(optionCount(reasons, "pay"), 1);
        QCOMPARE(optionCount(reasons, "voice"), 0);
        QCOMPARE(optionCount(reasons, "organisation"), 0);
        QCOMPARE(themeCount(reasons, "voice"), 0);
        QCOMPARE(entry(reasons, "options", "option", QStringLiteral("workload"))
                     .value(QLatin1String("percent"))
                     .toDouble(),
            36.4); // of the noisy group, 11
        const QJsonObject enps = questionOf(release, "enps");
        // 9: 3-1, 10: 2-1 -> promoters 3; 8: 2-1, 7: 1-1 -> passives 1; 0-6: all 1-1 or 0 -> 0.
        QCOMPARE(enps.value(QLatin1String("enps"))[QLatin1String("promoters")].toInteger(), 3);
        QCOMPARE(enps.value(QLatin1String("enps"))[QLatin1String("passives")].toInteger(), 1);
        QCOMPARE(enps.value(QLatin1String("enps"))[QLatin1String("detractors")].toInteger(), 0);
        QCOMPARE(enps.value(QLatin1String("enps"))[QLatin1String("score")].toDouble(), 75.0);
        QCOMPARE(enps.value(QLatin1String("mean")).toDouble(), 9.0); // (18 + 10 + 8) / 4
        for (const QJsonValue &v : enps.value(QLatin1String("counts")).toArray())
            QVERIFY(v[QLatin1String("count")].toInteger() >= 0);
        QCOMPARE(questionOf(release, "comment").value(QLatin1String("answered")).toObject(),
            QJsonObject({ { QStringLiteral("suppressed"), true } }));

        // A sum is clamped too: a large negative draw cannot push a mean below the scale.
        Parameters parameters;
        parameters.k = 5;
        const Noise down = [](double) {
            return qint64(-1000);
        };
        const Noise zero = [](double) {
            return qint64(0);
        };
        const Noise sumDown = [&](double epsilon) {
            return epsilon < 0.1 ? down(epsilon) : zero(epsilon);
        };
        const QJsonObject retention = computeWithNoise(
            survey("retention"), retentionBatch(), parameters, sumDown, zeroNoise());
        const QJsonObject extra = questionOf(retention, "extra_hours");
        QCOMPARE(extra.value(QLatin1String("sum")).toInteger(), 6); // min 1 x n 6, shifted 0
        QCOMPARE(extra.value(QLatin1String("mean")).toDouble(), 1.0);
    }

    void compute_shufflesTextsWithTheBits()
    {
        Parameters parameters;
        parameters.k = 5;
        const QStringList first = textsOf(
            questionOf(compute(survey("exit"), exitBatch(), parameters, seeded(1)), "comment"));
        const QStringList second = textsOf(
            questionOf(compute(survey("exit"), exitBatch(), parameters, seeded(2)), "comment"));
        QCOMPARE(first.size(), 10);
        QCOMPARE(second.size(), 10);
        QVERIFY(first != second);
        QStringList sortedFirst = first;
        QStringList sortedSecond = second;
        sortedFirst.sort();
        sortedSecond.sort();
        QCOMPARE(sortedFirst, sortedSecond);
    }

    void total_addsReleasesUp()
    {
        const QList<Response> batch = exitBatch();
        QList<Response> later = batch.mid(2); // respondents 3 to 12
        for (Response &response : later)
            response.month = QStringLiteral("2026-04");
        const QJsonObject a = compute(survey("exit"), batch, {}, zeroNoise());
        const QJsonObject b = compute(survey("exit"), later, {}, zeroNoise());
        const QJsonObject sum = total({ a, b }, 10);

        QCOMPARE(sum.value(QLatin1String("releases")).toInt(), 2);
        QCOMPARE(sum.value(QLatin1String("months")).toArray(),
            QJsonArray({ QStringLiteral("2026-01"), QStringLiteral("2026-04") }));
        QCOMPARE(sum.value(QLatin1String("respondents"))[QLatin1String("count")].toInteger(), 22);
        QVERIFY(!sum.contains(QLatin1String("epsilon")));

        const QJsonObject reasons = questionOf(sum, "reasons");
        QCOMPARE(reasons.value(QLatin1String("answered"))[QLatin1String("count")].toInteger(), 22);
        QCOMPARE(optionCount(reasons, "workload"), 8); // 5 + 3
        QCOMPARE(entry(reasons, "options", "option", QStringLiteral("workload"))
                     .value(QLatin1String("percent"))
                     .toDouble(),
            36.4); // 8 / 22
        QCOMPARE(themeCount(reasons, "manager"), 5); // 3 + 2

        const QJsonObject enps = questionOf(sum, "enps");
        // a: P 5, Pa 3, D 4; b (without 10 and 9): P 3, Pa 3, D 4.
        QCOMPARE(enps.value(QLatin1String("enps")).toObject(),
            QJsonObject({ { QStringLiteral("score"), 0.0 }, { QStringLiteral("promoters"), 8 },
                { QStringLiteral("passives"), 6 }, { QStringLiteral("detractors"), 8 } }));
        QCOMPARE(enps.value(QLatin1String("sum")).toInteger(), 84 + 65);
        QCOMPARE(enps.value(QLatin1String("n")).toInteger(), 22);
        QCOMPARE(enps.value(QLatin1String("mean")).toDouble(), 6.77); // 149 / 22
        QCOMPARE(valueCount(enps, 9), 5);

        // Hidden in both: hidden in the total. Shown in a only (b has 8 comments): a's figures,
        // as a percentage of a's respondents, and no texts.
        QCOMPARE(questionOf(sum, "return_condition").value(QLatin1String("answered")).toObject(),
            QJsonObject({ { QStringLiteral("suppressed"), true } }));
        const QJsonObject comment = questionOf(sum, "comment");
        QCOMPARE(comment.value(QLatin1String("answered")).toObject(),
            QJsonObject({ { QStringLiteral("count"), 10 }, { QStringLiteral("percent"), 83.3 } }));
        QVERIFY(!comment.contains(QLatin1String("texts")));

        // Means of likert items and numbers come from the summed sums and n.
        Parameters parameters;
        parameters.k = 5;
        const QJsonObject r
            = compute(survey("retention"), retentionBatch(), parameters, zeroNoise());
        const QJsonObject twice = total({ r, r }, 5);
        const QJsonObject voice
            = entry(questionOf(twice, "themes"), "items", "item", QStringLiteral("voice"));
        QCOMPARE(voice.value(QLatin1String("n")).toInteger(), 16);
        QCOMPARE(voice.value(QLatin1String("mean")).toDouble(), 2.5);
        QCOMPARE(entry(voice, "counts", "value", 4).value(QLatin1String("count")).toInteger(), 4);
        const QJsonObject extra = questionOf(twice, "extra_hours");
        QCOMPARE(extra.value(QLatin1String("sum")).toInteger(), 54);
        QCOMPARE(extra.value(QLatin1String("n")).toInteger(), 12);
        QCOMPARE(extra.value(QLatin1String("mean")).toDouble(), 4.5);
        QCOMPARE(extra.value(QLatin1String("answered"))[QLatin1String("percent")].toDouble(), 60.0);
    }

    void compute_isDeterministicGivenTheBits()
    {
        const auto json = [](quint64 seed) {
            return QJsonDocument(compute(survey("exit"), exitBatch(), {}, seeded(seed))).toJson();
        };
        QCOMPARE(json(7), json(7));
        const QJsonObject seven = compute(survey("exit"), exitBatch(), {}, seeded(7));
        const QJsonObject eight = compute(survey("exit"), exitBatch(), {}, seeded(8));
        QVERIFY(countsOf(seven) != countsOf(eight));
        // Real noise, still never below 0.
        for (const qint64 count : countsOf(seven))
            QVERIFY(count >= 0);
    }
};

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
