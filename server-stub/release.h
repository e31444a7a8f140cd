#pragma once

#include "surveydefinition.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <functional>

namespace zs::releases {

// The release model of DESIGN §5a (issue 9): a batch of at least k responses of one scope and
// survey kind becomes a release whose figures are computed once, noised once, stored and never
// recomputed. This header is the pure part: noise, the figures of a batch, and the sum of
// releases. Storage, cutting and the report routes build on it.
//
// The JSON of a release (docs/protocol.md "Releases"):
//
//   {"survey": {"id": "exit", "version": 1, "kind": "exit"}, "k": 10, "epsilon": 1.0,
//    "months": ["2026-01", "2026-03"],               first and last month of the batch
//    "respondents": {"count": 12},                  noisy, always shown
//    "questions": [                                 every question, in definition order
//      {"id", "type", "text": {nl, en},
//       "answered": {"suppressed": true}}           group under k: nothing else of it
//      {"id", "type", "text",
//       "answered": {"count": 11, "percent": 91.7}, percent of respondents
//       single, multi:  "options": [{"option", "label", "count", "percent"}],
//                       "themes": [{"theme", "label", "count", "percent"}]  (themed options)
//       likert:         "min": 1, "max": 5,
//                       "items": [{"item", "label", "counts": [{"value", "count", "percent"}],
//                                  "sum", "n", "mean"}]
//       scale:          "min", "max", "counts": [{"value", "count", "percent"}],
//                       "sum", "n", "mean",
//                       "enps": {"score", "promoters", "passives", "detractors"}  (id "enps")
//       number:         "min", "max", "sum", "n", "mean"
//       text:           "texts": ["…"]}]}                            scrubbed, shuffled
//
// The noise: every count published (respondents, a group's size, an option, a theme, a value)
// is the true count plus one twoSidedGeometric(epsilon) draw, clamped at 0. A question that is
// required and unconditional is answered by the whole batch, so its group is the respondents'
// figure (not a second draw of it) and is shown like the release; any other question's group
// (those who answered it) is a subgroup, shown when its noisy size is >= k.
// Percentages are of the noisy group (options, themes, values: of "answered"; "answered": of
// the respondents), one decimal.
// Likert and scale means come from their noisy value counts (sum = Σ value × noisy count,
// n = Σ noisy counts), so they cost no extra noise; eNPS = round(100 × (P − D) / (P + Pa + D))
// over the noisy counts of 9–10, 7–8 and 0–6.
// A number question (its range may be wide) has n = its noisy group size and
// sum = min × n + (Σ (value − min) + noise): the shifted sum, which one response moves by at
// most max − min, gets twoSidedGeometric(epsilon / (max − min)) and is clamped to
// [0, (max − min) × n].
// Every mean is sum / n clamped to [min, max], two decimals, null when n is 0; "sum" and "n"
// are stored so total() can recompute it. A total has the same shape plus "releases" (how
// many), without "epsilon" and "texts".

/// The smallest k a release or total is computed with (DESIGN §5 rule 5), and epsilon's range.
inline constexpr int kMinimumK = 5;
inline constexpr double kMinimumEpsilon = 0.1;
inline constexpr double kMaximumEpsilon = 2.0;

/// Where the noise's randomness comes from: uniform 64-bit words. Production uses the system
/// CSPRNG (systemBits()); tests inject a seeded generator.
using RandomBits = std::function<quint64()>;
RandomBits systemBits();

/// One draw of two-sided geometric (discrete Laplace) noise: P(z) = (1-a)/(1+a) * a^|z| with
/// a = e^-epsilon. epsilon in [0.1, 2].
/// Exactly two words of bits make one draw, as G1 - G2 of two geometric variables with
/// p = 1 - a (G = floor(-ln(U) / epsilon), U uniform in (0, 1] from a word's top 53 bits). A word
/// of all ones gives G = 0, so a source that always yields ~0 gives no noise (tests rely on it).
int twoSidedGeometric(double epsilon, const RandomBits &bits);

/// One stored response as the computation reads it: its answers keyed by question id (the
/// wire shape: a string, a list of strings, a number, or {item: value}) and its month.
struct Response
{
    QJsonObject answers;
    QString month; ///< YYYY-MM
};

/// The parameters a release is computed with, stored with it.
struct Parameters
{
    int k = 10; ///< at least 5
    double epsilon = 1.0; ///< per count, 0.1 to 2
};

/// The figures of exactly this batch (batch.size() >= k): every count noised once (never below
/// 0), percentages from the noisy counts, means as noisy sums over noisy counts clamped to the
/// scale, eNPS from the noisy promoter/passive/detractor counts, the national-theme roll-up of
/// a multi question whose options carry themes (a respondent counts once per theme), subgroups
/// (those who answered a conditional or optional question) shown only when their noisy size is
/// at least k, and free texts scrubbed (the device's TextScrubber) in random order. The JSON
/// shape is the report's (docs/protocol.md "Releases").
/// k below kMinimumK counts as kMinimumK and epsilon above kMaximumEpsilon as kMaximumEpsilon
/// (stricter, never looser). The draws happen in a fixed order (respondents, then each question
/// in definition order), so the same bits give the same release.
QJsonObject compute(const SurveyDefinition &definition, const QList<Response> &batch,
    const Parameters &parameters, const RandomBits &bits);

/// The noise compute() adds to one published figure: the draw for this epsilon.
using Noise = std::function<qint64(double epsilon)>;

/// compute() with the noise as a seam (tests: a fixed draw, to check clamping at 0); bits only
/// shuffle the texts. compute() is this with twoSidedGeometric over its bits.
QJsonObject computeWithNoise(const SurveyDefinition &definition, const QList<Response> &batch,
    const Parameters &parameters, const Noise &noise, const RandomBits &bits);

/// The sum of a scope's releases, oldest first: every count added up, percentages and means
/// recomputed from the sums, subgroups shown when their summed size is at least k. Texts are
/// not repeated in the total.
/// Only the groups a release showed are summed (a suppressed one published no figures), so a
/// group is shown in the total exactly when a release showed it: each shown subgroup had a noisy
/// size >= k, and so has their sum. Labels and texts of questions come from the newest release.
QJsonObject total(const QList<QJsonObject> &releases, int k);

} // namespace zs::releases
