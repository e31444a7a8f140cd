#pragma once

#include "wirelimits.h"

#include <QHash>
#include <QList>
#include <QString>

namespace zs {

/// One count in a report table and whether it may be shown.
struct Cell
{
    QString key;
    int count = 0;
    bool suppressed = false;
};

/// Small-cell rules of DESIGN §5 rule 5. Pure functions, so each rule has its own test.
namespace suppression {

inline constexpr int kDefaultK = protocol::limits::kDefaultK;
inline constexpr int kMinimumK = protocol::limits::kMinimumK;

/// A count may be shown only when it rests on at least k responses (zero included: a hidden
/// cell and an empty one must look the same).
bool publishable(int count, int k);

/// Hides every cell below k.
void primary(QList<Cell> &cells, int k);

/// For a table whose cells add up to a published total (a single-choice question): the hidden
/// cells together can be read off as total minus the shown ones. So more cells are hidden,
/// smallest first, until that hidden sum is 0 or at least k and no hidden cell stands alone.
void complementary(QList<Cell> &cells, int k);

/// A roll-up table (options grouped into themes) must not reveal what its option table hides:
/// a group cell is hidden whenever one of its member cells is hidden. Then every shown group
/// equals a sum of shown members and the roll-up tells nothing the option table does not.
void rollup(QList<Cell> &groupCells, const QList<Cell> &memberCells,
    const QHash<QString, QString> &groupOfMember);

/// A benchmark (region) cell shown beside an employer's own cell would reveal the rest of the
/// region by subtraction; it is hidden when that rest is between 1 and k-1.
bool benchmarkPublishable(int regionCount, int ownCount, int k);
void againstOwn(QList<Cell> &regionCells, const QHash<QString, int> &ownCounts, int k);

} // namespace suppression

} // namespace zs
