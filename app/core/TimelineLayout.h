#ifndef TIMELINELAYOUT_H
#define TIMELINELAYOUT_H

#include "TimeScale.h"

#include <QPointF>
#include <QRectF>
#include <QtGlobal>

#include <array>
#include <vector>

// The pure geometry of the timeline: where every lane, marker, label and cluster goes for one
// zoom level. Its inputs are plain data (events with a lane, a day, a level and a measured label
// width; a metrics struct derived from the font by the caller); its output is geometry that the
// painter draws, the view hit-tests and the tests check, with no widget anywhere.
//
// Level of detail. Time is cut into bins of Metrics::clusterWidth pixels, aligned to day 0 of the
// Julian calendar rather than to the view, so that panning never changes which events share a
// bin: the layout depends on the zoom (days per pixel) only, and is computed once per zoom step.
// In each lane, a bin whose events cannot all be drawn as separate markers (more than maxSubRows
// of them, or no free sub-row for one of them) becomes one cluster: a glyph with the count and the
// mix of levels of the events it stands for. Zooming in makes bins shorter in time, so clusters
// split; at full zoom-out 100,000 events are a few hundred glyphs.
//
// Markers and labels. The events of the remaining bins are taken from left to right and each goes
// into the lowest sub-row where the previous label ends before its marker; failing that, into the
// sub-row whose previous label is cut least (it is then elided). A label gets the room up to the
// next marker or cluster on its row, at most maxLabelWidth; with less than minLabelWidth it is
// left out (the tooltip still names the event). So labels never overlap each other, a marker or a
// cluster.
//
// Lanes. Events name the caller's lane (an organization); setLanes() says which of those lanes
// are drawn in which order, several in one (a group such as "Others") or collapsed. A collapsed
// lane is one thin row: its events are placed as markers and clusters with the same rules but no
// labels, so they stay visible and hit-testable. A lane with no sources is a header alone.
//
// Cost: O(n * maxSubRows) per zoom step, no allocation per event beyond the output arrays. Every
// query (visible range, hit test) is a binary search: the cost of a frame depends on what is in
// view, not on how many events lie outside it.
class TimelineLayout
{
public:
    struct Metrics {
        qreal markerSize = 12;
        qreal rowHeight = 18;
        qreal labelGap = 4;      // between a marker and its label
        qreal labelSpacing = 8;  // between the end of a label and the next marker on its row
        qreal markerSpacing = 2; // between two markers on one row
        qreal minLabelWidth = 24;
        qreal maxLabelWidth = 180;
        qreal laneTopPadding = 14; // room for the stage names above the markers
        qreal laneBottomPadding = 4;
        qreal collapsedPadding = 2; // above and below the one row of a collapsed lane
        qreal clusterWidth = 40; // the level-of-detail bin, in pixels
        int maxSubRows = 5;
    };

    // One event to place. Events may come in any order; within a lane they are placed by day,
    // ties by key (the caller's row), so the order never depends on what else is shown.
    struct Event {
        double day = 0; // Julian day
        int lane = 0;   // the caller's lane, 0-based; without setLanes() lanes stack in this order
        int level = 0;  // 0..levelSlots-2 for the ordered levels, levelSlots-1 for "unknown"
        int key = 0;    // the caller's identity for the event (a model row)
        qreal labelWidth = 0;
    };

    static constexpr int levelSlots = 7;

    struct Marker {
        int event = 0; // index into events()
        int order = 0; // its position in laneEvents(lane)
        double day = 0;
        int subRow = 0;
        qreal labelWidth = 0; // the room given to the label (0: no label)
        bool labelElided = false;
    };
    struct Cluster {
        qint64 bin = 0;
        double firstDay = 0; // of the events it stands for
        double lastDay = 0;
        int count = 0;
        std::array<int, levelSlots> levelCounts{};
        int first = 0; // the events it stands for: laneEvents(lane)[first, first + count)
    };
    // One lane as drawn: the caller's lanes whose events it shows, merged by time.
    struct LaneSpec {
        std::vector<int> sources;
        bool collapsed = false;
    };

    struct Lane {
        qreal top = 0; // content coordinates: 0 is the top of the first lane
        qreal height = 0;
        qreal rowsTop = 0; // where its first sub-row starts (below the stage names)
        int rowCount = 1;
        bool collapsed = false;
        std::vector<Marker> markers;   // by day
        std::vector<Cluster> clusters; // by bin
    };

    // What is at a point: a marker (event index), a cluster (lane and index), or nothing.
    struct Hit {
        enum class Kind { None, Marker, Label, Cluster } kind = Kind::None;
        int lane = -1;
        int index = -1; // into Lane::markers or Lane::clusters
        int event = -1; // for a marker or label
    };

    TimelineLayout() = default;

    // The events to show, in laneCount lanes of the caller, drawn one lane each in that order
    // until setLanes() says otherwise. Sorting them into lanes happens here, once per change of
    // the events, not per zoom step.
    void setEvents(std::vector<Event> events, int laneCount);
    const std::vector<Event> &events() const { return m_events; }
    int sourceLaneCount() const { return static_cast<int>(m_sourceEvents.size()); }
    const std::vector<int> &sourceLaneEvents(int sourceLane) const { return m_sourceEvents.at(static_cast<size_t>(sourceLane)); }
    // The lanes drawn, top to bottom. A source lane in no spec is not drawn; one in several is
    // drawn in the first. Costs one pass over the events, not a sort.
    void setLanes(std::vector<LaneSpec> lanes);
    const std::vector<LaneSpec> &laneSpecs() const { return m_specs; }
    int laneCount() const { return static_cast<int>(m_laneEvents.size()); }
    // The lane an event is drawn in, or -1.
    int laneOf(int event) const;
    int laneOfSource(int sourceLane) const;
    bool isCollapsed(int lane) const { return m_specs.at(static_cast<size_t>(lane)).collapsed; }
    // The events of a lane (indexes into events()), by day.
    const std::vector<int> &laneEvents(int lane) const { return m_laneEvents.at(static_cast<size_t>(lane)); }

    // Places everything for a zoom of daysPerPixel (where the view starts does not matter).
    void layOut(const Metrics &metrics, double daysPerPixel);
    bool isLaidOut() const { return m_laidOut; }

    const Metrics &metrics() const { return m_metrics; }
    double daysPerPixel() const { return m_daysPerPixel; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    qreal contentHeight() const { return m_contentHeight; }
    int markerCount() const;
    int clusterCount() const;

    // Geometry in the coordinates of a time area whose left edge is scale's x = 0 and whose top
    // is content y = 0 (the caller adds its own offsets and scrolling).
    QPointF markerCenter(int lane, const Marker &marker, const TimeScale &scale) const;
    QRectF markerRect(int lane, const Marker &marker, const TimeScale &scale) const;
    QRectF labelRect(int lane, const Marker &marker, const TimeScale &scale) const; // empty: no label
    QRectF clusterRect(int lane, const Cluster &cluster, const TimeScale &scale) const;
    // The time a cluster's bin covers.
    double binStartDay(qint64 bin) const;
    double binEndDay(qint64 bin) const;

    // Index ranges [first, last) of the markers and clusters of a lane that can be seen (marker,
    // label or glyph) between x = fromX and x = toX of scale.
    std::pair<int, int> visibleMarkers(int lane, const TimeScale &scale, qreal fromX, qreal toX) const;
    std::pair<int, int> visibleClusters(int lane, const TimeScale &scale, qreal fromX, qreal toX) const;
    // The lanes whose band meets content y range [fromY, toY).
    std::pair<int, int> visibleLanes(qreal fromY, qreal toY) const;
    int laneAt(qreal y) const;

    // What is under pos (time-area coordinates, content y), with slop pixels of tolerance around
    // markers; markers win over labels and clusters.
    Hit hitTest(QPointF pos, const TimeScale &scale, qreal slop = 2) const;

    // Where an event ended up: the lane, and the marker index or the cluster index (-1 if not
    // there). O(log n) given the event's lane and day.
    struct Place {
        int lane = -1;
        int marker = -1;
        int cluster = -1;
    };
    Place placeOf(int event) const;

private:
    void layOutLane(int lane, bool collapsed);
    void assignLanes();

    std::vector<Event> m_events;
    std::vector<std::vector<int>> m_sourceEvents; // by source lane, by day
    std::vector<LaneSpec> m_specs;
    std::vector<int> m_laneOfSource;
    std::vector<std::vector<int>> m_laneEvents;
    std::vector<int> m_orderOf; // event -> position in its lane
    bool m_laidOut = false;
    Metrics m_metrics;
    double m_daysPerPixel = 1;
    double m_binDays = 1;
    std::vector<Lane> m_lanes;
    qreal m_contentHeight = 0;
};

#endif // TIMELINELAYOUT_H
