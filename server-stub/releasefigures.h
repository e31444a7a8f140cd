#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zs::releases {

// The figures of one question between counting and JSON: compute() fills them from a batch
// with noise, total() reads them back from stored releases and adds them up, and both write the
// one shape of release.h through toJson().

/// An option or a theme of a question with its (noisy) count.
struct CountedFigure
{
    QString id;
    QJsonObject label; ///< {nl, en}; empty: no label known (a theme missing from the reference)
    qint64 count = 0;
};

/// One likert statement: its value counts and the sum and n its mean is made from.
struct ItemFigures
{
    QString id;
    QJsonObject label;
    QMap<int, qint64> counts;
    qint64 sum = 0;
    qint64 n = 0;
};

/// The published figures of one question of a release or a total.
struct QuestionFigures
{
    QString id;
    QString type;
    QJsonObject text;
    bool shown = false; ///< the answered group reached k; otherwise only id, type, text
    qint64 answered = 0;
    qint64 respondents = 0; ///< what the answered percentage is of
    bool hasRange = false;
    int min = 0;
    int max = 0;
    QList<CountedFigure> options;
    QList<CountedFigure> themes;
    QList<ItemFigures> items;
    bool hasCounts = false; ///< scale: per-value counts
    QMap<int, qint64> counts;
    bool hasMean = false;
    qint64 sum = 0;
    qint64 n = 0;
    bool hasEnps = false;
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    bool hasTexts = false;
    QStringList texts;

    QJsonObject toJson() const;
    /// Reads a question of a stored release (texts are left out: a total does not repeat them).
    /// respondents: the release's respondents, which the answered percentage was of.
    static QuestionFigures fromJson(const QJsonObject &json, qint64 respondents);
    /// Adds the figures of a shown group of the same question in a later release: counts, sums
    /// and n add up, labels and text become the later ones.
    void add(const QuestionFigures &other);
};

/// count as a percentage of of, one decimal; 0 when of is 0.
double percent(qint64 count, qint64 of);
/// sum / n clamped to [min, max], two decimals; null when n is 0.
QJsonValue mean(qint64 sum, qint64 n, int min, int max);
/// eNPS from promoter, passive and detractor counts; null when all are 0.
QJsonValue enpsScore(qint64 promoters, qint64 passives, qint64 detractors);

} // namespace zs::releases
