#include "ChartBuilder.h"

#include "LevelPalette.h"
#include "OpennessSeries.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

QString trChart(const char *text)
{
    return QCoreApplication::translate("ChartBuilder", text);
}

// The scatter marker closest to the level's shape on the timeline (Qt Charts has no
// downward triangle: the non-commercial level uses a pentagon there).
QScatterSeries::MarkerShape markerShape(OpennessLevel level)
{
    switch (level) {
    case OpennessLevel::Closed:
        return QScatterSeries::MarkerShapeRectangle;
    case OpennessLevel::Hosted:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case OpennessLevel::WeightsNonCommercial:
        return QScatterSeries::MarkerShapePentagon;
    case OpennessLevel::WeightsRestricted:
        return QScatterSeries::MarkerShapeTriangle;
    case OpennessLevel::OpenWeights:
        return QScatterSeries::MarkerShapeCircle;
    case OpennessLevel::OpenSourceAi:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// Line colours for organizations: muted tones from the palette's text colour so that the
// level colours of the markers stay the loudest thing in the chart; the dash pattern tells
// organizations apart where tones are close.
QPen organizationPen(int index, const QPalette &palette)
{
    static const std::array<Qt::PenStyle, 4> styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    static const std::array<int, 7> hues = {210, 30, 280, 120, 0, 180, 60};
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor color = QColor::fromHsl(hues[static_cast<size_t>(index) % hues.size()], 90, dark ? 170 : 95);
    color.setAlphaF(0.7f);
    QPen pen(color, 1.4);
    pen.setStyle(styles[static_cast<size_t>(index / 2) % styles.size()]);
    return pen;
}

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(palette.color(QPalette::Mid));
}



void buildOverTime(QChart *chart, const Dataset &dataset, const QList<int> &releaseIndexes, const QPalette &palette)
{
    const QList<OpennessSeries::OrganizationSeries> organizations = OpennessSeries::byOrganization(dataset, releaseIndexes);

    // Time as fractional years on a value axis: a date-time axis spaces its ticks evenly in
    // milliseconds, so its labels drift off the year boundaries; this one ticks on each 1 January.
    auto *xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTitleText(trChart("Release date"));
    auto *yAxis = new QCategoryAxis;
    yAxis->setMin(-0.5);
    yAxis->setMax(Openness::levelCount - 0.5);
    yAxis->setStartValue(-0.5);
    for (OpennessLevel level : Openness::allLevels())
        yAxis->append(Openness::shortName(level), Openness::rank(level) + 0.5);
    yAxis->setTitleText(trChart("Openness"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    styleAxis(xAxis, palette);
    styleAxis(yAxis, palette);

    // Organizations sharing a level would draw on top of each other: each gets a small vertical
    // offset inside the level's band, so every line and every marker stays visible.
    const qsizetype count = organizations.size();
    auto offset = [count](qsizetype i) {
        const double n = static_cast<double>(count);
        return count <= 1 ? 0.0 : (static_cast<double>(i) - (n - 1) / 2.0) * 0.5 / n;
    };

    std::array<QScatterSeries *, Openness::levelCount> scatter{};
    for (OpennessLevel level : Openness::allLevels()) {
        auto *series = new QScatterSeries;
        series->setName(Openness::name(level));
        series->setObjectName(ChartBuilder::levelSeriesName(level));
        series->setMarkerShape(markerShape(level));
        series->setMarkerSize(level == OpennessLevel::OpenSourceAi ? 14 : 11);
        series->setColor(LevelPalette::color(level));
        series->setBorderColor(palette.color(QPalette::Text));
        scatter[static_cast<size_t>(Openness::rank(level))] = series;
    }

    int firstYear = 0;
    int lastYear = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const OpennessSeries::OrganizationSeries &organization = organizations.at(i);
        auto *line = new QLineSeries;
        line->setName(organization.name);
        line->setObjectName(ChartBuilder::organizationSeriesName(organization.organizationId));
        line->setPen(organizationPen(static_cast<int>(i), palette));
        for (const OpennessSeries::Point &point : organization.points) {
            const double x = ChartBuilder::xValue(point.date);
            const double y = Openness::rank(point.level) + offset(i);
            line->append(x, y);
            scatter[static_cast<size_t>(Openness::rank(point.level))]->append(x, y);
            firstYear = firstYear == 0 ? point.date.year() : std::min(firstYear, point.date.year());
            lastYear = std::max(lastYear, point.date.year());
        }
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    for (QScatterSeries *series : scatter) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // The y axis already names the levels (and the marker shape repeats it): the legend
        // keeps its room for the organizations' lines.
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }

    if (firstYear == 0) {
        const int year = QDate::currentDate().year();
        firstYear = year;
        lastYear = year;
    }
    xAxis->setRange(firstYear, lastYear + 1);
    xAxis->setTickAnchor(firstYear);
    xAxis->setTickInterval(std::max(1, (lastYear + 1 - firstYear + 11) / 12)); // at most 12 labels
}

void buildByYear(QChart *chart, const Dataset &dataset, const QList<int> &releaseIndexes, const QPalette &palette)
{
    const QList<OpennessSeries::YearCounts> years = OpennessSeries::byYear(dataset, releaseIndexes);
    auto *series = new QStackedBarSeries;
    int maxTotal = 0;
    QStringList categories;
    for (const OpennessSeries::YearCounts &year : years) {
        categories.append(QString::number(year.year));
        maxTotal = std::max(maxTotal, year.total());
    }
    for (OpennessLevel level : Openness::allLevels()) {
        auto *set = new QBarSet(Openness::name(level));
        set->setObjectName(ChartBuilder::levelSeriesName(level));
        set->setColor(LevelPalette::color(level));
        set->setBorderColor(palette.color(QPalette::Base));
        set->setLabelColor(palette.color(QPalette::Text));
        for (const OpennessSeries::YearCounts &year : years)
            set->append(year.counts[static_cast<size_t>(Openness::rank(level))]);
        series->append(set);
    }
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setTitleText(trChart("Year"));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, std::max(1, maxTotal));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTickCount(std::min(std::max(1, maxTotal), 10) + 1);
    yAxis->setTitleText(trChart("Release events"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    styleAxis(xAxis, palette);
    styleAxis(yAxis, palette);
}

} // namespace

namespace ChartBuilder {

QString levelSeriesName(OpennessLevel level)
{
    return QStringLiteral("level:") + Openness::id(level);
}

QString organizationSeriesName(const QString &organizationId)
{
    return QStringLiteral("organization:") + organizationId;
}

double xValue(QDate date)
{
    return date.year() + (date.dayOfYear() - 1) / static_cast<double>(date.daysInYear());
}

QList<Kind> kinds()
{
    return {Kind::OpennessOverTime, Kind::LevelsByYear};
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::OpennessOverTime:
        return QStringLiteral("openness-over-time");
    case Kind::LevelsByYear:
        return QStringLiteral("levels-by-year");
    }
    return {};
}

std::optional<Kind> fromName(QStringView text)
{
    for (Kind kind : kinds()) {
        if (text == name(kind))
            return kind;
    }
    return std::nullopt;
}

QString title(Kind kind)
{
    switch (kind) {
    case Kind::OpennessOverTime:
        return trChart("Openness of AI model releases over time");
    case Kind::LevelsByYear:
        return trChart("Release events per year, by openness level");
    }
    return {};
}

QString description(Kind kind)
{
    switch (kind) {
    case Kind::OpennessOverTime:
        return trChart("each organization's releases by date and openness level (default)");
    case Kind::LevelsByYear:
        return trChart("the number of release events per year, stacked by openness level");
    }
    return {};
}

QChart *build(Kind kind, const Dataset &dataset, const QList<int> &releaseIndexes, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title(kind));
    styleChart(chart, palette);
    switch (kind) {
    case Kind::OpennessOverTime:
        buildOverTime(chart, dataset, releaseIndexes, palette);
        break;
    case Kind::LevelsByYear:
        buildByYear(chart, dataset, releaseIndexes, palette);
        break;
    }
    return chart;
}

} // namespace ChartBuilder
