#ifndef OPENNESSSERIES_H
#define OPENNESSSERIES_H

#include "Dataset.h"

#include <QList>

#include <array>

// The numbers behind the charts, computed from a set of visible releases (already filtered), so
// the window and the command line chart exactly the same thing. Everything here is aggregated:
// its size grows with organizations, models, years and days, not with the number of events, so
// drawing a chart costs the same for 70 events as for a million.
//
// Only release events count (ReleaseKind::isRelease: launches, weights, license changes): an
// announcement promises a release and a retirement ends one, neither is one.
namespace OpennessSeries {

// A run of one level, from a date on: the line steps to level at date.
struct Step {
    QDate date;
    OpennessLevel level = OpennessLevel::Closed;
};

// All visible release events of one series on one day and level, drawn as one marker.
struct Marker {
    QDate date;
    OpennessLevel level = OpennessLevel::Closed;
    int count = 0;
    int releaseIndex = -1; // the first of them, for clicks
};

// For each organization, the most open level it had published so far: a line that only steps up,
// with a marker at each release event at that event's own level (below the line when a release
// was less open than an earlier one).
struct OrganizationSeries {
    QString organizationId;
    QString name;
    int organizationIndex = -1; // in Dataset::organizations(): its colour, whatever the filter
    int releaseCount = 0;
    QList<Step> steps;
    QList<Marker> markers;
};

// One model's level from its first release event through each change.
struct ModelSeries {
    QString modelId;
    QString name;
    int organizationIndex = -1;
    QList<Step> steps;
    QList<Marker> markers;
};

struct YearCounts {
    int year = 0;
    std::array<int, Openness::levelCount> counts{}; // by level rank

    int total() const;
};

// How long a model's weights took after its launch.
struct WeightsDelay {
    QString modelId;
    QString modelName;
    int organizationIndex = -1;
    QDate launch;
    QDate weights; // invalid: not published (as of the dataset's date)
    double months = 0; // to weights, or to the end date when not published
    bool published() const { return weights.isValid(); }
};

struct WeightsDelays {
    QList<WeightsDelay> delays;  // published after launch or still closed; by organization, then launch
    int publishedAtLaunch = 0;   // models whose weights came out with their launch (not in delays)
    QDate end;                   // where open-ended bars stop
};

// Release events among the indexes, and the range of their dates.
struct Extent {
    int releases = 0;
    QDate first;
    QDate last;
};

bool counts(const Release &release); // is it a release event?
// A release event at an ordered level: what the charts that rank levels (byOrganization, byModel)
// use. An event of unknown level is not "more" or "less" open, so it has no place on them.
bool isRanked(const Release &release);
Extent extent(const Dataset &dataset, const QList<int> &releaseIndexes);

// Series for every organization with at least one visible ranked release, in the dataset's order.
QList<OrganizationSeries> byOrganization(const Dataset &dataset, const QList<int> &releaseIndexes);
// Series for every model with at least one visible ranked release, by organization, then first date.
QList<ModelSeries> byModel(const Dataset &dataset, const QList<int> &releaseIndexes);
// Release counts per calendar year and level (Unknown included, as its own count), for every year from the first to the last visible
// release (years without releases included, so gaps show).
QList<YearCounts> byYear(const Dataset &dataset, const QList<int> &releaseIndexes);
// Launch to weights, per model: the launch is the model's first visible launch event, the
// weights its first visible weights event; a model without a launch event is left out.
WeightsDelays weightsDelays(const Dataset &dataset, const QList<int> &releaseIndexes, QDate end);

// Months between two dates, counting days as fractions of the average month.
double monthsBetween(QDate from, QDate to);

} // namespace OpennessSeries

#endif // OPENNESSSERIES_H
