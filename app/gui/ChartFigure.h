#ifndef CHARTFIGURE_H
#define CHARTFIGURE_H

#include "ChartStyle.h"
#include "OpennessLevel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QBrush>
#include <QPen>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QChart;
class QGraphicsScene;
class QPainter;

// One entry of a figure's legend: a swatch drawn like the thing it names (a level's marker, an
// organization's line or bar, an open-ended bar) and its label. Swatches take their colours from
// the style the figure is painted with, so the legend matches the plot in every theme.
struct LegendEntry {
    enum class Swatch { Level, OrganizationLine, OtherLine, OrganizationBox, OpenBar };
    Swatch swatch = Swatch::Level;
    OpennessLevel level = OpennessLevel::Closed; // for Level
    int organizationIndex = -1;                  // for OrganizationLine and OrganizationBox
    QString text;
};

// The pens and brushes shared by plots and their legends.
namespace FigureStyle {
QPen otherOrganizationPen(const ChartStyle &style);
QPen openBarPen(const ChartStyle &style, const QColor &color);
QBrush openBarBrush(const QColor &color);
} // namespace FigureStyle

// A chart as it is published: title, a line saying what it counts, the plot, the legend and the
// caption, laid out for any size from a phone-sized 320 pixels high to a 4000-pixel-wide poster.
// Window and export draw it through paint(), so what is on screen is what is exported. The plot
// itself comes from a subclass: a Qt Charts QChart (QtChartFigure) or any painter (PainterFigure,
// which the timeline uses).
class ChartFigure
{
public:
    virtual ~ChartFigure();

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QString subtitle() const { return m_subtitle; }
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }
    const QList<LegendEntry> &legend() const { return m_legend; }
    void setLegend(const QList<LegendEntry> &legend) { m_legend = legend; }

    // What the figure shows, for the caption: how many events and their date range.
    int eventsShown() const { return m_eventsShown; }
    // False when what the figure shows does not depend on the window's filter (licenses picked
    // by hand): its caption then names no filter.
    bool followsFilter() const { return m_followsFilter; }
    void setFollowsFilter(bool follows) { m_followsFilter = follows; }
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    void setExtent(int events, QDate first, QDate last);
    // How many events of a level ("level:<id>") or organization ("organization:<id>") the
    // figure shows; -1 for a key it has none of.
    int shownCount(const QString &key) const { return m_shownCounts.value(key, -1); }
    void setShownCounts(const QHash<QString, int> &counts) { m_shownCounts = counts; }

    // Paints everything into rect (in the painter's coordinates, which are the layout's units).
    // On screen (Target::Screen) a short figure leaves its subtitle to a tooltip over the title
    // (hiddenTextAt()) rather than shrink the plot; an exported image keeps it, since it has to
    // explain itself.
    enum class Target { Export, Screen };
    void paint(QPainter &painter, const QRectF &rect, const ChartStyle &style, const QString &caption,
               Target target = Target::Export);

    // Where the plot went in the last paint(), and what is under a point of it (for the window).
    QRectF bodyRect() const { return m_bodyRect; }
    virtual QString toolTipAt(QPointF position) const;
    virtual int releaseAt(QPointF position) const; // dataset index, or -1
    // The subtitle, over the title, when the last paint() on screen had no room for it; or nothing.
    QString hiddenTextAt(QPointF position) const;
    bool subtitleHidden() const { return m_subtitleHidden; }
    // The height, in font sizes, the plot and its axes keep before the subtitle gives way.
    static constexpr qreal minimumBodyUnits = 14;

    // The legend's entry rectangles in the last paint(), for tests of overlap.
    const QList<QRectF> &legendRects() const { return m_legendRects; }

protected:
    virtual void paintBody(QPainter &painter, const QRectF &rect, const ChartStyle &style) = 0;

private:
    qreal paintLegend(QPainter *painter, const QRectF &area, const ChartStyle &style, bool measureOnly);

    QString m_title;
    QString m_subtitle;
    QList<LegendEntry> m_legend;
    int m_eventsShown = 0;
    bool m_followsFilter = true;
    QDate m_first;
    QDate m_last;
    QHash<QString, int> m_shownCounts;
    QRectF m_bodyRect;
    QRectF m_titleRect;
    bool m_subtitleHidden = false;
    QList<QRectF> m_legendRects;
};

// A figure whose plot is a Qt Charts chart. The chart's own title and legend are hidden (the
// figure draws them); subclasses style the chart for a theme, choose ticks once the plot area is
// known, and may draw over the plot (markers of the levels' own shapes, which QScatterSeries
// cannot draw).
class QtChartFigure : public ChartFigure
{
public:
    QtChartFigure();
    ~QtChartFigure() override;

    QChart *chart() const { return m_chart; }
    QRectF plotArea() const; // in the figure's coordinates, after paint()

protected:
    void paintBody(QPainter &painter, const QRectF &rect, const ChartStyle &style) override;
    virtual void applyStyle(const ChartStyle &style);
    // Extra room around the plot, e.g. for labels the overlay draws.
    virtual QMarginsF margins(const ChartStyle &style) const;
    virtual void adapt(const QRectF &plotArea, const ChartStyle &style);
    virtual void paintOverlay(QPainter &painter, const QRectF &plotArea, const ChartStyle &style);

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart *m_chart; // owned by the scene
    QPointF m_bodyOrigin;
};

// A figure whose plot is drawn by a function.
class PainterFigure : public ChartFigure
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &, const ChartStyle &)>;
    explicit PainterFigure(Painter painter);

protected:
    void paintBody(QPainter &painter, const QRectF &rect, const ChartStyle &style) override;

private:
    Painter m_painter;
};

#endif // CHARTFIGURE_H
