#include "suppression.h"

#include <algorithm>

namespace zs::suppression {

bool publishable(int count, int k)
{
    return count >= std::max(k, kMinimumK);
}

void primary(QList<Cell> &cells, int k)
{
    for (Cell &cell : cells) {
        if (!publishable(cell.count, k))
            cell.suppressed = true;
    }
}

void complementary(QList<Cell> &cells)
{
    const auto hidden = std::count_if(cells.begin(), cells.end(), [](const Cell &c) { return c.suppressed; });
    if (hidden != 1 || cells.size() < 2)
        return;
    Cell *smallest = nullptr;
    for (Cell &cell : cells) {
        if (!cell.suppressed && (!smallest || cell.count < smallest->count))
            smallest = &cell;
    }
    if (smallest)
        smallest->suppressed = true;
}

bool benchmarkPublishable(int regionCount, int ownCount, int k)
{
    const int rest = regionCount - ownCount;
    return publishable(regionCount, k) && (rest == 0 || publishable(rest, k));
}

void againstOwn(QList<Cell> &regionCells, const QHash<QString, int> &ownCounts, int k)
{
    for (Cell &cell : regionCells) {
        if (!benchmarkPublishable(cell.count, ownCounts.value(cell.key), k))
            cell.suppressed = true;
    }
}

} // namespace zs::suppression
