#ifndef CHARTBUILDER_H
#define CHARTBUILDER_H

#include "Dataset.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ChartFigure;
class QPainter;
struct ChartStyle;

// Builds the charts of openness over time from a set of visible releases. The window, the
// export dialog and the command line all go through here, so an exported chart is the chart on
// screen. Each chart counts release events only (launches, weights, license changes) and says
// so in its subtitle.
namespace ChartBuilder {

enum class Kind {
    OpennessOverTime, // per organization, the most open level published so far
    ReleasesByLevel,  // release events per year, stacked by level
    TimeToWeights,    // per model, months from launch to published weights
    Timeline,         // the timeline view itself, drawn by its own painter
    Licenses,         // the licenses of the releases side by side (LicenseTableExporter)
};

struct Options {
    bool shares = false;   // releases-by-level: 100% shares instead of counts
    bool perModel = false; // openness-over-time: one line per model instead of per organization
};

// Keys of ChartFigure::shownCount: "level:<id>", "organization:<id>".
QString levelSeriesName(OpennessLevel level);
QString organizationSeriesName(const QString &organizationId);

QList<Kind> kinds();
QString name(Kind kind); // the --chart name, e.g. "openness-over-time"
// Also accepts the old name "levels-by-year" of releases-by-level, so scripts keep working.
std::optional<Kind> fromName(QStringView name);
QString title(Kind kind);       // translated
QString description(Kind kind); // translated, one line for --help

// Where a date sits on a time axis: the year plus the elapsed fraction.
double xValue(QDate date);

// A new figure of the chart; nullptr for Timeline, which the timeline view draws. Licenses compares
// the licenses of the releases (the Licenses tab may instead show licenses the user picked).
// The shownCount table for the release events among indexes (what the charts count).
QHash<QString, int> releaseCounts(const Dataset &dataset, const QList<int> &releaseIndexes);

std::unique_ptr<ChartFigure> build(Kind kind, const DatasetPtr &dataset, const QList<int> &releaseIndexes,
                                   const Options &options = {});
// The Timeline figure: its title, what it shows and its extent, with the plot drawn by painter
// (the timeline's own painter, from the window or the command line).
std::unique_ptr<ChartFigure> timelineFigure(const std::function<void(QPainter &, const QRectF &, const ChartStyle &)> &painter,
                                            const Dataset &dataset, const QList<int> &releaseIndexes);

// Nice tick steps: the smallest of 1, 2, 5, 10, 20, 50... (times unit) that is at least minimum.
double niceStep(double minimum);

} // namespace ChartBuilder

#endif // CHARTBUILDER_H
