#include "release.h"

#include "referencedata.h"
#include "releasefigures.h"
#include "textscrubber.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <cmath>
#include <limits>

namespace zs::releases {

namespace {

/// A uniform double in (0, 1] from the top 53 bits of one word: every value k / 2^53 with
/// k in 1..2^53 equally likely, so -ln(U) is always finite.
double uniform(const RandomBits &bits)
{
    return double((bits() >> 11) + 1) * 0x1p-53;
}

/// A geometric variable counting failures with p = 1 - e^-epsilon: P(G >= g) = e^(-epsilon g).
qint64 geometric(double epsilon, const RandomBits &bits)
{
    const double g = std::floor(-std::log(uniform(bits)) / epsilon);
    return qint64(std::min(g, 0x1p53));
}

/// Two-sided geometric noise as a 64-bit value, for sums whose epsilon per unit is small.
qint64 twoSidedGeometric64(double epsilon, const RandomBits &bits)
{
    Q_ASSERT(epsilon > 0);
    const qint64 plus = geometric(epsilon, bits);
    const qint64 minus = geometric(epsilon, bits);
    return plus - minus;
}

/// The high and low words of a * b (no 128-bit type under -Wpedantic).
void multiply(quint64 a, quint64 b, quint64 *high, quint64 *low)
{
    const quint64 mask = 0xffffffffULL;
    const quint64 ll = (a & mask) * (b & mask);
    const quint64 lh = (a & mask) * (b >> 32);
    const quint64 hl = (a >> 32) * (b & mask);
    const quint64 hh = (a >> 32) * (b >> 32);
    const quint64 mid = (ll >> 32) + (lh & mask) + (hl & mask);
    *high = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    *low = (mid << 32) | (ll & mask);
}

/// A uniform integer in [0, n) without modulo bias (Lemire's multiply-and-reject).
quint64 below(quint64 n, const RandomBits &bits)
{
    quint64 high = 0;
    quint64 low = 0;
    multiply(bits(), n, &high, &low);
    if (low < n) {
        const quint64 threshold = (0 - n) % n;
        while (low < threshold)
            multiply(bits(), n, &high, &low);
    }
    return high;
}

/// Fisher-Yates with below(): every order equally likely given uniform bits.
void shuffle(QStringList *list, const RandomBits &bits)
{
    for (qsizetype i = list->size() - 1; i > 0; --i)
        list->swapItemsAt(i, qsizetype(below(quint64(i) + 1, bits)));
}

QJsonObject label(const LocalizedText &text)
{
    return { { QStringLiteral("nl"), text.nl }, { QStringLiteral("en"), text.en } };
}

QJsonObject themeLabel(const QString &theme)
{
    const ReferenceData &reference = ReferenceData::instance();
    const ReferenceItem *item = ReferenceData::find(reference.exitThemes, theme);
    if (!item)
        item = ReferenceData::find(reference.retentionThemes, theme);
    return item ? label(item->label) : QJsonObject();
}

/// The 0-10 "would you recommend" question whose eNPS a release shows.
bool isEnps(const Question &q)
{
    return q.type == Question::Type::Scale && q.id == QLatin1String("enps") && q.min == 0
        && q.max == 10;
}

/// An integer answer in [min, max], or nothing.
std::optional<int> integerIn(const QJsonValue &value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < min || d > max)
        return std::nullopt;
    return int(d);
}

/// The true counts of one question in a batch, before noise.
struct Tally
{
    qint64 answered = 0;
    QHash<QString, qint64> options;
    QHash<QString, qint64> themes;
    QHash<QString, QHash<int, qint64>> items;
    QHash<int, qint64> values;
    qint64 shiftedSum = 0; ///< number: Σ (value - min)
    QStringList texts;
};

/// Adds one answer (the wire shape) to the tally; an answer that does not fit the question
/// (the collector validated it on the way in) counts as not answered.
void tally(const Question &q, const QJsonValue &answer, Tally *t)
{
    switch (q.type) {
    case Question::Type::Single: {
        const Option *option = q.option(answer.toString());
        if (!option)
            return;
        ++t->options[option->id];
        if (!option->theme.isEmpty())
            ++t->themes[option->theme];
        break;
    }
    case Question::Type::Multi: {
        QSet<QString> picked;
        QSet<QString> themes;
        for (const QJsonValue &v : answer.toArray()) {
            const Option *option = q.option(v.toString());
            if (!option || picked.contains(option->id))
                continue;
            picked.insert(option->id);
            ++t->options[option->id];
            if (!option->theme.isEmpty())
                themes.insert(option->theme);
        }
        if (picked.isEmpty())
            return;
        // A respondent counts once per theme, however many of its options they picked.
        for (const QString &theme : std::as_const(themes))
            ++t->themes[theme];
        break;
    }
    case Question::Type::Likert: {
        const QJsonObject values = answer.toObject();
        bool any = false;
        for (const LikertItem &item : q.items) {
            if (const auto v = integerIn(values.value(item.id), q.min, q.max)) {
                ++t->items[item.id][*v];
                any = true;
            }
        }
        if (!any)
            return;
        break;
    }
    case Question::Type::Scale:
    case Question::Type::Number: {
        const auto v = integerIn(answer, q.min, q.max);
        if (!v)
            return;
        ++t->values[*v];
        t->shiftedSum += qint64(*v) - q.min;
        break;
    }
    case Question::Type::Text: {
        const QString text = answer.toString().trimmed();
        if (text.isEmpty())
            return;
        t->texts.append(text);
        break;
    }
    }
    ++t->answered;
}

/// The themes of a question's options in order of first appearance.
QStringList themesOf(const Question &q)
{
    QStringList themes;
    for (const Option &option : q.options) {
        if (!option.theme.isEmpty() && !themes.contains(option.theme))
            themes.append(option.theme);
    }
    return themes;
}

/// Everything one compute() call shares: the parameters, the noise and the shuffle's bits.
struct Release
{
    int k;
    double epsilon;
    const Noise &noise;
    const RandomBits &bits;

    qint64 noisy(qint64 count) const { return std::max<qint64>(0, count + noise(epsilon)); }

    QuestionFigures question(
        const Question &q, const QList<Response> &batch, qint64 respondents) const
    {
        Tally t;
        for (const Response &response : batch)
            tally(q, response.answers.value(q.id), &t);

        QuestionFigures f;
        f.id = q.id;
        f.type = Question::typeName(q.type);
        f.text = label(q.text);
        f.respondents = respondents;
        // A required, unconditional question's group is the whole batch (>= k real responses):
        // the respondents' figure, shown like the release. Any other group is a subgroup.
        const bool whole = q.required && !q.showIf;
        f.answered = whole ? respondents : noisy(t.answered);
        f.shown = whole || f.answered >= k;
        if (!f.shown)
            return f;
        switch (q.type) {
        case Question::Type::Single:
        case Question::Type::Multi:
            for (const Option &option : q.options)
                f.options.append(
                    { option.id, label(option.label), noisy(t.options.value(option.id)) });
            for (const QString &theme : themesOf(q))
                f.themes.append({ theme, themeLabel(theme), noisy(t.themes.value(theme)) });
            break;
        case Question::Type::Likert:
            f.hasRange = true;
            f.min = q.min;
            f.max = q.max;
            for (const LikertItem &item : q.items) {
                ItemFigures figures { item.id, label(item.label), {}, 0, 0 };
                for (int v = q.min; v <= q.max; ++v) {
                    const qint64 c = noisy(t.items.value(item.id).value(v));
                    figures.counts.insert(v, c);
                    figures.sum += c * v;
                    figures.n += c;
                }
                f.items.append(figures);
            }
            break;
        case Question::Type::Scale:
            f.hasRange = f.hasCounts = f.hasMean = true;
            f.min = q.min;
            f.max = q.max;
            for (int v = q.min; v <= q.max; ++v) {
                const qint64 c = noisy(t.values.value(v));
                f.counts.insert(v, c);
                f.sum += c * v;
                f.n += c;
            }
            if (isEnps(q)) {
                f.hasEnps = true;
                for (auto it = f.counts.begin(); it != f.counts.end(); ++it)
                    (it.key() >= 9          ? f.promoters
                            : it.key() >= 7 ? f.passives
                                            : f.detractors)
                        += it.value();
            }
            break;
        case Question::Type::Number: {
            f.hasRange = f.hasMean = true;
            f.min = q.min;
            f.max = q.max;
            f.n = f.answered;
            // One response moves the shifted sum by at most max - min: epsilon per that much.
            const qint64 range = qint64(q.max) - q.min;
            const qint64 shifted = range > 0
                ? std::clamp(t.shiftedSum + noise(epsilon / double(range)), qint64(0), range * f.n)
                : 0;
            f.sum = qint64(q.min) * f.n + shifted;
            break;
        }
        case Question::Type::Text: {
            static const TextScrubber scrubber;
            f.hasTexts = true;
            for (const QString &text : std::as_const(t.texts))
                f.texts.append(scrubber.scrub(text).text);
            shuffle(&f.texts, bits);
            break;
        }
        }
        return f;
    }
};

QJsonArray monthsJson(const QString &from, const QString &to)
{
    return from.isEmpty() ? QJsonArray() : QJsonArray { from, to };
}

/// Widens [from, to] to cover the months of months (a release's "months").
void coverMonths(const QJsonArray &months, QString *from, QString *to)
{
    for (const QJsonValue &v : months) {
        const QString month = v.toString();
        if (month.isEmpty())
            continue;
        if (from->isEmpty() || month < *from)
            *from = month;
        if (to->isEmpty() || month > *to)
            *to = month;
    }
}

} // namespace

RandomBits systemBits()
{
    return [] {
        return QRandomGenerator::system()->generate64();
    };
}

int twoSidedGeometric(double epsilon, const RandomBits &bits)
{
    return int(std::clamp<qint64>(twoSidedGeometric64(epsilon, bits),
        std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QJsonObject compute(const SurveyDefinition &definition, const QList<Response> &batch,
    const Parameters &parameters, const RandomBits &bits)
{
    const Noise noise = [&bits](double epsilon) {
        return twoSidedGeometric64(epsilon, bits);
    };
    return computeWithNoise(definition, batch, parameters, noise, bits);
}

QJsonObject computeWithNoise(const SurveyDefinition &definition, const QList<Response> &batch,
    const Parameters &parameters, const Noise &noise, const RandomBits &bits)
{
    const double epsilon = std::isfinite(parameters.epsilon) && parameters.epsilon > 0
        ? std::min(parameters.epsilon, kMaximumEpsilon)
        : kMinimumEpsilon;
    const Release release { std::max(parameters.k, kMinimumK), epsilon, noise, bits };

    QString from;
    QString to;
    QJsonArray months;
    for (const Response &response : batch)
        months.append(response.month);
    coverMonths(months, &from, &to);

    const qint64 respondents = release.noisy(batch.size());
    QJsonArray questions;
    for (const Question &q : definition.questions)
        questions.append(release.question(q, batch, respondents).toJson());
    return {
        { QStringLiteral("survey"),
            QJsonObject { { QStringLiteral("id"), definition.id },
                { QStringLiteral("version"), definition.version },
                { QStringLiteral("kind"), definition.kind } } },
        { QStringLiteral("k"), release.k },
        { QStringLiteral("epsilon"), epsilon },
        { QStringLiteral("months"), monthsJson(from, to) },
        { QStringLiteral("respondents"), QJsonObject { { QStringLiteral("count"), respondents } } },
        { QStringLiteral("questions"), questions },
    };
}

QJsonObject total(const QList<QJsonObject> &releases, int k)
{
    k = std::max(k, kMinimumK);
    qint64 respondents = 0;
    QString from;
    QString to;
    QJsonObject survey;
    QStringList order;
    QHash<QString, QuestionFigures> questions;
    for (const QJsonObject &release : releases) {
        const qint64 count = release.value(QLatin1String("respondents"))
                                 .toObject()
                                 .value(QLatin1String("count"))
                                 .toInteger();
        respondents += count;
        coverMonths(release.value(QLatin1String("months")).toArray(), &from, &to);
        if (release.contains(QLatin1String("survey")))
            survey = release.value(QLatin1String("survey")).toObject();
        for (const QJsonValue &v : release.value(QLatin1String("questions")).toArray()) {
            const QuestionFigures figures = QuestionFigures::fromJson(v.toObject(), count);
            if (!questions.contains(figures.id)) {
                order.append(figures.id);
                questions[figures.id].id = figures.id;
            }
            questions[figures.id].add(figures);
        }
    }
    QJsonArray questionsJson;
    // A group is shown when a release showed it (add()): only shown groups are summed, and each
    // shown subgroup had a noisy size >= k, so the sum has too.
    for (const QString &id : std::as_const(order))
        questionsJson.append(questions.value(id).toJson());
    QJsonObject result {
        { QStringLiteral("releases"), int(releases.size()) },
        { QStringLiteral("k"), k },
        { QStringLiteral("months"), monthsJson(from, to) },
        { QStringLiteral("respondents"), QJsonObject { { QStringLiteral("count"), respondents } } },
        { QStringLiteral("questions"), questionsJson },
    };
    if (!survey.isEmpty())
        result.insert(QStringLiteral("survey"), survey);
    return result;
}

} // namespace zs::releases
