#include "TimelinePainter.h"

#include "LevelPalette.h"
#include "OpennessLevel.h"
#include "TimelineContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPaintDevice>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

// A lane's event count as the language writes it (12,345; 12.345; 12 345).
QString laneCount(int count)
{
    return QLocale().toString(count);
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const float t = static_cast<float>(std::clamp<qreal>(amountOfB, 0, 1));
    return QColor::fromRgbF(a.redF() * (1.0f - t) + b.redF() * t, a.greenF() * (1.0f - t) + b.greenF() * t,
                            a.blueF() * (1.0f - t) + b.blueF() * t);
}

QColor levelColor(int level)
{
    return level >= 0 && level < Openness::levelCount ? LevelPalette::color(static_cast<OpennessLevel>(level))
                                                      : LevelPalette::unknownColor();
}

QPainterPath levelPath(int level, QPointF center, qreal size)
{
    return level >= 0 && level < Openness::levelCount ? LevelPalette::markerPath(static_cast<OpennessLevel>(level), center, size)
                                                      : LevelPalette::unknownMarkerPath(center, size);
}

// The marker of one event: its level's colour and shape, with the event kind as a second glyph
// (announcements hollow, license changes ringed, retirements struck through) and unconfirmed
// facts pale with a dashed outline.
void drawMarker(QPainter &painter, const QPainterPath &shape, QPointF center, qreal size, const QColor &color,
                TimelineContent::Kind kind, bool unconfirmed, const QColor &outline)
{
    using Kind = TimelineContent::Kind;
    painter.translate(center);
    QColor fill = color;
    if (unconfirmed)
        fill.setAlphaF(0.45f);
    if (kind == Kind::Announcement) {
        painter.setPen(QPen(color, std::max<qreal>(1.5, size / 7), unconfirmed ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(QPen(outline, unconfirmed ? 1.2 : 1.0, unconfirmed ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(fill);
    }
    painter.drawPath(shape);
    const qreal r = size / 2;
    if (kind == Kind::LicenseChange) {
        painter.setPen(QPen(outline, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(0, 0), r + 2.5, r + 2.5);
    } else if (kind == Kind::Retirement) {
        painter.setPen(QPen(outline, std::max<qreal>(1.5, size / 8)));
        painter.drawLine(QPointF(-r - 1, r + 1), QPointF(r + 1, -r - 1));
    }
    painter.translate(-center);
}

enum class LegendGlyph { Level, Unknown, Announcement, LicenseChange, Retirement, Unconfirmed, Cluster, Stage, BeforeFirstStage, Today };

struct LegendEntry {
    LegendGlyph glyph;
    int level = -1;
    QString text;
};

// What each glyph after the levels' means, in a sentence and in short words (for a view too short
// to give the sentences their lines; the glyph beside each says the rest).
struct LegendText {
    LegendGlyph glyph;
    const char *full;
    const char *compact;
};
constexpr LegendText legendTexts[] = {
    {LegendGlyph::Announcement, QT_TRANSLATE_NOOP("TimelinePainter", "announcement (hollow)"),
     QT_TRANSLATE_NOOP("TimelinePainter", "announced")},
    {LegendGlyph::LicenseChange, QT_TRANSLATE_NOOP("TimelinePainter", "license change (ringed)"),
     QT_TRANSLATE_NOOP("TimelinePainter", "license change")},
    {LegendGlyph::Retirement, QT_TRANSLATE_NOOP("TimelinePainter", "retired (struck through)"),
     QT_TRANSLATE_NOOP("TimelinePainter", "retired")},
    {LegendGlyph::Unconfirmed, QT_TRANSLATE_NOOP("TimelinePainter", "unconfirmed (pale, dashed)"),
     QT_TRANSLATE_NOOP("TimelinePainter", "unconfirmed")},
    {LegendGlyph::Cluster, QT_TRANSLATE_NOOP("TimelinePainter", "N events here: click to zoom"),
     QT_TRANSLATE_NOOP("TimelinePainter", "click to zoom")},
    {LegendGlyph::Stage, QT_TRANSLATE_NOOP("TimelinePainter", "corporate stage"),
     QT_TRANSLATE_NOOP("TimelinePainter", "stage")},
    {LegendGlyph::BeforeFirstStage, QT_TRANSLATE_NOOP("TimelinePainter", "before the first recorded stage"),
     QT_TRANSLATE_NOOP("TimelinePainter", "no stage yet")},
    {LegendGlyph::Today, QT_TRANSLATE_NOOP("TimelinePainter", "today"), QT_TRANSLATE_NOOP("TimelinePainter", "today")},
};

QList<LegendEntry> legendEntries(bool compact)
{
    QList<LegendEntry> entries;
    for (OpennessLevel level : Openness::allLevels())
        entries.append({LegendGlyph::Level, Openness::rank(level), compact ? Openness::shortName(level) : Openness::name(level)});
    for (const LegendText &text : legendTexts)
        entries.append({text.glyph, -1, QCoreApplication::translate("TimelinePainter", compact ? text.compact : text.full)});
    return entries;
}

} // namespace

struct TimelinePainter::Colors {
    explicit Colors(const QPalette &pal)
        : base(pal.color(QPalette::Base))
        , text(pal.color(QPalette::Text))
        , window(pal.color(QPalette::Window))
        , windowText(pal.color(QPalette::WindowText))
        , highlight(pal.color(QPalette::Highlight))
        , highlightedText(pal.color(QPalette::HighlightedText))
        , link(pal.color(QPalette::Link))
    {
        // AlternateBase often equals Base in custom dark palettes; a touch of Text always shows.
        alternate = pal.color(QPalette::AlternateBase) != base ? pal.color(QPalette::AlternateBase) : mix(base, text, 0.04);
        separator = mix(base, text, 0.18);
        grid = mix(base, text, 0.08);
        outline = mix(text, base, 0.25);
        dimText = mix(text, base, 0.4);
        clusterFill = mix(base, text, 0.12);
        clusterOutline = mix(base, text, 0.45);
    }
    QColor base, text, window, windowText, highlight, highlightedText, link;
    QColor alternate, separator, grid, outline, dimText, clusterFill, clusterOutline;
};

TimelinePainter::Metrics TimelinePainter::Metrics::fromFont(const QFont &font)
{
    Metrics m;
    // Pixel sizes, resolved once for the screen: every size here is in layout pixels, and a
    // point size would grow with the target's resolution (a 1200 dpi PDF writer).
    m.font = font;
    m.font.setPixelSize(std::max(1, QFontInfo(font).pixelSize()));
    const QFontMetricsF fm(m.font);
    m.em = fm.height();
    m.smallFont = m.font;
    m.smallFont.setPixelSize(std::max(6, qRound(m.font.pixelSize() * 0.85)));
    const QFontMetricsF small(m.smallFont);
    TimelineLayout::Metrics &l = m.layout;
    // Even sizes keep symmetric shapes crisp at 1x.
    l.markerSize = std::max<qreal>(8, 2 * std::round(m.em * 0.42));
    l.rowHeight = std::round(std::max(l.markerSize, m.em) + m.em * 0.35);
    l.labelGap = std::round(m.em * 0.3);
    l.labelSpacing = std::round(m.em * 0.6);
    l.markerSpacing = 2;
    l.minLabelWidth = std::round(m.em * 1.5);
    l.maxLabelWidth = std::round(m.em * 12);
    l.laneTopPadding = std::ceil(small.height() + 2);
    l.laneBottomPadding = std::round(m.em * 0.35);
    // Wide enough for "+12k" in the small font between the insets of half a marker.
    l.clusterWidth = std::ceil(small.horizontalAdvance(QStringLiteral("+12k")) + l.markerSize + m.em * 0.5);
    l.maxSubRows = 5;
    m.axisHeight = std::round(m.em * 1.7);
    m.tickSpacing = m.em;
    m.minHeaderWidth = std::ceil(m.em * 5);
    m.maxHeaderWidth = std::ceil(m.em * 14); // "Others (368 organizations)" and its count
    return m;
}

TimelinePainter::TimelinePainter(const Metrics &metrics, const TimelineContent &content, const TimelineLayout &layout,
                                 const TimeScale &scale, const QPalette &palette)
    : m_metrics(metrics)
    , m_content(content)
    , m_layout(layout)
    , m_scale(scale)
    , m_palette(palette)
{
}

TimelinePainter::Frame TimelinePainter::frame(const Metrics &metrics, const TimelineContent &content, QSizeF size)
{
    Frame f;
    f.size = size;
    const QFontMetricsF fm(metrics.font);
    const QFontMetricsF small(metrics.smallFont);
    // Room for the disclosure arrow, the name and the event count.
    qreal widest = 0;
    for (const TimelineContent::ShownLane &lane : content.shownLanes())
        widest = std::max(widest, fm.horizontalAdvance(lane.name) + small.horizontalAdvance(laneCount(lane.eventCount)));
    f.headerWidth = std::ceil(std::clamp(widest + metrics.em * 2.5, metrics.minHeaderWidth, metrics.maxHeaderWidth));
    f.axisHeight = metrics.axisHeight;
    // A legend that would take more than a fifth of the height says the same in short words.
    f.legendHeight = legendHeight(metrics, size.width(), false);
    if (f.legendHeight > size.height() / 5) {
        f.compactLegend = true;
        f.legendHeight = legendHeight(metrics, size.width(), true);
    }
    return f;
}

// The legend is a strip along the bottom, wrapped to as many lines as the width needs.
qreal TimelinePainter::legendHeight(const Metrics &metrics, qreal width, bool compact)
{
    const QFontMetricsF fm(metrics.font);
    const qreal padding = metrics.em * 0.5;
    const qreal available = std::max<qreal>(width - 2 * padding, metrics.em * 4);
    const qreal glyph = metrics.layout.markerSize * 1.6;
    qreal x = 0;
    int lines = 1;
    for (const LegendEntry &entry : legendEntries(compact)) {
        const qreal w = glyph + metrics.layout.labelGap + fm.horizontalAdvance(entry.text) + metrics.em;
        if (x > 0 && x + w > available) {
            x = 0;
            ++lines;
        }
        x += w;
    }
    return std::ceil(lines * metrics.layout.rowHeight + padding);
}

QList<TimeScale::Tick> TimelinePainter::axisTicks(const Metrics &metrics, const TimeScale &scale)
{
    // The finest interval whose labels fit: year labels ("2024") are narrower than month labels
    // ("Sep 2024"), which are narrower than day labels, so the coarse units' widths come first.
    const QFontMetricsF fm(metrics.font);
    const QDate sample(2000, 9, 28);
    using Unit = TimeScale::TickUnit;
    for (const Unit unit : {Unit::Year, Unit::Month, Unit::Day}) {
        const qreal spacing = fm.horizontalAdvance(TimeScale::tickLabel(sample, {unit, 1})) + metrics.tickSpacing;
        const TimeScale::TickInterval interval = scale.tickInterval(spacing);
        const bool accepted = unit == Unit::Year ? interval.unit == Unit::Year
                            : unit == Unit::Month ? interval.unit == Unit::Month
                                                  : true;
        if (accepted)
            return scale.ticks(interval);
    }
    return {};
}

QString TimelinePainter::clusterText(int count)
{
    if (count < 1000)
        return u'+' + QString::number(count);
    if (count < 10000)
        return u'+' + QString::number(count / 1000.0, 'f', 1) + u'k';
    return u'+' + QString::number(count / 1000) + u'k';
}

void TimelinePainter::paint(QPainter &painter, const Frame &frame, const Interaction &interaction) const
{
    const Colors colors(m_palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(m_metrics.font);
    painter.fillRect(QRectF(QPointF(0, 0), frame.size), colors.base);
    const QList<TimeScale::Tick> ticks = axisTicks(m_metrics, m_scale);
    paintLanes(painter, frame, interaction, ticks, colors);
    paintEvents(painter, frame, interaction, colors);
    paintHeaders(painter, frame, interaction, colors);
    paintAxis(painter, frame, ticks, colors);
    paintLegend(painter, frame, colors);
    if (m_content.eventCount() == 0)
        paintEmpty(painter, frame, colors);
    painter.restore();
}

void TimelinePainter::paintLanes(QPainter &painter, const Frame &frame, const Interaction &interaction,
                                 const QList<TimeScale::Tick> &ticks, const Colors &colors) const
{
    const TimelineLayout::Metrics &m = m_metrics.layout;
    const QFontMetricsF smallFm(m_metrics.smallFont);
    const QRectF area = frame.timeArea();
    const qreal todayX = area.left() + m_scale.x(QDate::currentDate());
    painter.save();
    painter.setClipRect(QRectF(0, area.top(), frame.size.width(), area.height()));
    painter.setFont(m_metrics.smallFont);
    // "Before the first recorded stage" is hatched. A texture brush, because Qt's pattern
    // brushes (Qt::BDiagPattern) cost several milliseconds per frame over wide areas.
    QPixmap tile(8, 8);
    tile.fill(Qt::transparent);
    {
        QPainter p(&tile);
        p.setPen(QPen(colors.grid, 1));
        p.drawLine(QPointF(0, 8), QPointF(8, 0));
    }
    const QBrush hatch(tile);
    const auto [firstLane, lastLane] = m_layout.visibleLanes(interaction.scrollY, interaction.scrollY + area.height());
    for (int laneIndex = firstLane; laneIndex < lastLane; ++laneIndex) {
        const TimelineLayout::Lane &place = m_layout.lanes()[static_cast<size_t>(laneIndex)];
        const qreal top = area.top() + place.top - interaction.scrollY;
        const QRectF laneRect(area.left(), top, area.width(), place.height);
        const QColor background = laneIndex % 2 ? colors.alternate : colors.base;
        painter.fillRect(laneRect, background);

        // Corporate stages: alternating bands, the time grid over them, then the stage names at
        // the top of their bands (elided to the band) so that no line crosses them.
        painter.save();
        painter.setClipRect(laneRect, Qt::IntersectClip);
        const QList<CorporateStage> stages = m_content.shownLaneStages(laneIndex);
        if (!stages.isEmpty() && stages.first().start.isValid()) {
            const qreal x = area.left() + m_scale.x(stages.first().start);
            if (x > area.left())
                painter.fillRect(QRectF(area.left(), top, std::min(x, area.right()) - area.left(), place.height), hatch);
        }
        for (qsizetype s = 0; s < stages.size(); ++s) {
            const CorporateStage &stage = stages.at(s);
            if (!stage.start.isValid())
                continue;
            const qreal x0 = area.left() + m_scale.x(stage.start);
            const qreal x1 = stage.end.isValid() ? area.left() + m_scale.x(stage.end) : area.right() + 1;
            if (x1 < area.left() || x0 > area.right())
                continue;
            painter.fillRect(QRectF(x0, top, x1 - x0, place.height), mix(background, colors.text, s % 2 ? 0.05 : 0.10));
            painter.setPen(QPen(colors.separator, 0));
            painter.drawLine(QPointF(x0, top), QPointF(x0, top + place.height));
        }
        painter.setPen(QPen(colors.grid, 0));
        for (const TimeScale::Tick &tick : ticks) {
            const qreal x = area.left() + tick.x;
            painter.drawLine(QPointF(x, top), QPointF(x, top + place.height));
        }
        if (todayX >= area.left() && todayX <= area.right()) {
            painter.setPen(QPen(colors.link, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(todayX, top), QPointF(todayX, top + place.height));
        }
        painter.setPen(colors.dimText);
        for (const CorporateStage &stage : stages) {
            if (!stage.start.isValid() || place.collapsed)
                continue; // a collapsed lane has no room for the names
            const qreal x0 = area.left() + m_scale.x(stage.start);
            const qreal x1 = stage.end.isValid() ? area.left() + m_scale.x(stage.end) : area.right() + 1;
            const qreal textLeft = std::max(x0, area.left()) + m.labelGap;
            const qreal textWidth = std::min(x1, area.right()) - textLeft - m.labelGap;
            if (textWidth > smallFm.averageCharWidth() * 3)
                painter.drawText(QRectF(textLeft, top + 1, textWidth, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                 smallFm.elidedText(stage.name, Qt::ElideRight, textWidth));
        }
        painter.restore();
        painter.setPen(QPen(colors.separator, 0));
        painter.drawLine(QPointF(0, top + place.height - 0.5), QPointF(frame.size.width(), top + place.height - 0.5));
    }
    painter.restore();
}

void TimelinePainter::paintEvents(QPainter &painter, const Frame &frame, const Interaction &interaction,
                                  const Colors &colors) const
{
    const TimelineLayout::Metrics &m = m_layout.metrics();
    const QFontMetricsF fm(m_metrics.font);
    const QFontMetricsF smallFm(m_metrics.smallFont);
    const QRectF area = frame.timeArea();
    painter.save();
    painter.setClipRect(area);
    painter.translate(area.left(), area.top() - interaction.scrollY);

    // The shapes are built once per frame, centred on the origin, and moved to each marker.
    QPainterPath shapes[TimelineLayout::levelSlots];
    for (int level = 0; level < TimelineLayout::levelSlots; ++level)
        shapes[level] = levelPath(level < Openness::levelCount ? level : -1, QPointF(0, 0), m.markerSize);
    const int currentEvent = interaction.currentEvent;
    const TimelineLayout::Place current = m_layout.placeOf(currentEvent);

    const auto [firstLane, lastLane] = m_layout.visibleLanes(interaction.scrollY, interaction.scrollY + area.height());
    for (int lane = firstLane; lane < lastLane; ++lane) {
        const TimelineLayout::Lane &place = m_layout.lanes()[static_cast<size_t>(lane)];
        const auto [cFirst, cLast] = m_layout.visibleClusters(lane, m_scale, 0, area.width());
        for (int c = cFirst; c < cLast; ++c) {
            const TimelineLayout::Cluster &cluster = place.clusters[static_cast<size_t>(c)];
            const QRectF rect = m_layout.clusterRect(lane, cluster, m_scale);
            const bool holdsCurrent = current.lane == lane && current.cluster == c;
            const bool hovered = interaction.hoveredLane == lane && interaction.hoveredCluster == c;
            painter.setPen(QPen(holdsCurrent ? colors.highlight : colors.clusterOutline, holdsCurrent || hovered ? 2 : 1));
            painter.setBrush(colors.clusterFill);
            painter.drawRoundedRect(rect, 3, 3);
            // The mix of levels, least open first, as a strip along the bottom.
            const qreal stripHeight = std::max<qreal>(3, std::round(m_metrics.em * 0.25));
            const QRectF strip(rect.left() + 1.5, rect.bottom() - stripHeight - 1.5, rect.width() - 3, stripHeight);
            qreal x = strip.left();
            painter.setPen(Qt::NoPen);
            for (int level = 0; level < TimelineLayout::levelSlots; ++level) {
                const int count = cluster.levelCounts[static_cast<size_t>(level)];
                if (count == 0)
                    continue;
                const qreal w = strip.width() * count / cluster.count;
                painter.fillRect(QRectF(x, strip.top(), w, strip.height()), levelColor(level < Openness::levelCount ? level : -1));
                x += w;
            }
            const QString text = clusterText(cluster.count);
            const QRectF textRect(rect.left(), rect.top(), rect.width(), strip.top() - rect.top());
            if (textRect.height() >= smallFm.height() * 0.8) {
                painter.setFont(m_metrics.smallFont);
                painter.setPen(colors.text);
                if (interaction.cache) {
                    auto it = interaction.cache->texts.constFind(text);
                    if (it == interaction.cache->texts.constEnd()) {
                        QStaticText staticText(text);
                        staticText.setTextFormat(Qt::PlainText);
                        staticText.prepare(QTransform(), m_metrics.smallFont);
                        it = interaction.cache->texts.insert(text, staticText);
                    }
                    const QSizeF size = it->size();
                    if (size.width() <= textRect.width())
                        painter.drawStaticText(QPointF(textRect.center().x() - size.width() / 2, textRect.center().y() - size.height() / 2), *it);
                } else if (smallFm.horizontalAdvance(text) <= textRect.width()) {
                    painter.drawText(textRect, Qt::AlignCenter, text);
                }
                painter.setFont(m_metrics.font);
            }
        }

        const auto [first, last] = m_layout.visibleMarkers(lane, m_scale, 0, area.width());
        for (int k = first; k < last; ++k) {
            const TimelineLayout::Marker &marker = place.markers[static_cast<size_t>(k)];
            const QPointF center = m_layout.markerCenter(lane, marker, m_scale);
            const bool selected = interaction.isSelected && interaction.isSelected(marker.event);
            const bool isCurrent = marker.event == currentEvent;
            QRectF labelRect = marker.labelWidth > 0 ? m_layout.labelRect(lane, marker, m_scale) : QRectF();
            bool elide = marker.labelElided;
            if (labelRect.right() > area.width()) { // cut by the edge of the view: elided there, or left out
                labelRect.setRight(area.width());
                elide = true;
                if (labelRect.width() < m.minLabelWidth)
                    labelRect = QRectF();
            }
            if (!labelRect.isEmpty()) {
                if (selected) {
                    painter.fillRect(labelRect.adjusted(-m.labelGap / 2, 1, m.labelGap / 2, -1), colors.highlight);
                    painter.setPen(colors.highlightedText);
                } else {
                    painter.setPen(colors.text);
                }
                drawLabel(painter, labelRect, marker.event, elide, interaction.cache);
            }
            const int level = m_content.level(marker.event);
            const int slot = level < 0 ? TimelineLayout::levelSlots - 1 : level;
            drawCachedMarker(painter, shapes[slot], center, level, static_cast<int>(m_content.kind(marker.event)),
                             m_content.isUnconfirmed(marker.event), colors.outline, interaction.cache);
            if (selected || (isCurrent && interaction.hasFocus)) {
                painter.setPen(QPen(colors.highlight, 2, selected ? Qt::SolidLine : Qt::DotLine));
                painter.setBrush(Qt::NoBrush);
                const qreal radius = m.markerSize / 2 + 4;
                painter.drawEllipse(center, radius, radius);
            }
        }
    }
    painter.restore();
}

// Labels are laid out once per event and width on screen (QStaticText); without a cache (export)
// they are drawn as plain text, which SVG keeps as text. Dataset text is never rich text.
void TimelinePainter::drawLabel(QPainter &painter, const QRectF &rect, int event, bool elide, Cache *cache) const
{
    const QFontMetricsF fm(m_metrics.font);
    auto text = [&] {
        QString label = m_content.label(event);
        if (elide || fm.horizontalAdvance(label) > rect.width())
            label = fm.elidedText(label, Qt::ElideRight, rect.width());
        return label;
    };
    if (!cache) {
        painter.drawText(QPointF(rect.left(), rect.center().y() - fm.height() / 2 + fm.ascent()), text());
        return;
    }
    if (cache->labels.size() > 20000)
        cache->labels.clear(); // bounded: a frame shows a few hundred labels
    auto it = cache->labels.find(event);
    if (it == cache->labels.end() || it->first != rect.width()) {
        QStaticText staticText(text());
        staticText.setTextFormat(Qt::PlainText);
        staticText.setPerformanceHint(QStaticText::AggressiveCaching);
        staticText.prepare(QTransform(), m_metrics.font);
        it = cache->labels.insert(event, {rect.width(), staticText});
    }
    painter.drawStaticText(QPointF(rect.left(), rect.center().y() - fm.height() / 2), it->second);
}

// On screen a marker is an image drawn once per look (level, kind, confirmed or not) at the
// screen's pixel ratio; elsewhere it is a vector path.
void TimelinePainter::drawCachedMarker(QPainter &painter, const QPainterPath &shape, QPointF center, int level, int kind,
                                       bool unconfirmed, const QColor &outline, Cache *cache) const
{
    const qreal size = m_layout.metrics().markerSize;
    if (!cache || !painter.device() || painter.device()->devType() == QInternal::Printer
        || painter.device()->devType() == QInternal::Picture) {
        drawMarker(painter, shape, center, size, levelColor(level), static_cast<TimelineContent::Kind>(kind), unconfirmed, outline);
        return;
    }
    const qreal dpr = painter.device()->devicePixelRatioF();
    const quint64 key = quint64(level + 1) | quint64(kind) << 8 | quint64(unconfirmed) << 16 | quint64(qRound(dpr * 100)) << 24
                      | quint64(outline.rgba()) << 32;
    auto it = cache->markers.constFind(key);
    const qreal extent = std::ceil(size + 8);
    if (it == cache->markers.constEnd()) {
        QPixmap pixmap(qCeil(extent * dpr), qCeil(extent * dpr));
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        drawMarker(p, shape, QPointF(extent / 2, extent / 2), size, levelColor(level), static_cast<TimelineContent::Kind>(kind),
                   unconfirmed, outline);
        p.end();
        it = cache->markers.insert(key, pixmap);
    }
    painter.drawPixmap(QPointF(center.x() - extent / 2, center.y() - extent / 2), *it);
}

void TimelinePainter::paintHeaders(QPainter &painter, const Frame &frame, const Interaction &interaction,
                                   const Colors &colors) const
{
    const QRectF area = frame.timeArea();
    painter.save();
    painter.setClipRect(QRectF(0, area.top(), frame.headerWidth, area.height()));
    const QFontMetricsF smallFm(m_metrics.smallFont);
    const qreal em = m_metrics.em;
    const qreal arrow = std::round(em * 0.3); // half the disclosure triangle
    const auto [firstLane, lastLane] = m_layout.visibleLanes(interaction.scrollY, interaction.scrollY + area.height());
    for (int lane = firstLane; lane < lastLane; ++lane) {
        const TimelineLayout::Lane &place = m_layout.lanes()[static_cast<size_t>(lane)];
        const TimelineContent::ShownLane &shown = m_content.shownLanes()[static_cast<size_t>(lane)];
        const qreal top = area.top() + place.top - interaction.scrollY;
        const QRectF header(0, top, frame.headerWidth, place.height);
        const QColor headerBackground = lane % 2 ? mix(colors.window, colors.windowText, 0.04) : colors.window;
        // Pinned lanes: a tint of the highlight colour and a bar along the inner edge.
        painter.fillRect(header, shown.arrangement.pinned ? mix(headerBackground, colors.highlight, 0.15) : headerBackground);
        if (shown.arrangement.pinned) {
            const qreal bar = std::max<qreal>(3, std::round(em * 0.2));
            painter.fillRect(QRectF(frame.headerWidth - bar - 1, top, bar, place.height), colors.highlight);
        }
        const qreal rowTop = area.top() + place.rowsTop - interaction.scrollY;
        const qreal centerY = rowTop + m_layout.metrics().rowHeight / 2;
        // The disclosure arrow: pointing down when the lane shows everything, right when it is
        // collapsed (or Others is grouped). Grouped lanes of an expanded Others are indented.
        const qreal indent = shown.arrangement.grouped ? em * 0.6 : 0;
        const qreal ax = em * 0.5 + indent + arrow;
        const bool open = shown.isOthers() ? shown.arrangement.expanded : !shown.arrangement.collapsed;
        QPolygonF triangle;
        if (open)
            triangle << QPointF(ax - arrow, centerY - arrow / 2) << QPointF(ax + arrow, centerY - arrow / 2) << QPointF(ax, centerY + arrow);
        else
            triangle << QPointF(ax - arrow / 2, centerY - arrow) << QPointF(ax + arrow, centerY) << QPointF(ax - arrow / 2, centerY + arrow);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mix(colors.windowText, colors.window, 0.35));
        painter.drawPolygon(triangle);
        const QString count = laneCount(shown.eventCount);
        painter.setFont(m_metrics.smallFont);
        painter.setPen(mix(colors.windowText, colors.window, 0.4));
        const qreal countWidth = smallFm.horizontalAdvance(count);
        const QRectF countRect(frame.headerWidth - em * 0.6 - countWidth, rowTop, countWidth, m_layout.metrics().rowHeight);
        painter.drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, count);
        QFont nameFont = m_metrics.font;
        nameFont.setItalic(shown.isOthers());
        painter.setFont(nameFont);
        painter.setPen(colors.windowText);
        const qreal nameLeft = ax + arrow + em * 0.35;
        const QRectF nameRect(nameLeft, rowTop, countRect.left() - em * 0.3 - nameLeft, m_layout.metrics().rowHeight);
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(nameFont).elidedText(shown.name, Qt::ElideRight, nameRect.width()));
        painter.setFont(m_metrics.font);
        painter.setPen(QPen(colors.separator, 0));
        painter.drawLine(QPointF(0, top + place.height - 0.5), QPointF(frame.headerWidth, top + place.height - 0.5));
    }
    painter.restore();
    painter.setPen(QPen(colors.separator, 0));
    painter.drawLine(QPointF(frame.headerWidth - 0.5, area.top()), QPointF(frame.headerWidth - 0.5, area.bottom()));
}

void TimelinePainter::paintAxis(QPainter &painter, const Frame &frame, const QList<TimeScale::Tick> &ticks,
                                const Colors &colors) const
{
    const QRectF area = frame.timeArea();
    const qreal em = m_metrics.em;
    const qreal gap = m_layout.metrics().labelGap;
    const QFontMetricsF fm(m_metrics.font);
    painter.fillRect(QRectF(0, 0, frame.size.width(), frame.axisHeight), colors.window);
    painter.save();
    painter.setClipRect(QRectF(area.left(), 0, area.width(), frame.axisHeight));
    const qreal tickLength = std::round(em * 0.35);
    painter.setPen(QPen(colors.windowText, 0));
    for (const TimeScale::Tick &tick : ticks) {
        const qreal x = area.left() + tick.x;
        painter.drawLine(QPointF(x, frame.axisHeight - tickLength), QPointF(x, frame.axisHeight));
        // A label that the right edge would cut is left out; the tick still shows.
        if (x + gap / 2 + fm.horizontalAdvance(tick.label) <= area.right())
            painter.drawText(QRectF(x + gap / 2, 0, em * 20, frame.axisHeight - tickLength), Qt::AlignLeft | Qt::AlignVCenter,
                             tick.label);
    }
    // Today: a small triangle on the axis above the dashed line, and its name.
    const qreal todayX = area.left() + m_scale.x(QDate::currentDate());
    if (todayX >= area.left() && todayX <= area.right()) {
        const qreal s = std::round(em * 0.3);
        const QPolygonF triangle({QPointF(todayX - s, frame.axisHeight - s * 1.5),
                                  QPointF(todayX + s, frame.axisHeight - s * 1.5), QPointF(todayX, frame.axisHeight)});
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.link);
        painter.drawPolygon(triangle);
    }
    painter.restore();
    painter.setPen(QPen(mix(colors.window, colors.windowText, 0.3), 0));
    painter.drawLine(QPointF(0, frame.axisHeight - 0.5), QPointF(frame.size.width(), frame.axisHeight - 0.5));
}

void TimelinePainter::paintLegend(QPainter &painter, const Frame &frame, const Colors &colors) const
{
    if (frame.legendHeight <= 0)
        return;
    const TimelineLayout::Metrics &m = m_metrics.layout;
    const QFontMetricsF fm(m_metrics.font);
    const QRectF strip(0, frame.size.height() - frame.legendHeight, frame.size.width(), frame.legendHeight);
    painter.fillRect(strip, colors.window);
    painter.setPen(QPen(mix(colors.window, colors.windowText, 0.3), 0));
    painter.drawLine(QPointF(0, strip.top() + 0.5), QPointF(strip.right(), strip.top() + 0.5));
    const QColor outline = mix(colors.windowText, colors.window, 0.25);
    const qreal padding = m_metrics.em * 0.5;
    const qreal available = std::max<qreal>(frame.size.width() - 2 * padding, m_metrics.em * 4);
    const qreal glyphWidth = m.markerSize * 1.6;
    const QColor sample = LevelPalette::color(OpennessLevel::Hosted);
    qreal x = 0;
    qreal y = 0;
    for (const LegendEntry &entry : legendEntries(frame.compactLegend)) {
        const qreal w = glyphWidth + m.labelGap + fm.horizontalAdvance(entry.text) + m_metrics.em;
        if (x > 0 && x + w > available) {
            x = 0;
            y += m.rowHeight;
        }
        const QPointF topLeft(strip.left() + padding + x, strip.top() + padding / 2 + y);
        const QPointF center(topLeft.x() + glyphWidth / 2, topLeft.y() + m.rowHeight / 2);
        const QRectF glyph(topLeft.x(), topLeft.y() + 2, glyphWidth, m.rowHeight - 4);
        using Kind = TimelineContent::Kind;
        switch (entry.glyph) {
        case LegendGlyph::Level:
            drawMarker(painter, levelPath(entry.level, QPointF(0, 0), m.markerSize), center, m.markerSize,
                       levelColor(entry.level), Kind::Launch, false, outline);
            break;
        case LegendGlyph::Unknown:
            drawMarker(painter, levelPath(-1, QPointF(0, 0), m.markerSize), center, m.markerSize, levelColor(-1), Kind::Launch,
                       false, outline);
            break;
        case LegendGlyph::Announcement:
            drawMarker(painter, levelPath(1, QPointF(0, 0), m.markerSize), center, m.markerSize, sample, Kind::Announcement,
                       false, outline);
            break;
        case LegendGlyph::LicenseChange:
            drawMarker(painter, levelPath(3, QPointF(0, 0), m.markerSize), center, m.markerSize,
                       levelColor(3), Kind::LicenseChange, false, outline);
            break;
        case LegendGlyph::Retirement:
            drawMarker(painter, levelPath(1, QPointF(0, 0), m.markerSize), center, m.markerSize, sample, Kind::Retirement,
                       false, outline);
            break;
        case LegendGlyph::Unconfirmed:
            drawMarker(painter, levelPath(1, QPointF(0, 0), m.markerSize), center, m.markerSize, sample, Kind::Launch, true,
                       outline);
            break;
        case LegendGlyph::Cluster:
            painter.setPen(QPen(colors.clusterOutline, 1));
            painter.setBrush(colors.clusterFill);
            painter.drawRoundedRect(glyph, 3, 3);
            painter.setFont(m_metrics.smallFont);
            painter.setPen(colors.text);
            painter.drawText(glyph, Qt::AlignCenter, QStringLiteral("+N"));
            painter.setFont(m_metrics.font);
            break;
        case LegendGlyph::Stage:
            painter.fillRect(glyph, mix(colors.base, colors.text, 0.10));
            painter.setPen(QPen(colors.separator, 0));
            painter.drawLine(glyph.topLeft(), glyph.bottomLeft());
            break;
        case LegendGlyph::BeforeFirstStage:
            painter.fillRect(glyph, colors.base);
            painter.fillRect(glyph, QBrush(mix(colors.base, colors.text, 0.3), Qt::BDiagPattern));
            break;
        case LegendGlyph::Today:
            painter.setPen(QPen(colors.link, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(center.x(), glyph.top()), QPointF(center.x(), glyph.bottom()));
            break;
        }
        painter.setPen(colors.windowText);
        painter.drawText(QRectF(topLeft.x() + glyphWidth + m.labelGap, topLeft.y(), m_metrics.em * 30, m.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += w;
    }
}

void TimelinePainter::paintEmpty(QPainter &painter, const Frame &frame, const Colors &colors) const
{
    const QRectF area = frame.timeArea();
    painter.setPen(colors.dimText);
    painter.drawText(area.adjusted(m_metrics.em, m_metrics.em, -m_metrics.em, -m_metrics.em),
                     Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No release event matches the filters. Switch levels, organizations or event kinds back on, "
                        "or clear the search text, to see events again."));
}
