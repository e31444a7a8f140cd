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

/// Where the noise's randomness comes from: uniform 64-bit words. Production uses the system
/// CSPRNG (systemBits()); tests inject a seeded generator.
using RandomBits = std::function<quint64()>;
RandomBits systemBits();

/// One draw of two-sided geometric (discrete Laplace) noise: P(z) = (1-a)/(1+a) * a^|z| with
/// a = e^-epsilon. epsilon in [0.1, 2].
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
QJsonObject compute(const SurveyDefinition &definition, const QList<Response> &batch,
    const Parameters &parameters, const RandomBits &bits);

/// The sum of a scope's releases, oldest first: every count added up, percentages and means
/// recomputed from the sums, subgroups shown when their summed size is at least k. Texts are
/// not repeated in the total.
QJsonObject total(const QList<QJsonObject> &releases, int k);

} // namespace zs::releases
