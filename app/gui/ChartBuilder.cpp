#include "ChartBuilder.h"

#include "ChartFigure.h"
#include "LevelPalette.h"
#include "OpennessSeries.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPercentBarSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace {

// Past this many organizations the legend lists the ones with the most releases and draws
// the others in one neutral tone: a legend of two hundred names helps nobody.
constexpr int maxNamedOrganizations = 12;

// Puts labels on a category axis at exact values: each label is the value at its position, so
// a tick reads what it means (no rounding of evenly spaced fractional ticks).
void setTicks(QCategoryAxis *axis, double min, double max, double first, double step,
              const std::function<QString(double)> &label)
{
    for (const QString &existing : axis->categoriesLabels())
        axis->remove(existing);
    axis->setStartValue(first - step);
    for (double value = first; value <= max + step * 1e-9; value += step) {
        if (value >= min - step * 1e-9)
            axis->append(label(value), value);
    }
    axis->setRange(min, max);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

QString yearLabel(double value)
{
    return QString::number(qRound(value));
}

QString months(double value)
{
    return value < 9.95 ? QLocale().toString(value, 'f', 1) : QLocale().toString(qRound(value));
}

// Which organizations the legend names: all when few, else those with the most releases.
QSet<int> namedOrganizations(const QList<std::pair<int, int>> &indexAndCount)
{
    QList<std::pair<int, int>> sorted = indexAndCount;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QSet<int> named;
    const qsizetype limit = sorted.size() <= maxNamedOrganizations ? sorted.size() : maxNamedOrganizations - 1;
    for (qsizetype i = 0; i < limit; ++i)
        named.insert(sorted.at(i).first);
    return named;
}

QPen otherPen(const ChartStyle &style)
{
    return FigureStyle::otherOrganizationPen(style);
}

// The x axis of a time chart: whole years, as few as the labels need to stay apart.
void setYearTicks(QCategoryAxis *axis, double min, double max, const QRectF &plotArea, const ChartStyle &style)
{
    const QFontMetricsF metrics(style.font);
    const double minSpacing = metrics.horizontalAdvance(QStringLiteral("0000")) * 1.9;
    const double perPixel = (max - min) / std::max(1.0, plotArea.width());
    const double step = std::max(1.0, ChartBuilder::niceStep(minSpacing * perPixel));
    const double first = std::ceil(min / step - 1e-9) * step;
    setTicks(axis, min, max, first, step, yearLabel);
}

// ---------------------------------------------------------------------------------------------
// openness-over-time

class OverTimeFigure : public QtChartFigure
{
public:
    OverTimeFigure(const DatasetPtr &dataset, const QList<int> &indexes, bool perModel);

    QString toolTipAt(QPointF position) const override;
    int releaseAt(QPointF position) const override;

protected:
    void applyStyle(const ChartStyle &style) override;
    QMarginsF margins(const ChartStyle &style) const override;
    void adapt(const QRectF &plotArea, const ChartStyle &style) override;
    void paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style) override;

private:
    struct Line {
        int organizationIndex = -1;
        bool named = true;
        int slot = 0; // side by side where lines share a level
        QList<OpennessSeries::Step> steps;
        QLineSeries *series = nullptr;
    };
    struct Drawn {
        QPointF position; // figure coordinates
        int releaseIndex;
        int count;
    };
    double y(const QRectF &plotArea, double value) const;
    double x(const QRectF &plotArea, double value) const;

    DatasetPtr m_dataset;
    QList<Line> m_lines;
    QList<OpennessSeries::Marker> m_markers;
    std::array<bool, Openness::levelCount> m_levelsShown{};
    int m_slots = 1;
    double m_min = 0;
    double m_max = 1;
    QCategoryAxis *m_xAxis;
    QCategoryAxis *m_yAxis;
    QList<Drawn> m_drawn;
    qreal m_markerSize = 10;
};

OverTimeFigure::OverTimeFigure(const DatasetPtr &dataset, const QList<int> &indexes, bool perModel)
    : m_dataset(dataset)
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QCategoryAxis)
{
    setTitle(QCoreApplication::translate("ChartBuilder", "Openness of AI model releases over time"));
    setSubtitle(perModel ? QCoreApplication::translate("ChartBuilder", "Line: each model's openness level, from its first release through each change. "
                                   "Marker: each release event (launch, weights or license change) at its level.")
                         : QCoreApplication::translate("ChartBuilder", "Line: the most open level each organization had released so far. "
                                   "Marker: each release event (launch, weights or license change) at its own level."));
    const OpennessSeries::Extent extent = OpennessSeries::extent(*dataset, indexes);
    setExtent(extent.releases, extent.first, extent.last);

    QList<std::pair<int, int>> counts;
    const QList<OpennessSeries::OrganizationSeries> organizations = OpennessSeries::byOrganization(*dataset, indexes);
    for (const OpennessSeries::OrganizationSeries &organization : organizations)
        counts.append({organization.organizationIndex, organization.releaseCount});
    const QSet<int> named = namedOrganizations(counts);

    if (perModel) {
        for (const OpennessSeries::ModelSeries &model : OpennessSeries::byModel(*dataset, indexes)) {
            m_lines.append({model.organizationIndex, named.contains(model.organizationIndex), 0, model.steps, nullptr});
            m_markers.append(model.markers);
        }
    } else {
        for (const OpennessSeries::OrganizationSeries &organization : organizations) {
            m_lines.append({organization.organizationIndex, named.contains(organization.organizationIndex), 0,
                            organization.steps, nullptr});
            m_markers.append(organization.markers);
        }
    }
    for (const OpennessSeries::Marker &marker : std::as_const(m_markers))
        m_levelsShown[static_cast<size_t>(Openness::rank(marker.level))] = true;
    // One slot per named organization, in the dataset's order; the others share the middle.
    QList<int> order(named.cbegin(), named.cend());
    std::sort(order.begin(), order.end());
    m_slots = std::max<int>(1, static_cast<int>(order.size()));
    for (Line &line : m_lines)
        line.slot = line.named ? static_cast<int>(order.indexOf(line.organizationIndex)) : (m_slots - 1) / 2;

    // Time runs from the first visible release's year to the data's as-of date: "so far" ends
    // where the data does.
    QDate end = dataset->info().updated.isValid() ? dataset->info().updated : QDate::currentDate();
    if (extent.last.isValid() && extent.last > end)
        end = extent.last;
    const int firstYear = extent.first.isValid() ? extent.first.year() : end.year();
    m_min = firstYear;
    m_max = std::max(ChartBuilder::xValue(end) + 0.02 * (ChartBuilder::xValue(end) - firstYear + 1), m_min + 1.0);

    QChart *chart = this->chart();
    m_xAxis->setTitleText(QCoreApplication::translate("ChartBuilder", "Date of the release event"));
    // The y axis is the ordered scale only: an event of unknown level has no rank, so
    // OpennessSeries leaves it out of this chart rather than counting it as open or closed.
    m_yAxis->setRange(-0.5, Openness::orderedLevelCount - 0.5);
    m_yAxis->setStartValue(-0.5);
    for (OpennessLevel level : Openness::orderedLevels())
        m_yAxis->append(QStringLiteral("level%1").arg(Openness::rank(level)), Openness::rank(level) + 0.5);
    m_yAxis->setLabelsVisible(false); // the overlay names the levels, with their markers
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (Line &line : m_lines) {
        line.series = new QLineSeries;
        chart->addSeries(line.series);
        line.series->attachAxis(m_xAxis);
        line.series->attachAxis(m_yAxis);
    }
    // Draw the unnamed ones first, under the named.
    std::stable_partition(m_lines.begin(), m_lines.end(), [](const Line &line) { return !line.named; });

    QList<LegendEntry> legend;
    for (int index : order) {
        LegendEntry entry;
        entry.swatch = LegendEntry::Swatch::OrganizationLine;
        entry.organizationIndex = index;
        entry.text = dataset->organizations().at(index).name;
        legend.append(entry);
    }
    if (named.size() < organizations.size()) {
        LegendEntry entry;
        entry.swatch = LegendEntry::Swatch::OtherLine;
        entry.text = QCoreApplication::translate("ChartBuilder", "%1 other organizations").arg(organizations.size() - named.size());
        legend.append(entry);
    }
    setLegend(legend);
}

void OverTimeFigure::applyStyle(const ChartStyle &style)
{
    QtChartFigure::applyStyle(style);
    m_yAxis->setGridLineColor(style.grid);
    m_yAxis->setLineVisible(false);
    for (Line &line : m_lines)
        line.series->setPen(line.named ? style.organizationPen(line.organizationIndex) : otherPen(style));
    m_markerSize = style.font.pixelSize() * 0.95;
}

QMarginsF OverTimeFigure::margins(const ChartStyle &style) const
{
    const QFontMetricsF metrics(style.font);
    qreal width = 0;
    for (OpennessLevel level : Openness::orderedLevels())
        width = std::max(width, metrics.horizontalAdvance(Openness::shortName(level)));
    return QMarginsF(width + style.font.pixelSize() * 2.2, 0, style.font.pixelSize() * 0.5, 0);
}

double OverTimeFigure::y(const QRectF &plotArea, double value) const
{
    return plotArea.bottom() - (value + 0.5) / Openness::orderedLevelCount * plotArea.height();
}

double OverTimeFigure::x(const QRectF &plotArea, double value) const
{
    return plotArea.left() + (value - m_min) / (m_max - m_min) * plotArea.width();
}

void OverTimeFigure::adapt(const QRectF &plotArea, const ChartStyle &style)
{
    setYearTicks(m_xAxis, m_min, m_max, plotArea, style);
    // Markers of neighbouring levels never touch, however low the plot.
    m_markerSize = std::min<qreal>(style.font.pixelSize() * 0.95, plotArea.height() / Openness::orderedLevelCount * 0.8);

    // Lines sharing a level are drawn side by side, a pen's width apart, inside the level's band;
    // the markers stay exactly on the level.
    const double band = plotArea.height() / Openness::orderedLevelCount;
    const double gap = std::min(style.lineWidth * 1.4 * 1.15, band * 0.5 / m_slots);
    const double unitsPerPixel = Openness::orderedLevelCount / std::max(1.0, plotArea.height());
    for (Line &line : m_lines) {
        const double offset = (line.slot - (m_slots - 1) / 2.0) * gap * unitsPerPixel;
        QList<QPointF> points;
        points.reserve(line.steps.size() * 2 + 1);
        for (qsizetype i = 0; i < line.steps.size(); ++i) {
            const double level = Openness::rank(line.steps.at(i).level) + offset;
            const double start = ChartBuilder::xValue(line.steps.at(i).date);
            const double stop = i + 1 < line.steps.size() ? ChartBuilder::xValue(line.steps.at(i + 1).date) : m_max;
            points.append(QPointF(start, level));
            points.append(QPointF(stop, level));
        }
        line.series->replace(points);
    }
}

void OverTimeFigure::paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style)
{
    const QFontMetricsF metrics(style.font);
    const qreal size = m_markerSize;

    // The y axis: each level's marker and short name, so the axis is the key to the markers.
    painter.setFont(style.font);
    for (OpennessLevel level : Openness::orderedLevels()) {
        const qreal levelY = y(plotArea, Openness::rank(level));
        const QString text = Openness::shortName(level);
        const qreal textRight = plotArea.left() - size * 1.6;
        painter.setPen(style.text);
        painter.drawText(QRectF(0, levelY - metrics.height(), textRight, metrics.height() * 2),
                         Qt::AlignRight | Qt::AlignVCenter, text);
        // A level with no event shown keeps its name and shape, but not its colour: a level
        // switched off leaves no trace of its colour.
        const bool shown = m_levelsShown[static_cast<size_t>(Openness::rank(level))];
        painter.setPen(QPen(shown ? style.markerOutline : style.mutedText, 1.0));
        painter.setBrush(shown ? QBrush(LevelPalette::color(level)) : QBrush(Qt::NoBrush));
        painter.drawPath(LevelPalette::markerPath(level, QPointF(plotArea.left() - size * 0.9, levelY), size));
    }

    // Markers, one per pixel column and level: the drawing cost is bounded by the plot's width.
    m_drawn.clear();
    QSet<qint64> seen;
    for (const OpennessSeries::Marker &marker : std::as_const(m_markers)) {
        const QPointF position(x(plotArea, ChartBuilder::xValue(marker.date)), y(plotArea, Openness::rank(marker.level)));
        const qint64 key = qint64(std::lround(position.x())) * 8 + Openness::rank(marker.level);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        painter.setPen(QPen(style.markerOutline, 1.0));
        painter.setBrush(LevelPalette::color(marker.level));
        painter.drawPath(LevelPalette::markerPath(marker.level, position, size));
        m_drawn.append({position + bodyRect().topLeft(), marker.releaseIndex, marker.count});
    }
}

int OverTimeFigure::releaseAt(QPointF position) const
{
    int best = -1;
    qreal bestDistance = m_markerSize * 0.8;
    for (const Drawn &drawn : m_drawn) {
        const qreal distance = QLineF(drawn.position, position).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = drawn.releaseIndex;
        }
    }
    return best;
}

QString OverTimeFigure::toolTipAt(QPointF position) const
{
    const int index = releaseAt(position);
    if (index < 0)
        return {};
    const Release &release = m_dataset->releases().at(index);
    return QStringLiteral("%1\n%2 · %3").arg(release.title, release.date.toString(Qt::ISODate), Openness::name(release.level));
}

// ---------------------------------------------------------------------------------------------
// releases-by-level

class ByLevelFigure : public QtChartFigure
{
public:
    ByLevelFigure(const DatasetPtr &dataset, const QList<int> &indexes, bool shares);
    QString toolTipAt(QPointF position) const override;

    const QList<OpennessSeries::YearCounts> &years() const { return m_years; }

protected:
    void applyStyle(const ChartStyle &style) override;
    void adapt(const QRectF &plotArea, const ChartStyle &style) override;
    void paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style) override;

private:
    // The segment of a year's bar for a level: bottom and top in axis units.
    std::pair<double, double> segment(int year, int rank) const;

    QList<OpennessSeries::YearCounts> m_years;
    bool m_shares;
    int m_maxTotal = 0;
    double m_top = 1;
    QAbstractBarSeries *m_series;
    std::array<QBarSet *, Openness::levelCount> m_sets{};
    QCategoryAxis *m_xAxis;
    QCategoryAxis *m_yAxis;
    QRectF m_plot; // figure coordinates
};

constexpr qreal barWidth = 0.7;

ByLevelFigure::ByLevelFigure(const DatasetPtr &dataset, const QList<int> &indexes, bool shares)
    : m_years(OpennessSeries::byYear(*dataset, indexes))
    , m_shares(shares)
    , m_series(shares ? static_cast<QAbstractBarSeries *>(new QPercentBarSeries) : new QStackedBarSeries)
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QCategoryAxis)
{
    setTitle(shares ? QCoreApplication::translate("ChartBuilder", "Share of release events by openness level, per year")
                    : QCoreApplication::translate("ChartBuilder", "Release events per year, by openness level"));
    setSubtitle(QCoreApplication::translate("ChartBuilder", "Counts launches, weights releases and license changes; not announcements, "
                        "API openings or retirements."));
    const OpennessSeries::Extent extent = OpennessSeries::extent(*dataset, indexes);
    setExtent(extent.releases, extent.first, extent.last);

    for (const OpennessSeries::YearCounts &year : std::as_const(m_years))
        m_maxTotal = std::max(m_maxTotal, year.total());
    // The legend names the levels that have bars: a level filtered out leaves no trace.
    QList<LegendEntry> legend;
    for (OpennessLevel level : Openness::allLevels()) {
        int total = 0;
        for (const OpennessSeries::YearCounts &year : std::as_const(m_years))
            total += year.counts[static_cast<size_t>(Openness::rank(level))];
        auto *set = new QBarSet(Openness::name(level));
        set->setObjectName(QStringLiteral("level:") + Openness::id(level));
        set->setColor(LevelPalette::color(level));
        for (const OpennessSeries::YearCounts &year : std::as_const(m_years))
            set->append(year.counts[static_cast<size_t>(Openness::rank(level))]);
        m_series->append(set);
        m_sets[static_cast<size_t>(Openness::rank(level))] = set;
        if (total == 0)
            continue;
        LegendEntry entry;
        entry.swatch = LegendEntry::Swatch::Level;
        entry.level = level;
        entry.text = Openness::name(level);
        legend.append(entry);
    }
    setLegend(legend);
    m_series->setBarWidth(barWidth);
    QChart *chart = this->chart();
    chart->addSeries(m_series);
    m_xAxis->setTitleText(QCoreApplication::translate("ChartBuilder", "Year of the release event"));
    m_yAxis->setTitleText(shares ? QCoreApplication::translate("ChartBuilder", "Share of the year's release events") : QCoreApplication::translate("ChartBuilder", "Release events"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
}

void ByLevelFigure::applyStyle(const ChartStyle &style)
{
    QtChartFigure::applyStyle(style);
    m_xAxis->setGridLineVisible(false);
    for (QBarSet *set : m_sets)
        set->setBorderColor(style.background);
}

void ByLevelFigure::adapt(const QRectF &plotArea, const ChartStyle &style)
{
    const QFontMetricsF metrics(style.font);
    const int count = std::max<int>(1, static_cast<int>(m_years.size()));
    const double perBar = plotArea.width() / count;
    const int every = std::max(1, static_cast<int>(std::ceil(metrics.horizontalAdvance(QStringLiteral("0000")) * 1.6 / perBar)));
    const int firstYear = m_years.isEmpty() ? QDate::currentDate().year() : m_years.first().year;
    // Label every n-th year, on years that are multiples of n (2020, 2025, ...), at the bar's centre.
    const int offset = ((firstYear % every) == 0) ? 0 : every - firstYear % every;
    for (const QString &existing : m_xAxis->categoriesLabels())
        m_xAxis->remove(existing);
    m_xAxis->setStartValue(-1);
    for (int i = offset; i < count; i += every)
        m_xAxis->append(QString::number(firstYear + i), i);
    m_xAxis->setRange(-0.5, count - 0.5);
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);

    // Exact ticks: whole numbers of events (1, 2, 5, 10...), or round percentages.
    const double minSpacing = metrics.height() * 1.8;
    if (m_shares) {
        double step = 100;
        for (double candidate : {10.0, 20.0, 25.0, 50.0}) {
            if (candidate * plotArea.height() / 100 >= minSpacing) {
                step = candidate;
                break;
            }
        }
        m_top = 100;
        setTicks(m_yAxis, 0, 100, 0, step, [](double value) { return QStringLiteral("%1%").arg(qRound(value)); });
    } else {
        const double total = std::max(1, m_maxTotal);
        const double step = std::max(1.0, ChartBuilder::niceStep(minSpacing * total / std::max(1.0, plotArea.height())));
        m_top = std::ceil(total / step) * step;
        setTicks(m_yAxis, 0, m_top, 0, step, [](double value) { return QString::number(qRound(value)); });
    }
}

std::pair<double, double> ByLevelFigure::segment(int year, int rank) const
{
    const OpennessSeries::YearCounts &counts = m_years.at(year);
    double below = 0;
    for (int r = 0; r < rank; ++r)
        below += counts.counts[static_cast<size_t>(r)];
    double value = counts.counts[static_cast<size_t>(rank)];
    if (m_shares) {
        const double total = std::max(1, counts.total());
        below = below * 100 / total;
        value = value * 100 / total;
    }
    return {below, below + value};
}

void ByLevelFigure::paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style)
{
    m_plot = plotArea.translated(bodyRect().topLeft());
    // Each segment tall and wide enough carries its level's marker: the shape is the second cue
    // for readers who cannot tell the colours apart, as on the timeline.
    const qreal size = style.font.pixelSize() * 0.85;
    const qreal perBar = plotArea.width() / static_cast<qreal>(std::max<qsizetype>(1, m_years.size()));
    if (perBar * barWidth < size * 1.5)
        return;
    painter.setPen(QPen(style.markerOutline, 1.0));
    for (int i = 0; i < m_years.size(); ++i) {
        const qreal centreX = plotArea.left() + (i + 0.5) * perBar;
        for (OpennessLevel level : Openness::allLevels()) {
            const auto [bottom, top] = segment(i, Openness::rank(level));
            const qreal pixels = (top - bottom) / m_top * plotArea.height();
            if (pixels < size * 1.5)
                continue;
            const qreal centreY = plotArea.bottom() - (bottom + top) / 2 / m_top * plotArea.height();
            painter.setBrush(LevelPalette::color(level));
            painter.drawPath(LevelPalette::markerPath(level, QPointF(centreX, centreY), size));
        }
    }
}

QString ByLevelFigure::toolTipAt(QPointF position) const
{
    if (m_years.isEmpty() || !m_plot.contains(position))
        return {};
    const qreal perBar = m_plot.width() / static_cast<qreal>(m_years.size());
    const int i = static_cast<int>((position.x() - m_plot.left()) / perBar);
    if (i < 0 || i >= m_years.size())
        return {};
    const double value = (m_plot.bottom() - position.y()) / m_plot.height() * m_top;
    const OpennessSeries::YearCounts &year = m_years.at(i);
    QStringList lines;
    lines.append(year.total() == 1 ? QCoreApplication::translate("ChartBuilder", "%1: 1 release event").arg(year.year)
                                   : QCoreApplication::translate("ChartBuilder", "%1: %2 release events").arg(year.year).arg(year.total()));
    for (int rank = Openness::levelCount - 1; rank >= 0; --rank) {
        const int count = year.counts[static_cast<size_t>(rank)];
        if (count == 0)
            continue;
        const auto [bottom, top] = segment(i, rank);
        const QString marker = value >= bottom && value < top ? QStringLiteral("▶ ") : QStringLiteral("   ");
        lines.append(marker + QCoreApplication::translate("ChartBuilder", "%1: %2 (%3%)")
                                  .arg(Openness::name(Openness::allLevels().at(rank)))
                                  .arg(count)
                                  .arg(qRound(100.0 * count / std::max(1, year.total()))));
    }
    return lines.join(u'\n');
}

// ---------------------------------------------------------------------------------------------
// time-to-weights

class DelayFigure : public QtChartFigure
{
public:
    DelayFigure(const DatasetPtr &dataset, const QList<int> &indexes);
    QString toolTipAt(QPointF position) const override;

protected:
    void applyStyle(const ChartStyle &style) override;
    QMarginsF margins(const ChartStyle &style) const override;
    void adapt(const QRectF &plotArea, const ChartStyle &style) override;
    void paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style) override;

private:
    QString rowLabel(const OpennessSeries::WeightsDelay &delay) const;

    DatasetPtr m_dataset;
    OpennessSeries::WeightsDelays m_data;
    QList<int> m_rows; // indexes into m_data.delays that fit, in display order
    double m_maxMonths = 1;
    QCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QRectF m_plot;
    qreal m_labelWidth = 0;
};

DelayFigure::DelayFigure(const DatasetPtr &dataset, const QList<int> &indexes)
    : m_dataset(dataset)
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QValueAxis)
{
    const QDate end = dataset->info().updated.isValid() ? dataset->info().updated : QDate::currentDate();
    m_data = OpennessSeries::weightsDelays(*dataset, indexes, end);
    setTitle(QCoreApplication::translate("ChartBuilder", "Time from launch to published weights"));
    QString subtitle = QCoreApplication::translate("ChartBuilder", "Months from a model's launch event to its first weights release, by organization. "
                               "Open bars: weights not published as of %1.")
                           .arg(end.toString(Qt::ISODate));
    if (m_data.publishedAtLaunch == 1)
        subtitle += u' ' + QCoreApplication::translate("ChartBuilder", "Not shown: 1 model whose weights came out at launch.");
    else if (m_data.publishedAtLaunch > 1)
        subtitle += u' ' + QCoreApplication::translate("ChartBuilder", "Not shown: %1 models whose weights came out at launch.").arg(m_data.publishedAtLaunch);
    setSubtitle(subtitle);
    int events = 0;
    QDate first;
    QDate last;
    QSet<int> organizations;
    for (const OpennessSeries::WeightsDelay &delay : std::as_const(m_data.delays)) {
        m_maxMonths = std::max(m_maxMonths, delay.months);
        events += delay.published() ? 2 : 1;
        first = first.isValid() ? std::min(first, delay.launch) : delay.launch;
        last = last.isValid() ? std::max(last, delay.published() ? delay.weights : delay.launch) : (delay.published() ? delay.weights : delay.launch);
        organizations.insert(delay.organizationIndex);
    }
    setExtent(events, first, last);

    QList<int> order(organizations.cbegin(), organizations.cend());
    std::sort(order.begin(), order.end());
    QList<LegendEntry> legend;
    for (int index : order) {
        LegendEntry entry;
        entry.swatch = LegendEntry::Swatch::OrganizationBox;
        entry.organizationIndex = index;
        entry.text = index >= 0 ? dataset->organizations().at(index).name : QCoreApplication::translate("ChartBuilder", "Unknown organization");
        legend.append(entry);
    }
    LegendEntry open;
    open.swatch = LegendEntry::Swatch::OpenBar;
    open.text = QCoreApplication::translate("ChartBuilder", "Weights not published yet");
    legend.append(open);
    setLegend(legend);

    QChart *chart = this->chart();
    m_xAxis->setTitleText(QCoreApplication::translate("ChartBuilder", "Months after launch"));
    m_yAxis->setLabelsVisible(false);
    m_yAxis->setGridLineVisible(false);
    m_yAxis->setLineVisible(false);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    auto *anchor = new QLineSeries; // axes show with a series attached
    chart->addSeries(anchor);
    anchor->attachAxis(m_xAxis);
    anchor->attachAxis(m_yAxis);
}

QString DelayFigure::rowLabel(const OpennessSeries::WeightsDelay &delay) const
{
    return delay.modelName;
}

void DelayFigure::applyStyle(const ChartStyle &style)
{
    QtChartFigure::applyStyle(style);
    m_yAxis->setGridLineVisible(false);
    m_yAxis->setLineVisible(false);
    const QFontMetricsF metrics(style.font);
    m_labelWidth = 0;
    for (const OpennessSeries::WeightsDelay &delay : std::as_const(m_data.delays))
        m_labelWidth = std::max(m_labelWidth, metrics.horizontalAdvance(rowLabel(delay)));
}

QMarginsF DelayFigure::margins(const ChartStyle &style) const
{
    return QMarginsF(std::min(m_labelWidth, bodyRect().width() * 0.3) + style.font.pixelSize(), 0,
                     QFontMetricsF(style.font).horizontalAdvance(QStringLiteral("00.0")) + style.font.pixelSize(), 0);
}

void DelayFigure::adapt(const QRectF &plotArea, const ChartStyle &style)
{
    const QFontMetricsF metrics(style.font);
    // As many rows as fit a line of text each; when there are more models, the longest delays.
    const int fit = std::max(1, static_cast<int>(plotArea.height() / (metrics.height() * 1.25)));
    QList<int> rows;
    for (int i = 0; i < m_data.delays.size(); ++i)
        rows.append(i);
    if (rows.size() > fit) {
        std::stable_sort(rows.begin(), rows.end(),
                         [this](int a, int b) { return m_data.delays.at(a).months > m_data.delays.at(b).months; });
        rows.resize(fit);
        std::sort(rows.begin(), rows.end());
    }
    m_rows = rows;
    m_xAxis->setTitleText(m_rows.size() < m_data.delays.size()
                              ? QCoreApplication::translate("ChartBuilder", "Months after launch (the %1 longest of %2 models)").arg(m_rows.size()).arg(m_data.delays.size())
                              : QCoreApplication::translate("ChartBuilder", "Months after launch"));
    m_yAxis->setRange(0, static_cast<qreal>(std::max<qsizetype>(1, m_rows.size())));

    const double minSpacing = metrics.horizontalAdvance(QStringLiteral("000")) * 2.2;
    const double perPixel = m_maxMonths / std::max(1.0, plotArea.width());
    double step = 120;
    for (double candidate : {1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 36.0, 60.0}) {
        if (candidate >= minSpacing * perPixel) {
            step = candidate;
            break;
        }
    }
    const double top = std::ceil(m_maxMonths / step) * step;
    // Start a little left of zero: Qt Charts hides a label that would stick out of the axis, and
    // the "0" under the bars' common start is the one that matters most.
    const double pad = (metrics.horizontalAdvance(QStringLiteral("0")) / 2 + 2) / std::max(1.0, plotArea.width()) * top;
    setTicks(m_xAxis, -pad, top, 0, step, [](double value) { return QString::number(qRound(value)); });
}

void DelayFigure::paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style)
{
    m_plot = plotArea.translated(bodyRect().topLeft());
    const QFontMetricsF metrics(style.font);
    const double min = m_xAxis->min();
    const double top = m_xAxis->max();
    auto x = [&](double months) { return plotArea.left() + (months - min) / (top - min) * plotArea.width(); };
    const qreal rowHeight = plotArea.height() / static_cast<qreal>(std::max<qsizetype>(1, m_rows.size()));
    painter.setFont(style.font);
    for (int row = 0; row < m_rows.size(); ++row) {
        const OpennessSeries::WeightsDelay &delay = m_data.delays.at(m_rows.at(row));
        const qreal centreY = plotArea.top() + (row + 0.5) * rowHeight;
        const qreal barHeight = std::min(rowHeight * 0.7, metrics.height() * 1.1);
        const qreal right = x(delay.months);
        const QRectF bar(x(0), centreY - barHeight / 2, std::max<qreal>(1.0, right - x(0)), barHeight);
        const QColor color = style.organizationColor(delay.organizationIndex);
        if (delay.published()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRect(bar);
        } else {
            // Still closed: an open-ended bar, pale and dashed, with an arrowhead at "as of".
            painter.setBrush(FigureStyle::openBarBrush(color));
            painter.setPen(FigureStyle::openBarPen(style, color));
            painter.drawRect(bar);
            QPolygonF arrow;
            arrow << QPointF(bar.right(), bar.top() - barHeight * 0.15) << QPointF(bar.right() + barHeight * 0.5, centreY)
                  << QPointF(bar.right(), bar.bottom() + barHeight * 0.15);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawPolygon(arrow);
        }
        painter.setPen(style.text);
        const QString label = metrics.elidedText(rowLabel(delay), Qt::ElideRight, plotArea.left() - style.font.pixelSize());
        painter.drawText(QRectF(0, centreY - rowHeight, plotArea.left() - style.font.pixelSize() * 0.6, rowHeight * 2),
                         Qt::AlignRight | Qt::AlignVCenter, label);
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(bar.right() + barHeight * (delay.published() ? 0.3 : 0.8), centreY - rowHeight,
                                metrics.horizontalAdvance(QStringLiteral("000.0")) + 4, rowHeight * 2),
                         Qt::AlignLeft | Qt::AlignVCenter, months(delay.months));
    }
    if (m_rows.isEmpty()) {
        painter.setPen(style.mutedText);
        painter.drawText(plotArea, Qt::AlignCenter, QCoreApplication::translate("ChartBuilder", "No model among the events shown published its weights after launch."));
    }
}

QString DelayFigure::toolTipAt(QPointF position) const
{
    if (m_rows.isEmpty() || position.y() < m_plot.top() || position.y() >= m_plot.bottom())
        return {};
    const int row = static_cast<int>((position.y() - m_plot.top()) / (m_plot.height() / static_cast<qreal>(m_rows.size())));
    if (row < 0 || row >= m_rows.size())
        return {};
    const OpennessSeries::WeightsDelay &delay = m_data.delays.at(m_rows.at(row));
    const QString organization = delay.organizationIndex >= 0 ? m_dataset->organizations().at(delay.organizationIndex).name : QString();
    if (delay.published())
        return QCoreApplication::translate("ChartBuilder", "%1 (%2)\nlaunched %3, weights %4: %5 months")
            .arg(delay.modelName, organization, delay.launch.toString(Qt::ISODate), delay.weights.toString(Qt::ISODate),
                 months(delay.months));
    return QCoreApplication::translate("ChartBuilder", "%1 (%2)\nlaunched %3, no weights as of %4: %5 months so far")
        .arg(delay.modelName, organization, delay.launch.toString(Qt::ISODate), m_data.end.toString(Qt::ISODate),
             months(delay.months));
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

QHash<QString, int> releaseCounts(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    std::array<int, Openness::levelCount> levels{};
    QHash<QString, int> organizations;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        if (!OpennessSeries::counts(release))
            continue;
        ++levels[static_cast<size_t>(Openness::rank(release.level))];
        if (const Model *model = dataset.modelOf(release))
            ++organizations[model->organizationId];
    }
    QHash<QString, int> result;
    for (OpennessLevel level : Openness::allLevels())
        result.insert(levelSeriesName(level), levels[static_cast<size_t>(Openness::rank(level))]);
    for (auto it = organizations.cbegin(); it != organizations.cend(); ++it)
        result.insert(organizationSeriesName(it.key()), it.value());
    return result;
}

double xValue(QDate date)
{
    return date.year() + (date.dayOfYear() - 1) / static_cast<double>(date.daysInYear());
}

double niceStep(double minimum)
{
    if (!(minimum > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(minimum)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= minimum - 1e-12)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QList<Kind> kinds()
{
    return {Kind::OpennessOverTime, Kind::ReleasesByLevel, Kind::TimeToWeights, Kind::Timeline};
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::OpennessOverTime:
        return QStringLiteral("openness-over-time");
    case Kind::ReleasesByLevel:
        return QStringLiteral("releases-by-level");
    case Kind::TimeToWeights:
        return QStringLiteral("time-to-weights");
    case Kind::Timeline:
        return QStringLiteral("timeline");
    }
    return {};
}

std::optional<Kind> fromName(QStringView text)
{
    if (text == u"levels-by-year")
        return Kind::ReleasesByLevel;
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
        return QCoreApplication::translate("ChartBuilder", "Openness over time");
    case Kind::ReleasesByLevel:
        return QCoreApplication::translate("ChartBuilder", "Release events by level");
    case Kind::TimeToWeights:
        return QCoreApplication::translate("ChartBuilder", "Time to weights");
    case Kind::Timeline:
        return QCoreApplication::translate("ChartBuilder", "Timeline");
    }
    return {};
}

QString description(Kind kind)
{
    switch (kind) {
    case Kind::OpennessOverTime:
        return QCoreApplication::translate("ChartBuilder", "per organization, the most open level released so far, with a marker at each release "
                       "event (default)");
    case Kind::ReleasesByLevel:
        return QCoreApplication::translate("ChartBuilder", "release events per year, stacked by openness level (alias: levels-by-year)");
    case Kind::TimeToWeights:
        return QCoreApplication::translate("ChartBuilder", "per model, the months from launch to published weights, by organization");
    case Kind::Timeline:
        return QCoreApplication::translate("ChartBuilder", "the timeline view (from the window's export dialog)");
    }
    return {};
}

std::unique_ptr<ChartFigure> build(Kind kind, const DatasetPtr &dataset, const QList<int> &releaseIndexes,
                                   const Options &options)
{
    if (!dataset)
        return nullptr;
    std::unique_ptr<ChartFigure> figure;
    switch (kind) {
    case Kind::OpennessOverTime:
        figure = std::make_unique<OverTimeFigure>(dataset, releaseIndexes, options.perModel);
        break;
    case Kind::ReleasesByLevel:
        figure = std::make_unique<ByLevelFigure>(dataset, releaseIndexes, options.shares);
        break;
    case Kind::TimeToWeights:
        figure = std::make_unique<DelayFigure>(dataset, releaseIndexes);
        break;
    case Kind::Timeline:
        return nullptr;
    }
    if (kind != Kind::TimeToWeights)
        figure->setShownCounts(releaseCounts(*dataset, releaseIndexes));
    return figure;
}

std::unique_ptr<ChartFigure> timelineFigure(const std::function<void(QPainter &, const QRectF &, const ChartStyle &)> &painter,
                                            const Dataset &dataset, const QList<int> &releaseIndexes)
{
    auto figure = std::make_unique<PainterFigure>(painter);
    figure->setTitle(QCoreApplication::translate("ChartBuilder", "Timeline of AI model release events by openness level"));
    figure->setSubtitle(QCoreApplication::translate("ChartBuilder", "Every event that passes the filter, announcements and "
                                                                    "retirements included, one lane per organization."));
    QDate first;
    QDate last;
    for (int index : releaseIndexes) {
        const QDate date = dataset.releases().at(index).date;
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    }
    figure->setExtent(static_cast<int>(releaseIndexes.size()), first, last);
    // The timeline draws its own legend of levels and event kinds.
    return figure;
}

} // namespace ChartBuilder
