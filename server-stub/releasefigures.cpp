#include "releasefigures.h"

#include <QJsonArray>
#include <cmath>

namespace zs::releases {

namespace {

QJsonArray countedJson(const QList<CountedFigure> &figures, const char *key, qint64 of)
{
    QJsonArray array;
    for (const CountedFigure &f : figures) {
        QJsonObject o { { QLatin1String(key), f.id }, { QStringLiteral("count"), f.count },
            { QStringLiteral("percent"), percent(f.count, of) } };
        if (!f.label.isEmpty())
            o.insert(QStringLiteral("label"), f.label);
        array.append(o);
    }
    return array;
}

QList<CountedFigure> countedFromJson(const QJsonArray &array, const char *key)
{
    QList<CountedFigure> figures;
    for (const QJsonValue &v : array) {
        figures.append({ v[QLatin1String(key)].toString(), v[QLatin1String("label")].toObject(),
            v[QLatin1String("count")].toInteger() });
    }
    return figures;
}

QJsonArray valueCountsJson(const QMap<int, qint64> &counts, qint64 of)
{
    QJsonArray array;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        array.append(QJsonObject { { QStringLiteral("value"), it.key() },
            { QStringLiteral("count"), it.value() },
            { QStringLiteral("percent"), percent(it.value(), of) } });
    }
    return array;
}

QMap<int, qint64> valueCountsFromJson(const QJsonArray &array)
{
    QMap<int, qint64> counts;
    for (const QJsonValue &v : array)
        counts.insert(v[QLatin1String("value")].toInt(), v[QLatin1String("count")].toInteger());
    return counts;
}

void addCounts(QMap<int, qint64> *into, const QMap<int, qint64> &other)
{
    for (auto it = other.begin(); it != other.end(); ++it)
        (*into)[it.key()] += it.value();
}

/// Adds other's figures into into by id, keeping into's order and appending new ids.
void addCounted(QList<CountedFigure> *into, const QList<CountedFigure> &other)
{
    for (const CountedFigure &f : other) {
        auto it = std::find_if(into->begin(), into->end(),
            [&](const CountedFigure &existing) { return existing.id == f.id; });
        if (it == into->end()) {
            into->append(f);
            continue;
        }
        it->count += f.count;
        if (!f.label.isEmpty())
            it->label = f.label;
    }
}

} // namespace

double percent(qint64 count, qint64 of)
{
    return of > 0 ? std::round(1000.0 * double(count) / double(of)) / 10.0 : 0.0;
}

QJsonValue mean(qint64 sum, qint64 n, int min, int max)
{
    if (n <= 0)
        return QJsonValue::Null;
    const double m = std::clamp(double(sum) / double(n), double(min), double(max));
    return std::round(100.0 * m) / 100.0;
}

QJsonValue enpsScore(qint64 promoters, qint64 passives, qint64 detractors)
{
    const qint64 all = promoters + passives + detractors;
    if (all <= 0)
        return QJsonValue::Null;
    return std::round(100.0 * double(promoters - detractors) / double(all));
}

QJsonObject QuestionFigures::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("type"), type },
        { QStringLiteral("text"), text } };
    if (!shown) {
        o.insert(
            QStringLiteral("answered"), QJsonObject { { QStringLiteral("suppressed"), true } });
        return o;
    }
    o.insert(QStringLiteral("answered"),
        QJsonObject { { QStringLiteral("count"), answered },
            { QStringLiteral("percent"), percent(answered, respondents) } });
    if (hasRange) {
        o.insert(QStringLiteral("min"), min);
        o.insert(QStringLiteral("max"), max);
    }
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), countedJson(options, "option", answered));
    if (!themes.isEmpty())
        o.insert(QStringLiteral("themes"), countedJson(themes, "theme", answered));
    if (!items.isEmpty()) {
        QJsonArray array;
        for (const ItemFigures &item : items) {
            array.append(QJsonObject { { QStringLiteral("item"), item.id },
                { QStringLiteral("label"), item.label },
                { QStringLiteral("counts"), valueCountsJson(item.counts, answered) },
                { QStringLiteral("sum"), item.sum }, { QStringLiteral("n"), item.n },
                { QStringLiteral("mean"), mean(item.sum, item.n, min, max) } });
        }
        o.insert(QStringLiteral("items"), array);
    }
    if (hasCounts)
        o.insert(QStringLiteral("counts"), valueCountsJson(counts, answered));
    if (hasMean) {
        o.insert(QStringLiteral("sum"), sum);
        o.insert(QStringLiteral("n"), n);
        o.insert(QStringLiteral("mean"), mean(sum, n, min, max));
    }
    if (hasEnps) {
        o.insert(QStringLiteral("enps"),
            QJsonObject { { QStringLiteral("score"), enpsScore(promoters, passives, detractors) },
                { QStringLiteral("promoters"), promoters },
                { QStringLiteral("passives"), passives },
                { QStringLiteral("detractors"), detractors } });
    }
    if (hasTexts)
        o.insert(QStringLiteral("texts"), QJsonArray::fromStringList(texts));
    return o;
}

QuestionFigures QuestionFigures::fromJson(const QJsonObject &json, qint64 respondents)
{
    QuestionFigures f;
    f.id = json.value(QLatin1String("id")).toString();
    f.type = json.value(QLatin1String("type")).toString();
    f.text = json.value(QLatin1String("text")).toObject();
    const QJsonObject answered = json.value(QLatin1String("answered")).toObject();
    f.shown = !answered.value(QLatin1String("suppressed")).toBool()
        && answered.contains(QLatin1String("count"));
    if (!f.shown)
        return f;
    f.answered = answered.value(QLatin1String("count")).toInteger();
    f.respondents = respondents;
    f.hasRange = json.contains(QLatin1String("min")) && json.contains(QLatin1String("max"));
    f.min = json.value(QLatin1String("min")).toInt();
    f.max = json.value(QLatin1String("max")).toInt();
    f.options = countedFromJson(json.value(QLatin1String("options")).toArray(), "option");
    f.themes = countedFromJson(json.value(QLatin1String("themes")).toArray(), "theme");
    for (const QJsonValue &v : json.value(QLatin1String("items")).toArray()) {
        f.items.append({ v[QLatin1String("item")].toString(), v[QLatin1String("label")].toObject(),
            valueCountsFromJson(v[QLatin1String("counts")].toArray()),
            v[QLatin1String("sum")].toInteger(), v[QLatin1String("n")].toInteger() });
    }
    f.hasCounts = json.contains(QLatin1String("counts"));
    f.counts = valueCountsFromJson(json.value(QLatin1String("counts")).toArray());
    f.hasMean = json.contains(QLatin1String("n"));
    f.sum = json.value(QLatin1String("sum")).toInteger();
    f.n = json.value(QLatin1String("n")).toInteger();
    const QJsonObject enps = json.value(QLatin1String("enps")).toObject();
    f.hasEnps = !enps.isEmpty();
    f.promoters = enps.value(QLatin1String("promoters")).toInteger();
    f.passives = enps.value(QLatin1String("passives")).toInteger();
    f.detractors = enps.value(QLatin1String("detractors")).toInteger();
    return f;
}

void QuestionFigures::add(const QuestionFigures &other)
{
    type = other.type;
    text = other.text;
    if (!other.shown)
        return;
    shown = true;
    answered += other.answered;
    respondents += other.respondents;
    if (other.hasRange) {
        hasRange = true;
        min = other.min;
        max = other.max;
    }
    addCounted(&options, other.options);
    addCounted(&themes, other.themes);
    for (const ItemFigures &item : other.items) {
        auto it = std::find_if(items.begin(), items.end(),
            [&](const ItemFigures &existing) { return existing.id == item.id; });
        if (it == items.end()) {
            items.append(item);
            continue;
        }
        addCounts(&it->counts, item.counts);
        it->sum += item.sum;
        it->n += item.n;
        it->label = item.label;
    }
    hasCounts = hasCounts || other.hasCounts;
    addCounts(&counts, other.counts);
    hasMean = hasMean || other.hasMean;
    sum += other.sum;
    n += other.n;
    hasEnps = hasEnps || other.hasEnps;
    promoters += other.promoters;
    passives += other.passives;
    detractors += other.detractors;
}

} // namespace zs::releases
