#include "suppression.h"

#include <QSet>
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

void complementary(QList<Cell> &cells, int k)
{
    const auto needsMore = [&] {
        int hidden = 0;
        qint64 hiddenSum = 0;
        for (const Cell &cell : cells) {
            if (cell.suppressed) {
                ++hidden;
                hiddenSum += cell.count;
            }
        }
        return hidden == 1 || (hiddenSum > 0 && !publishable(int(hiddenSum), k));
    };
    while (needsMore()) {
        Cell *smallest = nullptr;
        for (Cell &cell : cells) {
            if (!cell.suppressed && (!smallest || cell.count < smallest->count))
                smallest = &cell;
        }
        if (!smallest)
            return; // everything is hidden already
        smallest->suppressed = true;
    }
}

void rollup(QList<Cell> &groupCells, const QList<Cell> &memberCells,
    const QHash<QString, QString> &groupOfMember)
{
    QSet<QString> touched;
    for (const Cell &member : memberCells) {
        if (member.suppressed)
            touched.insert(groupOfMember.value(member.key));
    }
    for (Cell &group : groupCells) {
        if (touched.contains(group.key))
            group.suppressed = true;
    }
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
