#include "ChartFigure.h"

#include "LevelPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int textFlags = Qt::TextWordWrap;

// Height of text wrapped to width.
qreal wrappedHeight(const QFont &font, const QString &text, qreal width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), textFlags, text).height();
}

void drawSwatch(QPainter &painter, const LegendEntry &entry, const QRectF &box, const ChartStyle &style)
{
    painter.save();
    const QPointF left(box.left(), box.center().y());
    const QPointF right(box.right(), box.center().y());
    switch (entry.swatch) {
    case LegendEntry::Swatch::Level: {
        const qreal size = box.height();
        painter.setPen(QPen(style.markerOutline, 1.0));
        painter.setBrush(LevelPalette::color(entry.level));
        painter.drawPath(LevelPalette::markerPath(entry.level, box.center(), size));
        break;
    }
    case LegendEntry::Swatch::OrganizationLine:
        painter.setPen(style.organizationPen(entry.organizationIndex));
        painter.drawLine(left, right);
        break;
    case LegendEntry::Swatch::OtherLine:
        painter.setPen(FigureStyle::otherOrganizationPen(style));
        painter.drawLine(left, right);
        break;
    case LegendEntry::Swatch::OrganizationBox:
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.organizationColor(entry.organizationIndex));
        painter.drawRect(box.adjusted(0, box.height() * 0.15, 0, -box.height() * 0.15));
        break;
    case LegendEntry::Swatch::OpenBar:
        painter.setPen(FigureStyle::openBarPen(style, style.mutedText));
        painter.setBrush(FigureStyle::openBarBrush(style.mutedText));
        painter.drawRect(box.adjusted(0.5, box.height() * 0.15, -0.5, -box.height() * 0.15));
        break;
    }
    painter.restore();
}

} // namespace

namespace FigureStyle {

QPen otherOrganizationPen(const ChartStyle &style)
{
    QColor color = style.mutedText;
    color.setAlphaF(0.6f);
    return QPen(color, style.lineWidth * 0.8);
}

QPen openBarPen(const ChartStyle &style, const QColor &color)
{
    return QPen(color, style.lineWidth * 0.75, Qt::DashLine);
}

QBrush openBarBrush(const QColor &color)
{
    QColor fill = color;
    fill.setAlphaF(0.22f);
    return fill;
}

} // namespace FigureStyle

ChartFigure::~ChartFigure() = default;

void ChartFigure::setExtent(int events, QDate first, QDate last)
{
    m_eventsShown = events;
    m_first = first;
    m_last = last;
}

QString ChartFigure::toolTipAt(QPointF) const
{
    return {};
}

QString ChartFigure::hiddenTextAt(QPointF position) const
{
    return m_subtitleHidden && m_titleRect.contains(position) ? m_subtitle : QString();
}

int ChartFigure::releaseAt(QPointF) const
{
    return -1;
}

qreal ChartFigure::paintLegend(QPainter *painter, const QRectF &area, const ChartStyle &style, bool measureOnly)
{
    // Entries flow left to right in rows, each row centred; an entry never shares its space.
    if (m_legend.isEmpty())
        return 0;
    const QFontMetricsF metrics(style.font);
    const qreal swatchWidth = style.font.pixelSize() * (1.0 + 0.6);
    const qreal swatchGap = style.font.pixelSize() * 0.4;
    const qreal entryGap = style.font.pixelSize() * 1.4;
    const qreal rowHeight = metrics.height() * 1.35;

    struct Placed {
        int entry;
        qreal width;
    };
    QList<QList<Placed>> rows(1);
    qreal rowWidth = 0;
    for (int i = 0; i < m_legend.size(); ++i) {
        const qreal textWidth = std::min(metrics.horizontalAdvance(m_legend.at(i).text), area.width() - swatchWidth - swatchGap);
        const qreal width = swatchWidth + swatchGap + textWidth;
        const qreal needed = rows.last().isEmpty() ? width : rowWidth + entryGap + width;
        if (!rows.last().isEmpty() && needed > area.width()) {
            rows.append(QList<Placed>());
            rowWidth = width;
        } else {
            rowWidth = needed;
        }
        rows.last().append({i, width});
    }
    const qreal height = static_cast<qreal>(rows.size()) * rowHeight;
    if (measureOnly || !painter)
        return height;

    m_legendRects.clear();
    painter->save();
    painter->setFont(style.font);
    qreal y = area.top();
    for (const QList<Placed> &row : rows) {
        qreal width = 0;
        for (const Placed &placed : row)
            width += placed.width;
        width += entryGap * static_cast<qreal>(row.size() - 1);
        qreal x = area.left() + (area.width() - width) / 2;
        for (const Placed &placed : row) {
            const LegendEntry &entry = m_legend.at(placed.entry);
            const qreal swatchHeight = metrics.ascent() * 0.95;
            const bool marker = entry.swatch == LegendEntry::Swatch::Level;
            const QRectF swatch(marker ? x + (swatchWidth - swatchHeight) / 2 : x, y + (rowHeight - swatchHeight) / 2,
                                marker ? swatchHeight : swatchWidth, swatchHeight);
            drawSwatch(*painter, entry, swatch, style);
            const QRectF textRect(x + swatchWidth + swatchGap, y, placed.width - swatchWidth - swatchGap, rowHeight);
            painter->setPen(style.text);
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(entry.text, Qt::ElideRight, textRect.width() + 0.5));
            m_legendRects.append(QRectF(x, y, placed.width, rowHeight));
            x += placed.width + entryGap;
        }
        y += rowHeight;
    }
    painter->restore();
    return height;
}

void ChartFigure::paint(QPainter &painter, const QRectF &rect, const ChartStyle &style, const QString &caption,
                        Target target)
{
    const qreal unit = style.font.pixelSize();
    const QRectF inner = rect.adjusted(unit, unit * 0.8, -unit, -unit * 0.8);
    const QFont titleFont = style.titleFont();
    const QFont smallFont = style.smallFont();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, style.background);

    // Title and subtitle on top, legend and caption at the bottom, all wrapped to the width;
    // the plot takes what is left, so nothing is ever clipped or drawn over another. On a short
    // screen the subtitle gives way before the plot, axes included, shrinks below
    // minimumBodyUnits.
    const qreal titleHeight = wrappedHeight(titleFont, m_title, inner.width());
    const qreal titleSpace = titleHeight > 0 ? titleHeight + unit * 0.2 : 0;
    const qreal captionHeight = wrappedHeight(smallFont, caption, inner.width());
    const qreal captionSpace = captionHeight > 0 ? captionHeight + unit * 0.5 : 0;
    const qreal legendHeight = paintLegend(nullptr, inner, style, true);
    const qreal legendSpace = legendHeight > 0 ? legendHeight + unit * 0.3 : 0;
    qreal subtitleHeight = wrappedHeight(smallFont, m_subtitle, inner.width());
    const qreal fixedSpace = titleSpace + unit * 0.4 + captionSpace + legendSpace;
    m_subtitleHidden = target == Target::Screen && subtitleHeight > 0 && inner.height() - fixedSpace - subtitleHeight < unit * minimumBodyUnits;
    if (m_subtitleHidden)
        subtitleHeight = 0;

    qreal top = inner.top();
    m_titleRect = QRectF(inner.left(), top, inner.width(), titleHeight);
    if (titleHeight > 0) {
        painter.setFont(titleFont);
        painter.setPen(style.text);
        painter.drawText(m_titleRect, Qt::AlignHCenter | textFlags, m_title);
        top += titleSpace;
    }
    if (subtitleHeight > 0) {
        painter.setFont(smallFont);
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(inner.left(), top, inner.width(), subtitleHeight), Qt::AlignHCenter | textFlags, m_subtitle);
        top += subtitleHeight;
    }
    top += unit * 0.4;

    qreal bottom = inner.bottom();
    if (captionHeight > 0) {
        painter.setFont(smallFont);
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(inner.left(), bottom - captionHeight, inner.width(), captionHeight),
                         Qt::AlignLeft | textFlags, caption);
        bottom -= captionSpace;
    }
    if (legendHeight > 0) {
        paintLegend(&painter, QRectF(inner.left(), bottom - legendHeight, inner.width(), legendHeight), style, false);
        bottom -= legendSpace;
    } else {
        m_legendRects.clear();
    }

    m_bodyRect = QRectF(inner.left(), top, inner.width(), std::max<qreal>(unit * 4, bottom - top));
    painter.save();
    painter.setClipRect(m_bodyRect.adjusted(-unit, 0, unit, 0));
    paintBody(painter, m_bodyRect, style);
    painter.restore();
    painter.restore();
}

QtChartFigure::QtChartFigure()
    : m_scene(std::make_unique<QGraphicsScene>())
    , m_chart(new QChart)
{
    m_scene->addItem(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
}

QtChartFigure::~QtChartFigure() = default;

QRectF QtChartFigure::plotArea() const
{
    return m_chart->plotArea().translated(m_bodyOrigin);
}

void QtChartFigure::applyStyle(const ChartStyle &style)
{
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(style.font);
        axis->setLabelsColor(style.text);
        axis->setTitleFont(style.font);
        axis->setTitleBrush(style.mutedText);
        axis->setGridLineColor(style.grid);
        axis->setLinePen(QPen(style.axisLine, 1.0));
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
}

QMarginsF QtChartFigure::margins(const ChartStyle &) const
{
    return {};
}

void QtChartFigure::adapt(const QRectF &, const ChartStyle &)
{
}

void QtChartFigure::paintOverlay(QPainter &, const QRectF &, const ChartStyle &)
{
}

void QtChartFigure::paintBody(QPainter &painter, const QRectF &rect, const ChartStyle &style)
{
    applyStyle(style);
    // Room above the plot for the top tick's label, and right of it for the last one's.
    const QFontMetricsF metrics(style.font);
    const QMarginsF extra = margins(style) + QMarginsF(0, metrics.height() * 0.6, metrics.horizontalAdvance(u"0000"_s) * 0.5, 0);
    m_chart->setMargins(extra.toMargins());
    m_chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    // Lay out now, not when the event loop gets to it: the export has no event loop turn between
    // sizing and painting. Ticks depend on the plot's size, and their labels on the plot's size
    // again (a wider label narrows the plot): two rounds settle it.
    for (int round = 0; round < 2; ++round) {
        m_chart->layout()->invalidate();
        m_chart->layout()->activate();
        adapt(m_chart->plotArea(), style);
    }
    m_chart->layout()->invalidate();
    m_chart->layout()->activate();
    m_scene->setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    m_bodyOrigin = rect.topLeft();
    m_scene->render(&painter, rect, QRectF(QPointF(0, 0), rect.size()), Qt::IgnoreAspectRatio);
    painter.save();
    painter.translate(rect.topLeft());
    paintOverlay(painter, m_chart->plotArea(), style);
    painter.restore();
}

PainterFigure::PainterFigure(Painter painter)
    : m_painter(std::move(painter))
{
}

void PainterFigure::paintBody(QPainter &painter, const QRectF &rect, const ChartStyle &style)
{
    if (m_painter)
        m_painter(painter, rect, style);
}
