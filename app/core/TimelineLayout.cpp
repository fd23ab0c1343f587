#include "TimelineLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qreal minusInfinity = -std::numeric_limits<qreal>::infinity();

bool earlier(const TimelineLayout::Event &a, const TimelineLayout::Event &b)
{
    return a.day < b.day || (a.day == b.day && a.key < b.key);
}

} // namespace

void TimelineLayout::setEvents(std::vector<Event> events, int laneCount)
{
    m_events = std::move(events);
    m_sourceEvents.assign(static_cast<size_t>(std::max(laneCount, 0)), {});
    std::vector<int> sizes(m_sourceEvents.size(), 0);
    for (const Event &event : m_events) {
        if (event.lane >= 0 && event.lane < laneCount)
            ++sizes[static_cast<size_t>(event.lane)];
    }
    for (size_t lane = 0; lane < m_sourceEvents.size(); ++lane)
        m_sourceEvents[lane].reserve(static_cast<size_t>(sizes[lane]));
    for (int i = 0; i < static_cast<int>(m_events.size()); ++i) {
        const int lane = m_events[static_cast<size_t>(i)].lane;
        if (lane >= 0 && lane < laneCount)
            m_sourceEvents[static_cast<size_t>(lane)].push_back(i);
    }
    // Callers usually hand the events over in time order already (the model is chronological):
    // then checking is all it costs.
    auto byTime = [this](int a, int b) { return earlier(m_events[static_cast<size_t>(a)], m_events[static_cast<size_t>(b)]); };
    for (std::vector<int> &lane : m_sourceEvents) {
        if (!std::is_sorted(lane.begin(), lane.end(), byTime))
            std::stable_sort(lane.begin(), lane.end(), byTime);
    }
    m_specs.assign(m_sourceEvents.size(), {});
    for (size_t lane = 0; lane < m_specs.size(); ++lane)
        m_specs[lane].sources = {static_cast<int>(lane)};
    assignLanes();
}

void TimelineLayout::setLanes(std::vector<LaneSpec> lanes)
{
    m_specs = std::move(lanes);
    assignLanes();
}

// Each drawn lane gets the events of its sources in one pass over the events, so a lane of 400
// organizations costs what 400 lanes do; the events usually come in time order, and then
// checking is all the merge costs.
void TimelineLayout::assignLanes()
{
    m_laneOfSource.assign(m_sourceEvents.size(), -1);
    m_laneEvents.assign(m_specs.size(), {});
    for (size_t lane = 0; lane < m_specs.size(); ++lane) {
        size_t size = 0;
        for (int source : m_specs[lane].sources) {
            if (source < 0 || source >= static_cast<int>(m_sourceEvents.size()) || m_laneOfSource[static_cast<size_t>(source)] >= 0)
                continue;
            m_laneOfSource[static_cast<size_t>(source)] = static_cast<int>(lane);
            size += m_sourceEvents[static_cast<size_t>(source)].size();
        }
        m_laneEvents[lane].reserve(size);
    }
    for (int i = 0; i < static_cast<int>(m_events.size()); ++i) {
        const int lane = laneOfSource(m_events[static_cast<size_t>(i)].lane);
        if (lane >= 0)
            m_laneEvents[static_cast<size_t>(lane)].push_back(i);
    }
    auto byTime = [this](int a, int b) { return earlier(m_events[static_cast<size_t>(a)], m_events[static_cast<size_t>(b)]); };
    m_orderOf.assign(m_events.size(), -1);
    for (std::vector<int> &lane : m_laneEvents) {
        if (!std::is_sorted(lane.begin(), lane.end(), byTime))
            std::stable_sort(lane.begin(), lane.end(), byTime);
        for (int k = 0; k < static_cast<int>(lane.size()); ++k)
            m_orderOf[static_cast<size_t>(lane[static_cast<size_t>(k)])] = k;
    }
    m_lanes.clear();
    m_laidOut = false;
}

int TimelineLayout::laneOfSource(int sourceLane) const
{
    return sourceLane >= 0 && sourceLane < static_cast<int>(m_laneOfSource.size()) ? m_laneOfSource[static_cast<size_t>(sourceLane)] : -1;
}

int TimelineLayout::laneOf(int event) const
{
    return event >= 0 && event < static_cast<int>(m_events.size()) ? laneOfSource(m_events[static_cast<size_t>(event)].lane) : -1;
}

void TimelineLayout::layOut(const Metrics &metrics, double daysPerPixel)
{
    m_metrics = metrics;
    m_metrics.maxSubRows = std::max(1, metrics.maxSubRows);
    m_daysPerPixel = daysPerPixel > 0 ? daysPerPixel : 1;
    m_binDays = m_daysPerPixel * std::max<qreal>(metrics.clusterWidth, 1);
    m_lanes.assign(m_laneEvents.size(), {});
    qreal top = 0;
    for (int lane = 0; lane < static_cast<int>(m_lanes.size()); ++lane) {
        const bool collapsed = m_specs[static_cast<size_t>(lane)].collapsed;
        layOutLane(lane, collapsed);
        Lane &place = m_lanes[static_cast<size_t>(lane)];
        place.collapsed = collapsed;
        place.top = top;
        const qreal above = collapsed ? m_metrics.collapsedPadding : m_metrics.laneTopPadding;
        const qreal below = collapsed ? m_metrics.collapsedPadding : m_metrics.laneBottomPadding;
        place.rowsTop = top + above;
        place.height = above + place.rowCount * m_metrics.rowHeight + below;
        top += place.height;
    }
    m_contentHeight = top;
    m_laidOut = true;
}

// Positions here are "world" pixels, day / daysPerPixel: a fixed origin, so the result does not
// depend on where the view starts. See the class comment for the rules.
void TimelineLayout::layOutLane(int laneIndex, bool collapsed)
{
    const Metrics &m = m_metrics;
    const std::vector<int> &order = m_laneEvents[static_cast<size_t>(laneIndex)];
    Lane &lane = m_lanes[static_cast<size_t>(laneIndex)];
    const int n = static_cast<int>(order.size());
    const qreal half = m.markerSize / 2;
    // A collapsed lane has one row and no labels: a bin holds as many markers as fit side by side.
    const size_t rowCount = collapsed ? 1 : static_cast<size_t>(m.maxSubRows);
    const int binCapacity = collapsed ? std::max(1, static_cast<int>(std::max<qreal>(m.clusterWidth, 1) / (m.markerSize + m.markerSpacing)))
                                      : m.maxSubRows;

    // Per sub-row: where its last marker and its last (full) label end.
    std::vector<qreal> markerEnd(rowCount, minusInfinity);
    std::vector<qreal> labelEnd(rowCount, minusInfinity);
    std::vector<qreal> savedMarkerEnd(rowCount);
    std::vector<qreal> savedLabelEnd(rowCount);
    int usedRows = 0;

    auto worldX = [this](double day) { return day / m_daysPerPixel; };
    auto binOf = [this](double day) { return static_cast<qint64>(std::floor(day / m_binDays)); };

    int i = 0;
    while (i < n) {
        const qint64 bin = binOf(m_events[static_cast<size_t>(order[static_cast<size_t>(i)])].day);
        int j = i + 1;
        while (j < n && binOf(m_events[static_cast<size_t>(order[static_cast<size_t>(j)])].day) == bin)
            ++j;

        bool crowded = j - i > binCapacity;
        if (!crowded) {
            savedMarkerEnd = markerEnd;
            savedLabelEnd = labelEnd;
            const size_t markersBefore = lane.markers.size();
            for (int k = i; k < j; ++k) {
                const int e = order[static_cast<size_t>(k)];
                const Event &event = m_events[static_cast<size_t>(e)];
                const qreal x = worldX(event.day);
                const qreal left = x - half;
                int row = -1;
                for (size_t r = 0; r < rowCount; ++r) {
                    if (labelEnd[r] + m.labelSpacing <= left) {
                        row = static_cast<int>(r);
                        break;
                    }
                }
                if (row < 0) { // cut the previous label of the row where it loses least
                    for (size_t r = 0; r < rowCount; ++r) {
                        if (markerEnd[r] + m.markerSpacing <= left && (row < 0 || labelEnd[r] < labelEnd[static_cast<size_t>(row)]))
                            row = static_cast<int>(r);
                    }
                }
                if (row < 0) {
                    crowded = true;
                    break;
                }
                const size_t r = static_cast<size_t>(row);
                markerEnd[r] = x + half;
                labelEnd[r] = collapsed ? x + half : x + half + m.labelGap + std::min<qreal>(event.labelWidth, m.maxLabelWidth);
                lane.markers.push_back({e, k, event.day, row, 0.0, false});
            }
            if (crowded) {
                lane.markers.resize(markersBefore);
                markerEnd = savedMarkerEnd;
                labelEnd = savedLabelEnd;
            } else {
                for (size_t k = markersBefore; k < lane.markers.size(); ++k)
                    usedRows = std::max(usedRows, lane.markers[k].subRow + 1);
            }
        }
        if (crowded) {
            Cluster cluster;
            cluster.bin = bin;
            cluster.first = i;
            cluster.count = j - i;
            cluster.firstDay = m_events[static_cast<size_t>(order[static_cast<size_t>(i)])].day;
            cluster.lastDay = m_events[static_cast<size_t>(order[static_cast<size_t>(j - 1)])].day;
            for (int k = i; k < j; ++k) {
                const int level = std::clamp(m_events[static_cast<size_t>(order[static_cast<size_t>(k)])].level, 0, levelSlots - 1);
                ++cluster.levelCounts[static_cast<size_t>(level)];
            }
            lane.clusters.push_back(cluster);
            // The glyph spans every sub-row, inset by half a marker on each side of its bin so
            // that markers of the neighbouring bins never touch it.
            const qreal glyphRight = worldX(binEndDay(bin)) - half;
            std::fill(markerEnd.begin(), markerEnd.end(), glyphRight);
            std::fill(labelEnd.begin(), labelEnd.end(), glyphRight);
        }
        i = j;
    }
    lane.rowCount = std::max(usedRows, 1);
    if (collapsed)
        return; // no labels

    // Labels: each gets the room up to the next marker on its row or the next cluster.
    std::vector<int> pending(rowCount, -1); // per row, the marker whose label awaits its end
    auto close = [&](size_t r, qreal obstacleLeft, qreal spacing) {
        const int k = pending[r];
        if (k < 0)
            return;
        Marker &marker = lane.markers[static_cast<size_t>(k)];
        const qreal labelStart = worldX(marker.day) + half + m.labelGap;
        const qreal room = std::min(obstacleLeft - spacing - labelStart, m.maxLabelWidth);
        const qreal wanted = m_events[static_cast<size_t>(marker.event)].labelWidth;
        if (wanted <= 0 || room < std::min<qreal>(m.minLabelWidth, wanted)) {
            marker.labelWidth = 0;
        } else {
            marker.labelWidth = std::min<qreal>(wanted, room);
            marker.labelElided = wanted > room;
        }
        pending[r] = -1;
    };
    size_t c = 0;
    for (size_t k = 0; k < lane.markers.size(); ++k) {
        const Marker &marker = lane.markers[k];
        while (c < lane.clusters.size() && lane.clusters[c].first < marker.order) {
            const qreal glyphLeft = worldX(binStartDay(lane.clusters[c].bin)) + half;
            for (size_t r = 0; r < rowCount; ++r)
                close(r, glyphLeft, m.labelSpacing);
            ++c;
        }
        const size_t r = static_cast<size_t>(marker.subRow);
        close(r, worldX(marker.day) - half, m.labelSpacing);
        pending[r] = static_cast<int>(k);
    }
    if (c < lane.clusters.size()) {
        const qreal glyphLeft = worldX(binStartDay(lane.clusters[c].bin)) + half;
        for (size_t r = 0; r < rowCount; ++r)
            close(r, glyphLeft, m.labelSpacing);
    }
    for (size_t r = 0; r < rowCount; ++r)
        close(r, std::numeric_limits<qreal>::infinity(), 0);
}

int TimelineLayout::markerCount() const
{
    int count = 0;
    for (const Lane &lane : m_lanes)
        count += static_cast<int>(lane.markers.size());
    return count;
}

int TimelineLayout::clusterCount() const
{
    int count = 0;
    for (const Lane &lane : m_lanes)
        count += static_cast<int>(lane.clusters.size());
    return count;
}

double TimelineLayout::binStartDay(qint64 bin) const
{
    return static_cast<double>(bin) * m_binDays;
}

double TimelineLayout::binEndDay(qint64 bin) const
{
    return static_cast<double>(bin + 1) * m_binDays;
}

QPointF TimelineLayout::markerCenter(int lane, const Marker &marker, const TimeScale &scale) const
{
    const Lane &l = m_lanes.at(static_cast<size_t>(lane));
    return {scale.x(marker.day), l.rowsTop + (marker.subRow + 0.5) * m_metrics.rowHeight};
}

QRectF TimelineLayout::markerRect(int lane, const Marker &marker, const TimeScale &scale) const
{
    const QPointF c = markerCenter(lane, marker, scale);
    const qreal s = m_metrics.markerSize;
    return {c.x() - s / 2, c.y() - s / 2, s, s};
}

QRectF TimelineLayout::labelRect(int lane, const Marker &marker, const TimeScale &scale) const
{
    if (marker.labelWidth <= 0)
        return {};
    const QPointF c = markerCenter(lane, marker, scale);
    return {c.x() + m_metrics.markerSize / 2 + m_metrics.labelGap, c.y() - m_metrics.rowHeight / 2,
            marker.labelWidth, m_metrics.rowHeight};
}

QRectF TimelineLayout::clusterRect(int lane, const Cluster &cluster, const TimeScale &scale) const
{
    const Lane &l = m_lanes.at(static_cast<size_t>(lane));
    const qreal half = m_metrics.markerSize / 2;
    const qreal left = scale.x(binStartDay(cluster.bin)) + half;
    const qreal right = scale.x(binEndDay(cluster.bin)) - half;
    const qreal top = l.rowsTop + 1;
    return {left, top, std::max<qreal>(right - left, 1), l.rowCount * m_metrics.rowHeight - 2};
}

std::pair<int, int> TimelineLayout::visibleMarkers(int lane, const TimeScale &scale, qreal fromX, qreal toX) const
{
    const std::vector<Marker> &markers = m_lanes.at(static_cast<size_t>(lane)).markers;
    // A marker is seen from its left edge to the end of the longest label it may have.
    const double fromDay = scale.dayAt(fromX - m_metrics.markerSize - m_metrics.labelGap - m_metrics.maxLabelWidth);
    const double toDay = scale.dayAt(toX + m_metrics.markerSize);
    auto first = std::lower_bound(markers.begin(), markers.end(), fromDay,
                                  [](const Marker &marker, double day) { return marker.day < day; });
    auto last = std::upper_bound(first, markers.end(), toDay,
                                 [](double day, const Marker &marker) { return day < marker.day; });
    return {static_cast<int>(first - markers.begin()), static_cast<int>(last - markers.begin())};
}

std::pair<int, int> TimelineLayout::visibleClusters(int lane, const TimeScale &scale, qreal fromX, qreal toX) const
{
    const std::vector<Cluster> &clusters = m_lanes.at(static_cast<size_t>(lane)).clusters;
    const double fromDay = scale.dayAt(fromX);
    const double toDay = scale.dayAt(toX);
    auto first = std::lower_bound(clusters.begin(), clusters.end(), fromDay,
                                  [this](const Cluster &cluster, double day) { return binEndDay(cluster.bin) < day; });
    auto last = std::upper_bound(first, clusters.end(), toDay,
                                 [this](double day, const Cluster &cluster) { return day < binStartDay(cluster.bin); });
    return {static_cast<int>(first - clusters.begin()), static_cast<int>(last - clusters.begin())};
}

std::pair<int, int> TimelineLayout::visibleLanes(qreal fromY, qreal toY) const
{
    auto first = std::upper_bound(m_lanes.begin(), m_lanes.end(), fromY,
                                  [](qreal y, const Lane &lane) { return y < lane.top + lane.height; });
    auto last = std::lower_bound(first, m_lanes.end(), toY, [](const Lane &lane, qreal y) { return lane.top < y; });
    return {static_cast<int>(first - m_lanes.begin()), static_cast<int>(last - m_lanes.begin())};
}

int TimelineLayout::laneAt(qreal y) const
{
    const auto [first, last] = visibleLanes(y, y + 1e-6);
    return first < last && y >= 0 ? first : -1;
}

TimelineLayout::Hit TimelineLayout::hitTest(QPointF pos, const TimeScale &scale, qreal slop) const
{
    Hit hit;
    const int lane = laneAt(pos.y());
    if (lane < 0)
        return hit;
    const Lane &l = m_lanes[static_cast<size_t>(lane)];
    const auto [first, last] = visibleMarkers(lane, scale, pos.x() - slop, pos.x() + slop);
    qreal best = std::numeric_limits<qreal>::max();
    for (int k = first; k < last; ++k) {
        const Marker &marker = l.markers[static_cast<size_t>(k)];
        const QRectF rect = markerRect(lane, marker, scale).adjusted(-slop, -slop, slop, slop);
        if (rect.contains(pos)) {
            const QPointF d = rect.center() - pos;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance < best) {
                best = distance;
                hit = {Hit::Kind::Marker, lane, k, marker.event};
            }
        } else if (hit.kind != Hit::Kind::Marker && labelRect(lane, marker, scale).contains(pos)) {
            hit = {Hit::Kind::Label, lane, k, marker.event};
        }
    }
    if (hit.kind != Hit::Kind::None)
        return hit;
    const auto [cFirst, cLast] = visibleClusters(lane, scale, pos.x(), pos.x());
    for (int k = cFirst; k < cLast; ++k) {
        if (clusterRect(lane, l.clusters[static_cast<size_t>(k)], scale).adjusted(-slop, -slop, slop, slop).contains(pos))
            return {Hit::Kind::Cluster, lane, k, -1};
    }
    return hit;
}

TimelineLayout::Place TimelineLayout::placeOf(int event) const
{
    Place place;
    if (event < 0 || event >= static_cast<int>(m_events.size()) || !m_laidOut)
        return place;
    const int lane = laneOf(event);
    if (lane < 0 || lane >= static_cast<int>(m_lanes.size()))
        return place;
    place.lane = lane;
    const int order = m_orderOf[static_cast<size_t>(event)];
    const Lane &l = m_lanes[static_cast<size_t>(lane)];
    auto marker = std::lower_bound(l.markers.begin(), l.markers.end(), order,
                                   [](const Marker &m, int o) { return m.order < o; });
    if (marker != l.markers.end() && marker->order == order) {
        place.marker = static_cast<int>(marker - l.markers.begin());
        return place;
    }
    auto cluster = std::upper_bound(l.clusters.begin(), l.clusters.end(), order,
                                    [](int o, const Cluster &c) { return o < c.first; });
    if (cluster != l.clusters.begin()) {
        --cluster;
        if (order < cluster->first + cluster->count)
            place.cluster = static_cast<int>(cluster - l.clusters.begin());
    }
    return place;
}
