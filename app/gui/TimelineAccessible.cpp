#include "TimelineAccessible.h"

#include "OpennessLevel.h"
#include "TimelineView.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>

namespace {

// One event or cluster of a view. Everything is looked up when asked, so an item never shows
// stale geometry; it is invalid once its event or cluster is gone.
class TimelineItemInterface : public QAccessibleInterface
{
public:
    TimelineItemInterface(TimelineView *view, bool cluster, bool header, int lane, qint64 key)
        : m_view(view)
        , m_cluster(cluster)
        , m_header(header)
        , m_lane(lane)
        , m_key(key)
    {
    }

    bool isValid() const override
    {
        if (!m_view)
            return false;
        if (m_header)
            return m_lane >= 0 && m_lane < m_view->timelineLayout().laneCount();
        return m_cluster ? clusterIndex() >= 0 : event() >= 0;
    }
    bool belongsTo(const TimelineView *view) const { return m_view == view; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return m_header ? QAccessible::RowHeader : QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid() || (t != QAccessible::Name && t != QAccessible::Description))
            return {};
        const TimelineContent &content = m_view->content();
        if (m_header) {
            return t == QAccessible::Name ? m_view->laneDescription(m_lane)
                                          : QCoreApplication::translate("TimelineAccessible", "Click to collapse or expand the lane.");
        }
        if (!m_cluster)
            return t == QAccessible::Name ? content.description(event()) : QString();
        const TimelineLayout::Cluster &cluster = clusterRef();
        if (t == QAccessible::Description)
            return QCoreApplication::translate("TimelineAccessible", "Activate to zoom in on these events.");
        const QLocale locale;
        auto date = [&](double day) {
            return locale.toString(QDate::fromJulianDay(static_cast<qint64>(day)), QStringLiteral("d MMMM yyyy"));
        };
        QStringList levels;
        for (int level = 0; level < TimelineLayout::levelSlots; ++level) {
            const int count = cluster.levelCounts[static_cast<size_t>(level)];
            if (count > 0)
                levels << QStringLiteral("%1 %2").arg(QString::number(count),
                                                      level < Openness::levelCount ? Openness::name(static_cast<OpennessLevel>(level))
                                                                                   : QCoreApplication::translate("TimelineAccessible", "level unknown"));
        }
        return QCoreApplication::translate("TimelineAccessible", "Cluster of %Ln events of %1 from %2 to %3: %4", nullptr, cluster.count)
            .arg(content.shownLanes()[static_cast<size_t>(m_lane)].name, date(cluster.firstDay), date(cluster.lastDay),
                 levels.join(QStringLiteral(", ")));
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        QRectF r;
        if (m_header) {
            r = m_view->laneHeaderRect(m_lane);
        } else if (m_cluster) {
            const QRectF area = m_view->timeArea();
            r = m_view->timelineLayout()
                    .clusterRect(m_lane, clusterRef(), m_view->timeScale())
                    .translated(area.left(), area.top() - m_view->verticalScrollBar()->value());
        } else {
            r = m_view->markerRect(m_view->content().index(event()));
        }
        const QRect local = r.toAlignedRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        if (m_header) {
            const TimelineContent::ShownLane &shown = m_view->content().shownLanes()[static_cast<size_t>(m_lane)];
            const bool open = shown.isOthers() ? shown.arrangement.expanded : !shown.arrangement.collapsed;
            s.expandable = true;
            s.expanded = open;
            s.collapsed = !open;
            return s;
        }
        if (m_cluster)
            return s;
        s.selectable = true;
        const QModelIndex index = m_view->content().index(event());
        if (m_view->selectionModel() && m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
            s.selected = true;
        if (m_view->currentIndex() == index) {
            s.active = true;
            s.focused = m_view->hasFocus();
        }
        const QRect visible = m_view->viewport()->rect();
        if (!visible.intersects(m_view->visualRect(index)))
            s.offscreen = true;
        return s;
    }

private:
    int event() const
    {
        return m_view && m_key >= 0 && m_key < m_view->content().eventCount() ? static_cast<int>(m_key) : -1;
    }
    int clusterIndex() const
    {
        const TimelineLayout &layout = m_view->timelineLayout();
        if (m_lane < 0 || m_lane >= layout.laneCount())
            return -1;
        const std::vector<TimelineLayout::Cluster> &clusters = layout.lanes()[static_cast<size_t>(m_lane)].clusters;
        auto it = std::lower_bound(clusters.begin(), clusters.end(), m_key,
                                   [](const TimelineLayout::Cluster &c, qint64 bin) { return c.bin < bin; });
        return it != clusters.end() && it->bin == m_key ? static_cast<int>(it - clusters.begin()) : -1;
    }
    const TimelineLayout::Cluster &clusterRef() const
    {
        return m_view->timelineLayout().lanes()[static_cast<size_t>(m_lane)].clusters[static_cast<size_t>(clusterIndex())];
    }

    QPointer<TimelineView> m_view;
    bool m_cluster;
    bool m_header;
    int m_lane;
    qint64 m_key;
};

// Item interfaces are registered once per view, event or cluster, and live as long as Qt's
// accessibility cache keeps them (it deletes them with the application).
QHash<QString, QAccessible::Id> &registry()
{
    static QHash<QString, QAccessible::Id> ids;
    return ids;
}

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("TimelineView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::List)
{
}

void TimelineAccessible::install()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(timelineFactory);
        installed = true;
    }
}

TimelineView *TimelineAccessible::view() const
{
    return qobject_cast<TimelineView *>(widget());
}

QAccessibleInterface *TimelineAccessible::itemInterface(TimelineView *view, const Item &item)
{
    if (!view)
        return nullptr;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(quintptr(view), 0, 16)
                            .arg(item.header ? QLatin1Char('h') : item.cluster ? QLatin1Char('c') : QLatin1Char('e'))
                            .arg(item.lane)
                            .arg(item.key);
    QHash<QString, QAccessible::Id> &ids = registry();
    if (const auto it = ids.constFind(key); it != ids.constEnd()) {
        // A view at the address of a deleted one must not inherit its items.
        auto *iface = static_cast<TimelineItemInterface *>(QAccessible::accessibleInterface(*it));
        if (iface && iface->belongsTo(view))
            return iface;
        if (iface)
            QAccessible::deleteAccessibleInterface(*it);
        ids.erase(it);
    }
    auto *iface = new TimelineItemInterface(view, item.cluster, item.header, item.lane, item.key);
    ids.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *TimelineAccessible::eventInterface(TimelineView *view, int event)
{
    if (!view || event < 0 || event >= view->content().eventCount())
        return nullptr;
    return itemInterface(view, {false, false, view->timelineLayout().laneOf(event), event});
}

QList<TimelineAccessible::Item> TimelineAccessible::visibleItems() const
{
    QList<Item> items;
    TimelineView *v = view();
    if (!v)
        return items;
    const TimelineLayout &layout = v->timelineLayout();
    const TimeScale &scale = v->timeScale();
    const QRectF area = v->timeArea();
    const qreal scrollY = v->verticalScrollBar()->value();
    const auto [firstLane, lastLane] = layout.visibleLanes(scrollY, scrollY + area.height());
    for (int lane = firstLane; lane < lastLane; ++lane) {
        const TimelineLayout::Lane &l = layout.lanes()[static_cast<size_t>(lane)];
        items.append({false, true, lane, lane}); // the header first, then its events
        const auto [cFirst, cLast] = layout.visibleClusters(lane, scale, 0, area.width());
        const auto [mFirst, mLast] = layout.visibleMarkers(lane, scale, 0, area.width());
        // Merged by time, so that the list reads left to right within a lane.
        int c = cFirst;
        int m = mFirst;
        while (c < cLast || m < mLast) {
            const bool takeCluster = m >= mLast
                                  || (c < cLast && l.clusters[static_cast<size_t>(c)].firstDay <= l.markers[static_cast<size_t>(m)].day);
            if (takeCluster) {
                items.append({true, false, lane, l.clusters[static_cast<size_t>(c)].bin});
                ++c;
            } else {
                const TimelineLayout::Marker &marker = l.markers[static_cast<size_t>(m)];
                // Markers whose label alone reaches into view are not "visible" events.
                if (scale.x(marker.day) >= -layout.metrics().markerSize)
                    items.append({false, false, lane, marker.event});
                ++m;
            }
        }
    }
    return items;
}

int TimelineAccessible::childCount() const
{
    return static_cast<int>(visibleItems().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    const QList<Item> items = visibleItems();
    if (index < 0 || index >= items.size())
        return nullptr;
    return itemInterface(view(), items.at(index));
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QList<Item> items = visibleItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (itemInterface(view(), items.at(i)) == child)
            return static_cast<int>(i);
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    TimelineView *v = view();
    if (!v)
        return nullptr;
    const QPoint local = v->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = v->indexAt(local);
    if (index.isValid())
        return eventInterface(v, index.row());
    return nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    TimelineView *v = view();
    if (!v || !v->currentIndex().isValid())
        return nullptr;
    return eventInterface(v, v->currentIndex().row());
}
