#ifndef TIMELINEPAINTER_H
#define TIMELINEPAINTER_H

#include "TimeScale.h"
#include "TimelineLayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSizeF>

#include <functional>

class QPainter;
class TimelineContent;

// Draws the timeline: lane headers, corporate-stage bands, the date axis, a today line, markers
// (colour and shape by openness level, a glyph per event kind), labels, clusters and a legend.
// One painter for the screen and for export (PNG, SVG, PDF), so they cannot drift apart. It
// draws what TimelineLayout placed, culled to what is in view; sizes come from the font and
// colours from the palette, so it is right in dark palettes and at any scale.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    // Sizes derived from the font.
    struct Metrics {
        TimelineLayout::Metrics layout;
        QFont font;
        QFont smallFont;
        qreal em = 0;
        qreal axisHeight = 0;
        qreal tickSpacing = 0;
        qreal minHeaderWidth = 0;
        qreal maxHeaderWidth = 0;

        static Metrics fromFont(const QFont &font);
    };

    // Where the parts go in a target of some size.
    struct Frame {
        QSizeF size;
        qreal headerWidth = 0;
        qreal axisHeight = 0;
        qreal legendHeight = 0;
        bool compactLegend = false; // short words (see frame())
        QRectF timeArea() const
        {
            return {headerWidth, axisHeight, size.width() - headerWidth, size.height() - axisHeight - legendHeight};
        }
    };

    // What the screen keeps from one frame to the next: label texts laid out once (QStaticText)
    // and marker images at the screen's pixel ratio. The owner clears it when the events, the
    // font or the palette change. Export paints without one, so vector files get vector shapes.
    struct Cache {
        QHash<int, std::pair<qreal, QStaticText>> labels; // by event, with the width it fits
        QHash<QString, QStaticText> texts;
        QHash<quint64, QPixmap> markers;
        void clear()
        {
            labels.clear();
            texts.clear();
            markers.clear();
        }
    };

    // What only the screen shows.
    struct Interaction {
        Cache *cache = nullptr;
        qreal scrollY = 0;
        int currentEvent = -1;
        std::function<bool(int)> isSelected; // by event
        bool hasFocus = false;
        int hoveredLane = -1;
        int hoveredCluster = -1;
    };

    TimelinePainter(const Metrics &metrics, const TimelineContent &content, const TimelineLayout &layout,
                    const TimeScale &scale, const QPalette &palette);

    static Frame frame(const Metrics &metrics, const TimelineContent &content, QSizeF size);
    static qreal legendHeight(const Metrics &metrics, qreal width, bool compact);

    void paint(QPainter &painter, const Frame &frame, const Interaction &interaction) const;
    void paint(QPainter &painter, const Frame &frame) const { paint(painter, frame, Interaction()); }

    // The axis ticks for a scale: the finest interval whose labels do not collide.
    static QList<TimeScale::Tick> axisTicks(const Metrics &metrics, const TimeScale &scale);
    // "+12", "+1.2k", "+34k": the count on a cluster glyph.
    static QString clusterText(int count);

private:
    struct Colors;
    void drawLabel(QPainter &painter, const QRectF &rect, int event, bool elide, Cache *cache) const;
    void drawCachedMarker(QPainter &painter, const QPainterPath &shape, QPointF center, int level, int kind,
                          bool unconfirmed, const QColor &outline, Cache *cache) const;
    void paintLanes(QPainter &painter, const Frame &frame, const Interaction &interaction,
                    const QList<TimeScale::Tick> &ticks, const Colors &colors) const;
    void paintEvents(QPainter &painter, const Frame &frame, const Interaction &interaction, const Colors &colors) const;
    void paintHeaders(QPainter &painter, const Frame &frame, const Interaction &interaction, const Colors &colors) const;
    void paintAxis(QPainter &painter, const Frame &frame, const QList<TimeScale::Tick> &ticks, const Colors &colors) const;
    void paintLegend(QPainter &painter, const Frame &frame, const Colors &colors) const;
    void paintEmpty(QPainter &painter, const Frame &frame, const Colors &colors) const;

    const Metrics &m_metrics;
    const TimelineContent &m_content;
    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    QPalette m_palette;
};

#endif // TIMELINEPAINTER_H
