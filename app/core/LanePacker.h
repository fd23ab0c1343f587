#ifndef LANEPACKER_H
#define LANEPACKER_H

#include <QList>
#include <QtGlobal>

// Stacks the markers of one timeline lane into sub-rows so that their labels do not overlap.
//
// Each item is a horizontal extent in pixels: the marker plus its label, as the caller measured
// it with QFontMetrics (a fixed guess of the label width is what makes other timelines overlap
// or waste space). Items are taken from left to right (by start, ties by input order, so the
// result is deterministic) and each goes into the lowest-numbered row that is free at its start
// (greedy interval partitioning: this uses the fewest rows any packing could). When all
// maxRows rows are busy, the item goes into the row whose last extent ends first, i.e. the row
// it overlaps least, and is counted as an overflow; the caller then shortens labels there.
// A heap of busy rows and a set of free rows make it O(n log n).
class LanePacker
{
public:
    struct Extent {
        qreal start = 0;
        qreal end = 0;
    };
    struct Result {
        QList<int> rows;       // the sub-row of each input extent, in input order
        int rowCount = 0;      // rows used (at most maxRows)
        int overflowCount = 0; // items placed on a row they overlap
    };

    // gap: the free space required between two extents sharing a row.
    static Result pack(const QList<Extent> &extents, int maxRows, qreal gap = 0);
};

#endif // LANEPACKER_H
