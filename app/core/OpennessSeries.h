#ifndef OPENNESSSERIES_H
#define OPENNESSSERIES_H

#include "Dataset.h"

#include <QList>

#include <array>

// The numbers behind the charts, computed from a set of visible releases (already filtered), so
// the window and the command line chart exactly the same thing.
namespace OpennessSeries {

struct Point {
    QDate date;
    OpennessLevel level = OpennessLevel::Closed;
    int releaseIndex = -1;
};

// One organization's visible releases in date order.
struct OrganizationSeries {
    QString organizationId;
    QString name;
    QList<Point> points;
};

struct YearCounts {
    int year = 0;
    std::array<int, Openness::levelCount> counts{}; // by level rank

    int total() const;
};

// Series for every organization with at least one visible release, in the dataset's order.
QList<OrganizationSeries> byOrganization(const Dataset &dataset, const QList<int> &releaseIndexes);
// Release counts per calendar year and level, for every year from the first to the last visible
// release (years without releases included, so gaps show).
QList<YearCounts> byYear(const Dataset &dataset, const QList<int> &releaseIndexes);

} // namespace OpennessSeries

#endif // OPENNESSSERIES_H
