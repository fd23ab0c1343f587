#ifndef CHARTBUILDER_H
#define CHARTBUILDER_H

#include "Dataset.h"

#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

class QChart;

// Builds the Qt Charts charts of openness over time from a set of visible releases. The window,
// the exporters and the command line all go through here, so an exported chart is the chart
// on screen.
namespace ChartBuilder {

enum class Kind {
    OpennessOverTime, // each organization's releases by date and level, joined in date order
    LevelsByYear,     // releases per year, stacked by level
};

// Series object names, so tests and the click handler can find them: "level:<id>" for the
// scatter series of one level, "organization:<id>" for an organization's line.
QString levelSeriesName(OpennessLevel level);
QString organizationSeriesName(const QString &organizationId);

// Where a date sits on the openness-over-time chart's x axis: the year plus the elapsed fraction.
double xValue(QDate date);

QList<Kind> kinds();
QString name(Kind kind); // the --chart name, e.g. "openness-over-time"
std::optional<Kind> fromName(QStringView name);
QString title(Kind kind); // translated
QString description(Kind kind); // translated, one line for --help

// A new chart (caller owns it), coloured for the given palette, without animations.
QChart *build(Kind kind, const Dataset &dataset, const QList<int> &releaseIndexes, const QPalette &palette);

} // namespace ChartBuilder

#endif // CHARTBUILDER_H
