#include "TimelineLayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <set>

using Layout = TimelineLayout;

namespace {

Layout::Metrics metrics()
{
    Layout::Metrics m;
    m.markerSize = 12;
    m.rowHeight = 18;
    m.labelGap = 4;
    m.labelSpacing = 8;
    m.markerSpacing = 2;
    m.minLabelWidth = 20;
    m.maxLabelWidth = 150;
    m.laneTopPadding = 14;
    m.laneBottomPadding = 4;
    m.clusterWidth = 40;
    m.maxSubRows = 5;
    return m;
}

// count events over spanDays starting at 2020-01-01, in lanes, with random levels and label
// widths; some share a day.
std::vector<Layout::Event> randomEvents(quint32 seed, int count, int lanes, double spanDays)
{
    QRandomGenerator random(seed);
    std::vector<Layout::Event> events;
    const double start = static_cast<double>(QDate(2020, 1, 1).toJulianDay());
    for (int i = 0; i < count; ++i) {
        Layout::Event e;
        e.day = start + std::floor(random.bounded(spanDays));
        e.lane = static_cast<int>(random.bounded(lanes));
        e.level = static_cast<int>(random.bounded(Layout::levelSlots));
        e.key = i;
        e.labelWidth = 10 + random.bounded(200);
        events.push_back(e);
    }
    std::sort(events.begin(), events.end(), [](const Layout::Event &a, const Layout::Event &b) { return a.day < b.day; });
    for (int i = 0; i < count; ++i)
        events[static_cast<size_t>(i)].key = i;
    return events;
}

TimeScale scaleFor(const Layout &layout)
{
    // A scale with the layout's zoom starting at the first event: what a view would use.
    TimeScale scale(QDate(2020, 1, 1), QDate(2020, 1, 2), 1000);
    scale.zoom(scale.daysPerPixel() / layout.daysPerPixel(), 0);
    return scale;
}

} // namespace

class tst_TimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noTwoLabelsOverlapAndNothingCoversAMarker_data();
    void noTwoLabelsOverlapAndNothingCoversAMarker();
    void clusterCountsSumToTheEventsTheyStandFor_data();
    void clusterCountsSumToTheEventsTheyStandFor();
    void orderInALaneIsStableUnderFiltering();
    void aClusterAppearsWhenZoomedOutAndSplitsWhenZoomedIn();
    void sparseEventsAreMarkersWithWholeLabels();
    void labelsAreElidedOrLeftOutWhereRoomIsShort();
    void hitTestFindsMarkersLabelsClustersAndNothing();
    void visibleRangeHoldsOnlyWhatCanBeSeen();
    void placeOfFindsEveryEvent();
    void lanesStackInOrderAndGrowWithSubRows();
    void collapsingALaneRemovesItsSubRowsAndKeepsItsEventsHitTestable();
    void lanesDrawTheirSourcesMergedByTimeInTheGivenOrder();
    void benchmarkLayOut100kEvents();
    void benchmarkHitTest100kEvents();
};

void tst_TimelineLayout::noTwoLabelsOverlapAndNothingCoversAMarker_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("daysPerPixel");
    for (quint32 seed : {1u, 2u, 3u}) {
        for (double dpp : {0.05, 0.5, 2.0, 10.0}) {
            for (int count : {50, 500, 5000})
                QTest::addRow("seed %u, %d events, %g days/px", seed, count, dpp) << seed << count << dpp;
        }
    }
}

void tst_TimelineLayout::noTwoLabelsOverlapAndNothingCoversAMarker()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(double, daysPerPixel);
    Layout layout;
    layout.setEvents(randomEvents(seed, count, 3, 3 * 365), 3);
    layout.layOut(metrics(), daysPerPixel);
    const TimeScale scale = scaleFor(layout);
    for (int lane = 0; lane < layout.laneCount(); ++lane) {
        const Layout::Lane &l = layout.lanes()[static_cast<size_t>(lane)];
        QList<QRectF> labels;
        QList<QRectF> solids; // markers and cluster glyphs
        for (const Layout::Marker &m : l.markers) {
            solids << layout.markerRect(lane, m, scale);
            const QRectF label = layout.labelRect(lane, m, scale);
            if (!label.isEmpty()) {
                QVERIFY(label.width() <= metrics().maxLabelWidth);
                labels << label;
            }
        }
        for (const Layout::Cluster &c : l.clusters)
            solids << layout.clusterRect(lane, c, scale);
        // Rectangles that only touch do not overlap: shrink by a hair before testing.
        auto overlap = [](const QRectF &a, const QRectF &b) { return a.adjusted(0.01, 0.01, -0.01, -0.01).intersects(b); };
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!overlap(labels[i], labels[j]), "two labels overlap");
            for (const QRectF &solid : std::as_const(solids))
                QVERIFY2(!overlap(labels[i], solid), "a label covers a marker or a cluster");
        }
        for (qsizetype i = 0; i < solids.size(); ++i) {
            for (qsizetype j = i + 1; j < solids.size(); ++j)
                QVERIFY2(!overlap(solids[i], solids[j]), "two markers or clusters overlap");
        }
    }
}

void tst_TimelineLayout::clusterCountsSumToTheEventsTheyStandFor_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("daysPerPixel");
    for (int count : {10, 1000, 20000}) {
        for (double dpp : {0.1, 1.0, 5.0, 30.0})
            QTest::addRow("%d events, %g days/px", count, dpp) << count << dpp;
    }
}

void tst_TimelineLayout::clusterCountsSumToTheEventsTheyStandFor()
{
    QFETCH(int, count);
    QFETCH(double, daysPerPixel);
    const std::vector<Layout::Event> events = randomEvents(7, count, 4, 5 * 365);
    Layout layout;
    layout.setEvents(events, 4);
    layout.layOut(metrics(), daysPerPixel);
    std::vector<int> seen(events.size(), 0);
    for (int lane = 0; lane < layout.laneCount(); ++lane) {
        const Layout::Lane &l = layout.lanes()[static_cast<size_t>(lane)];
        for (const Layout::Marker &m : l.markers)
            ++seen[static_cast<size_t>(m.event)];
        for (const Layout::Cluster &c : l.clusters) {
            int sum = 0;
            for (int n : c.levelCounts)
                sum += n;
            QCOMPARE(sum, c.count);
            std::array<int, Layout::levelSlots> levels{};
            for (int k = c.first; k < c.first + c.count; ++k) {
                const int e = layout.laneEvents(lane)[static_cast<size_t>(k)];
                ++seen[static_cast<size_t>(e)];
                ++levels[static_cast<size_t>(events[static_cast<size_t>(e)].level)];
                QVERIFY(events[static_cast<size_t>(e)].day >= c.firstDay && events[static_cast<size_t>(e)].day <= c.lastDay);
            }
            QCOMPARE(levels, c.levelCounts);
        }
    }
    // Every event is drawn exactly once: as its own marker or inside one cluster.
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
}

void tst_TimelineLayout::orderInALaneIsStableUnderFiltering()
{
    const std::vector<Layout::Event> all = randomEvents(11, 3000, 3, 2 * 365);
    Layout full;
    full.setEvents(all, 3);
    // Keep every third event (a filter) and check each lane keeps the same relative order.
    std::vector<Layout::Event> kept;
    for (const Layout::Event &e : all) {
        if (e.key % 3 == 0)
            kept.push_back(e);
    }
    Layout filtered;
    filtered.setEvents(kept, 3);
    for (int lane = 0; lane < 3; ++lane) {
        QList<int> expected;
        for (int e : full.laneEvents(lane)) {
            if (all[static_cast<size_t>(e)].key % 3 == 0)
                expected << all[static_cast<size_t>(e)].key;
        }
        QList<int> actual;
        for (int e : filtered.laneEvents(lane))
            actual << kept[static_cast<size_t>(e)].key;
        QCOMPARE(actual, expected);
    }
    // And the order is by day, ties by key, whatever order the events came in.
    std::vector<Layout::Event> shuffled = all;
    std::reverse(shuffled.begin(), shuffled.end());
    Layout reversed;
    reversed.setEvents(shuffled, 3);
    for (int lane = 0; lane < 3; ++lane) {
        QList<int> a, b;
        for (int e : full.laneEvents(lane))
            a << all[static_cast<size_t>(e)].key;
        for (int e : reversed.laneEvents(lane))
            b << shuffled[static_cast<size_t>(e)].key;
        QCOMPARE(b, a);
    }
}

void tst_TimelineLayout::aClusterAppearsWhenZoomedOutAndSplitsWhenZoomedIn()
{
    // Twelve events within eleven days in one lane.
    std::vector<Layout::Event> events;
    const double start = static_cast<double>(QDate(2025, 3, 10).toJulianDay());
    for (int i = 0; i < 12; ++i)
        events.push_back({start + i, 0, i % 6, i, 60});
    Layout layout;
    layout.setEvents(events, 1);

    layout.layOut(metrics(), 30.0); // about three years across 1000 px
    QCOMPARE(layout.markerCount(), 0);
    QCOMPARE(layout.clusterCount(), 1);
    QCOMPARE(layout.lanes()[0].clusters[0].count, 12);

    layout.layOut(metrics(), 0.5); // a bin is 20 days: still too many events for five rows
    QVERIFY(layout.clusterCount() >= 1);

    layout.layOut(metrics(), 0.05); // a day is 20 px: every event has its own marker
    QCOMPARE(layout.clusterCount(), 0);
    QCOMPARE(layout.markerCount(), 12);
}

void tst_TimelineLayout::sparseEventsAreMarkersWithWholeLabels()
{
    std::vector<Layout::Event> events;
    const double start = static_cast<double>(QDate(2024, 1, 1).toJulianDay());
    for (int i = 0; i < 5; ++i)
        events.push_back({start + i * 120, 0, 4, i, 80});
    Layout layout;
    layout.setEvents(events, 1);
    layout.layOut(metrics(), 1.0); // 120 px apart: room for 80 px labels
    QCOMPARE(layout.markerCount(), 5);
    QCOMPARE(layout.lanes()[0].rowCount, 1);
    for (const Layout::Marker &m : layout.lanes()[0].markers) {
        QCOMPARE(m.labelWidth, 80.0);
        QVERIFY(!m.labelElided);
        QCOMPARE(m.subRow, 0);
    }
}

void tst_TimelineLayout::labelsAreElidedOrLeftOutWhereRoomIsShort()
{
    // Six events 30 px apart with 200 px labels, each in a bin of its own, in a lane of at most
    // two sub-rows: the rows alternate, and each label gets the room up to the next marker of its
    // row (30 + 30 - 12 - 4 - 8 = 36 px), the last of each row the cap of 150 px.
    Layout::Metrics m = metrics();
    m.maxSubRows = 2;
    m.clusterWidth = 20;
    std::vector<Layout::Event> events;
    const double start = static_cast<double>(QDate(2024, 1, 1).toJulianDay());
    for (int i = 0; i < 6; ++i)
        events.push_back({start + i * 30, 0, 1, i, 200});
    Layout layout;
    layout.setEvents(events, 1);
    layout.layOut(m, 1.0);
    QCOMPARE(layout.clusterCount(), 0);
    QCOMPARE(layout.markerCount(), 6);
    QCOMPARE(layout.lanes()[0].rowCount, 2);
    const QList<qreal> expected{36, 36, 36, 36, 150, 150};
    for (int k = 0; k < 6; ++k) {
        const Layout::Marker &marker = layout.lanes()[0].markers[static_cast<size_t>(k)];
        QCOMPARE(marker.subRow, k % 2);
        QCOMPARE(marker.labelWidth, expected.at(k));
        QVERIFY(marker.labelElided);
    }
}

void tst_TimelineLayout::hitTestFindsMarkersLabelsClustersAndNothing()
{
    std::vector<Layout::Event> events;
    const double start = static_cast<double>(QDate(2024, 1, 1).toJulianDay());
    events.push_back({start, 0, 4, 0, 60});
    for (int i = 0; i < 20; ++i)
        events.push_back({start + 300 + i % 3, 0, 1, 1 + i, 60});
    Layout layout;
    layout.setEvents(events, 1);
    layout.layOut(metrics(), 1.0);
    const TimeScale scale = scaleFor(layout);
    QCOMPARE(layout.markerCount(), 1);
    QCOMPARE(layout.clusterCount(), 1);

    const Layout::Marker &marker = layout.lanes()[0].markers[0];
    const Layout::Hit onMarker = layout.hitTest(layout.markerCenter(0, marker, scale), scale);
    QCOMPARE(onMarker.kind, Layout::Hit::Kind::Marker);
    QCOMPARE(onMarker.event, 0);
    const Layout::Hit onLabel = layout.hitTest(layout.labelRect(0, marker, scale).center(), scale);
    QCOMPARE(onLabel.kind, Layout::Hit::Kind::Label);
    QCOMPARE(onLabel.event, 0);
    const Layout::Hit onCluster = layout.hitTest(layout.clusterRect(0, layout.lanes()[0].clusters[0], scale).center(), scale);
    QCOMPARE(onCluster.kind, Layout::Hit::Kind::Cluster);
    QCOMPARE(onCluster.index, 0);
    const QPointF empty(scale.x(start + 150), layout.markerCenter(0, marker, scale).y());
    QCOMPARE(layout.hitTest(empty, scale).kind, Layout::Hit::Kind::None);
    QCOMPARE(layout.hitTest(QPointF(10, -5), scale).kind, Layout::Hit::Kind::None);
    QCOMPARE(layout.hitTest(QPointF(10, layout.contentHeight() + 5), scale).kind, Layout::Hit::Kind::None);
}

void tst_TimelineLayout::visibleRangeHoldsOnlyWhatCanBeSeen()
{
    Layout layout;
    layout.setEvents(randomEvents(5, 2000, 1, 20 * 365), 1);
    layout.layOut(metrics(), 0.05);
    TimeScale scale = scaleFor(layout);
    scale.pan(-scale.x(static_cast<double>(QDate(2030, 1, 1).toJulianDay()))); // 2030 at x = 0
    const auto [first, last] = layout.visibleMarkers(0, scale, 0, 1000);
    const Layout::Lane &lane = layout.lanes()[0];
    QVERIFY(last - first < static_cast<int>(lane.markers.size()) / 10);
    for (int k = 0; k < static_cast<int>(lane.markers.size()); ++k) {
        const QRectF marker = layout.markerRect(0, lane.markers[static_cast<size_t>(k)], scale);
        const QRectF label = layout.labelRect(0, lane.markers[static_cast<size_t>(k)], scale);
        const bool seen = (marker.right() >= 0 && marker.left() <= 1000) || (!label.isEmpty() && label.right() >= 0 && label.left() <= 1000);
        if (seen)
            QVERIFY2(k >= first && k < last, "a marker in view is missing from the visible range");
    }
}

void tst_TimelineLayout::placeOfFindsEveryEvent()
{
    const std::vector<Layout::Event> events = randomEvents(3, 3000, 3, 365);
    Layout layout;
    layout.setEvents(events, 3);
    layout.layOut(metrics(), 0.3);
    for (int e = 0; e < static_cast<int>(events.size()); ++e) {
        const Layout::Place place = layout.placeOf(e);
        QCOMPARE(place.lane, events[static_cast<size_t>(e)].lane);
        QVERIFY((place.marker >= 0) != (place.cluster >= 0));
        if (place.marker >= 0)
            QCOMPARE(layout.lanes()[static_cast<size_t>(place.lane)].markers[static_cast<size_t>(place.marker)].event, e);
    }
}

void tst_TimelineLayout::lanesStackInOrderAndGrowWithSubRows()
{
    std::vector<Layout::Event> events;
    const double start = static_cast<double>(QDate(2024, 1, 1).toJulianDay());
    events.push_back({start, 0, 0, 0, 50});
    for (int i = 0; i < 3; ++i)
        events.push_back({start + i * 5, 1, 0, 1 + i, 100}); // three close events: three sub-rows
    Layout layout;
    layout.setEvents(events, 2);
    layout.layOut(metrics(), 1.0);
    const Layout::Lane &a = layout.lanes()[0];
    const Layout::Lane &b = layout.lanes()[1];
    QCOMPARE(a.top, 0.0);
    QCOMPARE(b.top, a.height);
    QCOMPARE(a.rowCount, 1);
    QCOMPARE(b.rowCount, 3);
    QVERIFY(b.height > a.height);
    QCOMPARE(layout.contentHeight(), a.height + b.height);
    QCOMPARE(layout.laneAt(1), 0);
    QCOMPARE(layout.laneAt(a.height + 1), 1);
    QCOMPARE(layout.laneAt(layout.contentHeight() + 1), -1);
}

void tst_TimelineLayout::collapsingALaneRemovesItsSubRowsAndKeepsItsEventsHitTestable()
{
    const std::vector<Layout::Event> events = randomEvents(21, 400, 2, 3 * 365);
    Layout layout;
    layout.setEvents(events, 2);
    layout.layOut(metrics(), 0.25);
    const qreal expandedHeight = layout.lanes()[1].height;
    QVERIFY(layout.lanes()[1].rowCount > 1);
    QVERIFY(layout.lanes()[1].markers.size() > 0);

    layout.setLanes({{{0}, false}, {{1}, true}});
    layout.layOut(metrics(), 0.25);
    const Layout::Lane &collapsed = layout.lanes()[1];
    QVERIFY(collapsed.collapsed);
    QCOMPARE(collapsed.rowCount, 1);
    QVERIFY(collapsed.height < expandedHeight);
    QCOMPARE(collapsed.height, metrics().rowHeight + 2 * metrics().collapsedPadding);
    QCOMPARE(collapsed.top, layout.lanes()[0].height);
    QCOMPARE(layout.contentHeight(), layout.lanes()[0].height + collapsed.height);
    // Every event is still there, as a marker or in a cluster, with no label and no overlap.
    const TimeScale scale = scaleFor(layout);
    int inClusters = 0;
    for (const Layout::Cluster &cluster : collapsed.clusters) {
        inClusters += cluster.count;
        QCOMPARE(layout.hitTest(layout.clusterRect(1, cluster, scale).center(), scale).kind, Layout::Hit::Kind::Cluster);
    }
    QCOMPARE(inClusters + static_cast<int>(collapsed.markers.size()), static_cast<int>(layout.laneEvents(1).size()));
    QVERIFY(!collapsed.markers.empty());
    QVERIFY(!collapsed.clusters.empty());
    for (size_t k = 0; k < collapsed.markers.size(); ++k) {
        const Layout::Marker &marker = collapsed.markers[k];
        QCOMPARE(marker.subRow, 0);
        QCOMPARE(marker.labelWidth, 0.0);
        QVERIFY(layout.labelRect(1, marker, scale).isEmpty());
        const Layout::Hit hit = layout.hitTest(layout.markerCenter(1, marker, scale), scale, 0);
        QCOMPARE(hit.kind, Layout::Hit::Kind::Marker);
        QCOMPARE(hit.event, marker.event);
        if (k > 0)
            QVERIFY(layout.markerRect(1, collapsed.markers[k - 1], scale).right() <= layout.markerRect(1, marker, scale).left());
    }
    for (int e : layout.laneEvents(1)) {
        const Layout::Place place = layout.placeOf(e);
        QCOMPARE(place.lane, 1);
        QVERIFY((place.marker >= 0) != (place.cluster >= 0));
    }
    // The other lane is untouched, and expanding again restores the sub-rows.
    QVERIFY(!layout.lanes()[0].collapsed);
    layout.setLanes({{{0}, false}, {{1}, false}});
    layout.layOut(metrics(), 0.25);
    QCOMPARE(layout.lanes()[1].height, expandedHeight);
}

void tst_TimelineLayout::lanesDrawTheirSourcesMergedByTimeInTheGivenOrder()
{
    const std::vector<Layout::Event> events = randomEvents(8, 600, 4, 365);
    Layout layout;
    layout.setEvents(events, 4);
    // Source 3 first, then 0 and 2 together (a group), then a header with no events; 1 not drawn.
    layout.setLanes({{{3}, false}, {{0, 2}, false}, {{}, true}});
    QCOMPARE(layout.laneCount(), 3);
    QCOMPARE(layout.laneOfSource(3), 0);
    QCOMPARE(layout.laneOfSource(0), 1);
    QCOMPARE(layout.laneOfSource(2), 1);
    QCOMPARE(layout.laneOfSource(1), -1);
    QCOMPARE(layout.laneEvents(1).size(), layout.sourceLaneEvents(0).size() + layout.sourceLaneEvents(2).size());
    QVERIFY(layout.laneEvents(2).empty());
    const std::vector<int> &merged = layout.laneEvents(1);
    for (size_t k = 1; k < merged.size(); ++k) {
        const Layout::Event &a = events[static_cast<size_t>(merged[k - 1])];
        const Layout::Event &b = events[static_cast<size_t>(merged[k])];
        QVERIFY(a.day < b.day || (a.day == b.day && a.key < b.key));
    }
    layout.layOut(metrics(), 0.5);
    int drawn = 0;
    for (int e = 0; e < static_cast<int>(events.size()); ++e) {
        const Layout::Place place = layout.placeOf(e);
        QCOMPARE(place.lane, layout.laneOf(e));
        if (events[static_cast<size_t>(e)].lane == 1) {
            QCOMPARE(place.lane, -1);
        } else {
            QVERIFY((place.marker >= 0) != (place.cluster >= 0));
            ++drawn;
        }
    }
    QCOMPARE(drawn, static_cast<int>(events.size() - layout.sourceLaneEvents(1).size()));
    QCOMPARE(layout.lanes()[2].height, metrics().rowHeight + 2 * metrics().collapsedPadding);
}

void tst_TimelineLayout::benchmarkLayOut100kEvents()
{
    Layout layout;
    layout.setEvents(randomEvents(1, 100000, 12, 10 * 365), 12);
    double dpp = 3.0;
    QBENCHMARK {
        layout.layOut(metrics(), dpp);
        dpp = dpp > 0.01 ? dpp / 1.25 : 3.0;
    }
}

void tst_TimelineLayout::benchmarkHitTest100kEvents()
{
    Layout layout;
    layout.setEvents(randomEvents(1, 100000, 12, 10 * 365), 12);
    layout.layOut(metrics(), 0.05);
    const TimeScale scale = scaleFor(layout);
    QRandomGenerator random(3);
    int hits = 0;
    QBENCHMARK {
        const QPointF pos(random.bounded(1000.0), random.bounded(layout.contentHeight()));
        hits += layout.hitTest(pos, scale).kind != Layout::Hit::Kind::None;
    }
    QVERIFY(hits > 0); // the random points do land on events
}

QTEST_APPLESS_MAIN(tst_TimelineLayout)

#include "tst_timelinelayout.moc"
