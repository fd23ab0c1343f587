#include "LanePacker.h"

#include <algorithm>
#include <numeric>
#include <queue>
#include <set>
#include <vector>

LanePacker::Result LanePacker::pack(const QList<Extent> &extents, int maxRows, qreal gap)
{
    Result result;
    const qsizetype n = extents.size();
    result.rows.fill(0, n);
    if (n == 0)
        return result;
    maxRows = std::max(maxRows, 1);

    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return extents.at(a).start < extents.at(b).start;
    });

    // Busy rows ordered by where they end (then by row number, for determinism); free rows by
    // number. Every row is in exactly one of the two.
    using RowEnd = std::pair<qreal, int>;
    std::priority_queue<RowEnd, std::vector<RowEnd>, std::greater<>> busy;
    std::set<int> freeRows;

    for (const qsizetype i : order) {
        const Extent &extent = extents.at(i);
        while (!busy.empty() && busy.top().first + gap <= extent.start) {
            freeRows.insert(busy.top().second);
            busy.pop();
        }
        int row;
        qreal end = extent.end;
        if (!freeRows.empty()) {
            row = *freeRows.begin();
            freeRows.erase(freeRows.begin());
        } else if (result.rowCount < maxRows) {
            row = result.rowCount++;
        } else {
            // Every row is busy: take the one that frees up first, which this item overlaps least.
            row = busy.top().second;
            end = std::max(end, busy.top().first);
            busy.pop();
            ++result.overflowCount;
        }
        result.rows[i] = row;
        busy.emplace(end, row);
    }
    return result;
}
