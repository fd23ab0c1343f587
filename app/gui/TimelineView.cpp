#include "TimelineView.h"

#include "OpennessLevel.h"
#include "ReleaseModel.h"
#include "TimelineAccessible.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

// One zoom step (a wheel notch, Ctrl++): fine enough to aim, coarse enough to go from 60 years
// down to a week in about 35 steps.
constexpr double zoomStep = 1.25;
// A wheel notch pans this fraction of the visible time.
constexpr qreal wheelPanFraction = 0.1;
// How many views back() can return to.
constexpr int historyDepth = 50;

QString shortDate(double day)
{
    return QLocale().toString(QDate::fromJulianDay(static_cast<qint64>(day)), QStringLiteral("d MMM yyyy"));
}

} // namespace

// The accessibility factory must be in place before anything asks for the view's interface
// (setting the accessible name below already does), or Qt caches a generic one.
TimelineView::TimelineView(QWidget *parent)
    : QAbstractItemView((TimelineAccessible::install(), parent))
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Release events by organization, one lane each. Left and Right go to the previous and "
                                "next event in time, Up and Down to the nearest event in the neighbouring lane, Home "
                                "and End to the first and last, Enter opens the details, Escape clears the selection. "
                                "Ctrl+wheel zooms, the wheel pans, Shift+drag zooms to a range."));
    m_metrics = TimelinePainter::Metrics::fromFont(font());
    m_content.setFont(m_metrics.font);
    createActions();

    m_outsideHint = new QToolButton(viewport());
    m_outsideHint->setAutoRaise(false);
    m_outsideHint->setCursor(Qt::PointingHandCursor);
    m_outsideHint->setToolTip(tr("Zoom out to show every event that matches the filters"));
    m_outsideHint->hide();
    connect(m_outsideHint, &QToolButton::clicked, this, &TimelineView::fitFiltered);
}

TimelineView::~TimelineView() = default;

void TimelineView::createActions()
{
    // Window shortcuts: they work wherever the focus is in the window that holds the view.
    auto make = [this](const QIcon &icon, const QString &text, const QList<QKeySequence> &keys, const QString &tip,
                       void (TimelineView::*slot)()) {
        auto *action = new QAction(icon, text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_zoomInAction = make(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"),
                          QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal),
                          tr("Show less time in more detail"), &TimelineView::zoomIn);
    m_zoomOutAction = make(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"),
                           QKeySequence::keyBindings(QKeySequence::ZoomOut), tr("Show more time"), &TimelineView::zoomOut);
    m_fitAllAction = make(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit &All"),
                          {QKeySequence(Qt::CTRL | Qt::Key_0)}, tr("Show the whole history of the dataset"),
                          &TimelineView::fitAll);
    m_fitFilteredAction = make(QIcon::fromTheme(QStringLiteral("zoom-select")), tr("Fit &Matches"),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)},
                               tr("Show the time range of the events that match the filters"), &TimelineView::fitFiltered);
    m_backAction = make(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous View"),
                        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)},
                        tr("Go back to the view before the last zoom or fit"), &TimelineView::back);
    m_backAction->setEnabled(false);
    m_legendAction = new QAction(tr("Show Legen&d"), this);
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    m_legendAction->setStatusTip(tr("Explain the markers, bands and lines below the timeline"));
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        m_legendShown = on;
        m_frame = {}; // a new frame, with or without the legend's strip
        ensureLayout();
        updateGeometries();
        viewport()->update();
    });

    auto *orders = new QActionGroup(this);
    const std::pair<LaneArrangement::Order, QString> orderNames[] = {
        {LaneArrangement::Order::Dataset, tr("Lanes in &Dataset Order")},
        {LaneArrangement::Order::Name, tr("Lanes by &Name")},
        {LaneArrangement::Order::EventCount, tr("Lanes by Number of &Events")},
        {LaneArrangement::Order::FirstRelease, tr("Lanes by &First Release")},
    };
    for (const auto &entry : orderNames) {
        const LaneArrangement::Order order = entry.first;
        auto *action = new QAction(entry.second, orders);
        action->setCheckable(true);
        action->setChecked(order == m_laneOptions.order);
        action->setData(static_cast<int>(order));
        action->setStatusTip(tr("Order the timeline's lanes; pinned lanes stay at the top"));
        connect(action, &QAction::triggered, this, [this, order] { setLaneOrder(order); });
        m_laneOrderActions.append(action);
    }
}

QList<QAction *> TimelineView::viewActions() const
{
    return {m_zoomInAction, m_zoomOutAction, m_fitAllAction, m_fitFilteredAction, m_backAction, m_legendAction};
}

// ---------------------------------------------------------------------------------------------
// Model and content

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemView::model())
        disconnect(QAbstractItemView::model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    m_content.setModel(model);
    if (model) {
        // After a removal the model is consistent again: read it then (rowsAboutToBeRemoved
        // alone would let a paint in between read the old rows as current).
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { contentChanged(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { contentChanged(); });
        // QAbstractItemView lays out after a layoutChanged only later (doDelayedItemsLayout);
        // the filter proxy announces a filter change that way, and the view must follow at once.
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { contentChanged(); });
    }
    m_follow = Follow::Filtered;
    m_history.clear();
    m_backAction->setEnabled(false);
    contentChanged();
}

void TimelineView::reset()
{
    QAbstractItemView::reset();
    m_content.invalidateSource();
    m_follow = Follow::Filtered;
    m_history.clear();
    m_backAction->setEnabled(false);
    contentChanged();
}

void TimelineView::doItemsLayout()
{
    // Called on layoutChanged, which is how the filter proxy announces a filter change.
    m_content.invalidateRows();
    contentChanged();
    QAbstractItemView::doItemsLayout();
}

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    m_content.invalidateSource();
    contentChanged();
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    m_content.invalidateRows();
    contentChanged();
}

void TimelineView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    m_content.invalidateRows();
    m_layoutDirty = true;
}

// Model signals come in bursts (a filter change can remove many row ranges): the content is
// re-read lazily, once, by whatever needs it first.
void TimelineView::contentChanged()
{
    m_content.invalidateRows();
    m_layoutDirty = true;
    m_lanesDirty = true;
    m_paintCache.labels.clear(); // keyed by event, which is a row
    viewport()->update();
    if (m_updateQueued)
        return;
    m_updateQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_updateQueued = false;
        ensureLayout();
        updateScrollBars();
        updateOutsideHint();
        viewport()->update();
        emit lanesChanged();
    }, Qt::QueuedConnection);
}

void TimelineView::ensureLayout() const
{
    const QSizeF size = viewport()->size();
    bool contentChanged = m_content.update(m_layout);
    if (contentChanged || m_lanesDirty) {
        m_content.arrange(m_layout, m_laneOptions);
        m_lanesDirty = false;
        contentChanged = true;
    }
    if (contentChanged || m_frame.size != size) {
        m_frame = TimelinePainter::frame(m_metrics, m_content, size);
        if (!m_legendShown)
            m_frame.legendHeight = 0;
        m_layoutDirty = true;
    }
    const QRectF area = m_frame.timeArea();
    m_scale.setWidth(std::max<qreal>(area.width(), 1));
    if (m_follow != Follow::None)
        fitScale(m_scale, m_follow);
    if (m_layoutDirty || !m_layout.isLaidOut() || m_layout.daysPerPixel() != m_scale.daysPerPixel())
        relayout();
}

void TimelineView::relayout() const
{
    m_layout.layOut(m_metrics.layout, m_scale.daysPerPixel());
    m_layoutDirty = false;
}

void TimelineView::fitScale(TimeScale &scale, Follow follow) const
{
    QDate first = follow == Follow::All ? m_content.sourceFirstDate() : m_content.firstDate();
    QDate last = follow == Follow::All ? m_content.sourceLastDate() : m_content.lastDate();
    if (!first.isValid()) {
        const QDate today = QDate::currentDate();
        scale.fit(today.addYears(-1), today, 0, 0);
        return;
    }
    // Room on the right for the last labels: the widest of each lane's last label.
    qreal lastLabel = 0;
    const TimelineLayout::Metrics &m = m_metrics.layout;
    for (int lane = 0; lane < m_layout.laneCount(); ++lane) {
        const std::vector<int> &events = m_layout.laneEvents(lane);
        if (!events.empty())
            lastLabel = std::max<qreal>(lastLabel, std::min<qreal>(m_layout.events()[static_cast<size_t>(events.back())].labelWidth,
                                                                  m.maxLabelWidth));
    }
    // In a narrow view that room would squeeze the whole history into what is left: a label
    // gets at most a quarter of the width, and the painter elides what the edge cuts.
    const qreal left = m.markerSize + m_metrics.em;
    const qreal lastLabelRoom = std::min(m.labelGap + lastLabel, std::max<qreal>(0, scale.width() / 4 - m.markerSize));
    const qreal right = m.markerSize / 2 + lastLabelRoom + m_metrics.em;
    scale.fit(first, last, left, right);
}

// ---------------------------------------------------------------------------------------------
// Geometry

const TimeScale &TimelineView::timeScale() const
{
    ensureLayout();
    return m_scale;
}

QRectF TimelineView::timeArea() const
{
    ensureLayout();
    return m_frame.timeArea();
}

const TimelineLayout &TimelineView::timelineLayout() const
{
    ensureLayout();
    return m_layout;
}

const TimelineContent &TimelineView::content() const
{
    ensureLayout();
    return m_content;
}

int TimelineView::laneCount() const
{
    ensureLayout();
    return m_layout.laneCount();
}

int TimelineView::markerCount() const
{
    ensureLayout();
    return m_layout.markerCount();
}

int TimelineView::clusterCount() const
{
    ensureLayout();
    return m_layout.clusterCount();
}

QPointF TimelineView::toTimeArea(QPointF viewportPos) const
{
    const QRectF area = m_frame.timeArea();
    return {viewportPos.x() - area.left(), viewportPos.y() - area.top() + verticalScrollBar()->value()};
}

QRectF TimelineView::markerRect(const QModelIndex &index) const
{
    ensureLayout();
    const TimelineLayout::Place place = m_layout.placeOf(m_content.eventOf(index));
    if (place.marker < 0)
        return {};
    const QRectF area = m_frame.timeArea();
    return m_layout.markerRect(place.lane, m_layout.lanes()[static_cast<size_t>(place.lane)].markers[static_cast<size_t>(place.marker)], m_scale)
        .translated(area.left(), area.top() - verticalScrollBar()->value());
}

QRectF TimelineView::clusterRect(const QModelIndex &index) const
{
    ensureLayout();
    const TimelineLayout::Place place = m_layout.placeOf(m_content.eventOf(index));
    if (place.cluster < 0)
        return {};
    const QRectF area = m_frame.timeArea();
    return m_layout.clusterRect(place.lane, m_layout.lanes()[static_cast<size_t>(place.lane)].clusters[static_cast<size_t>(place.cluster)], m_scale)
        .translated(area.left(), area.top() - verticalScrollBar()->value());
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    QRectF rect = markerRect(index);
    if (rect.isEmpty())
        rect = clusterRect(index);
    return rect.toAlignedRect();
}

TimelineLayout::Hit TimelineView::hitAt(QPointF viewportPos) const
{
    ensureLayout();
    if (!m_frame.timeArea().contains(viewportPos))
        return {};
    return m_layout.hitTest(toTimeArea(viewportPos), m_scale, std::max<qreal>(2, m_metrics.layout.markerSize * 0.25));
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    const TimelineLayout::Hit hit = hitAt(point);
    return hit.event >= 0 ? m_content.index(hit.event) : QModelIndex();
}

int TimelineView::horizontalOffset() const
{
    return 0;
}

int TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool TimelineView::isIndexHidden(const QModelIndex &index) const
{
    return index.column() != 0;
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    // A rubber band selects the markers it touches (the view uses single selection, so this is
    // what QAbstractItemView's default behaviour asks of it at most).
    ensureLayout();
    QItemSelection selection;
    const QRectF area = m_frame.timeArea();
    const QRectF r = QRectF(rect).translated(-area.left(), -area.top() + verticalScrollBar()->value());
    const auto [firstLane, lastLane] = m_layout.visibleLanes(r.top(), r.bottom());
    for (int lane = firstLane; lane < lastLane; ++lane) {
        const auto [first, last] = m_layout.visibleMarkers(lane, m_scale, r.left(), r.right());
        for (int k = first; k < last; ++k) {
            const TimelineLayout::Marker &marker = m_layout.lanes()[static_cast<size_t>(lane)].markers[static_cast<size_t>(k)];
            if (m_layout.markerRect(lane, marker, m_scale).intersects(r)) {
                const QModelIndex index = m_content.index(marker.event);
                selection.select(index, index);
            }
        }
    }
    selectionModel()->select(selection, command | QItemSelectionModel::Rows);
}

QRegion TimelineView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        // Only what can be on screen matters; a huge range is one repaint anyway.
        if (range.height() > 64)
            return QRegion(viewport()->rect());
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QRect rect = visualRect(model()->index(row, 0, range.parent()));
            if (!rect.isEmpty())
                region += rect.adjusted(-6, -6, qCeil(m_metrics.layout.maxLabelWidth) + 6, 6);
        }
    }
    return region;
}

void TimelineView::updateGeometries()
{
    ensureLayout();
    updateScrollBars();
    QAbstractItemView::updateGeometries();
}

void TimelineView::updateScrollBars()
{
    QScrollBar *bar = verticalScrollBar();
    const qreal areaHeight = std::max<qreal>(m_frame.timeArea().height(), 0);
    bar->setRange(0, std::max(0, static_cast<int>(std::ceil(m_layout.contentHeight() - areaHeight))));
    bar->setPageStep(std::max(1, static_cast<int>(areaHeight)));
    bar->setSingleStep(std::max(1, static_cast<int>(m_metrics.layout.rowHeight)));
}

int TimelineView::eventsOutsideView() const
{
    ensureLayout();
    const double from = m_scale.startDay();
    const double to = m_scale.dayAt(m_scale.width());
    int outside = 0;
    for (const TimelineLayout::Event &event : m_layout.events()) {
        if (m_layout.laneOfSource(event.lane) >= 0 && (event.day < from || event.day >= to))
            ++outside;
    }
    return outside;
}

// After a filter change the view keeps the user's zoom; when matches then lie outside it, a
// button says how many and fits them on a click.
void TimelineView::updateOutsideHint()
{
    const int outside = m_follow == Follow::None ? eventsOutsideView() : 0;
    if (outside == 0) {
        m_outsideHint->hide();
        return;
    }
    m_outsideHint->setText(tr("Matches outside the view: %Ln — Fit", nullptr, outside));
    m_outsideHint->adjustSize();
    const QRectF area = m_frame.timeArea();
    // On the axis strip, at the right, where it covers no event.
    m_outsideHint->setMaximumHeight(static_cast<int>(m_frame.axisHeight) - 2);
    m_outsideHint->adjustSize();
    m_outsideHint->move(static_cast<int>(area.right() - m_outsideHint->width() - 2),
                        std::max(1, static_cast<int>((m_frame.axisHeight - m_outsideHint->height()) / 2)));
    m_outsideHint->show();
}

// ---------------------------------------------------------------------------------------------
// Lanes

void TimelineView::lanesOptionsChanged()
{
    m_lanesDirty = true;
    m_layoutDirty = true;
    m_paintCache.labels.clear();
    for (QAction *action : std::as_const(m_laneOrderActions))
        action->setChecked(action->data().toInt() == static_cast<int>(m_laneOptions.order));
    ensureLayout();
    updateScrollBars();
    viewport()->update();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::VisibleDataChanged);
        QAccessible::updateAccessibility(&event);
    }
    emit lanesChanged();
}

void TimelineView::setLaneOptions(const LaneArrangement::Options &options)
{
    if (options == m_laneOptions)
        return;
    m_laneOptions = options;
    lanesOptionsChanged();
}

void TimelineView::setLaneOrder(LaneArrangement::Order order)
{
    LaneArrangement::Options options = m_laneOptions;
    options.order = order;
    setLaneOptions(options);
}

void TimelineView::setOrganizationPinned(const QString &organizationId, bool pinned)
{
    LaneArrangement::Options options = m_laneOptions;
    if (pinned)
        options.pinned.insert(organizationId);
    else
        options.pinned.remove(organizationId);
    setLaneOptions(options);
}

void TimelineView::setOrganizationCollapsed(const QString &organizationId, bool collapsed)
{
    LaneArrangement::Options options = m_laneOptions;
    if (collapsed)
        options.collapsed.insert(organizationId);
    else
        options.collapsed.remove(organizationId);
    setLaneOptions(options);
}

void TimelineView::setOthersExpanded(bool expanded)
{
    LaneArrangement::Options options = m_laneOptions;
    options.othersExpanded = expanded;
    setLaneOptions(options);
}

void TimelineView::setTopLaneCount(int count)
{
    LaneArrangement::Options options = m_laneOptions;
    options.topCount = std::max(0, count);
    setLaneOptions(options);
}

void TimelineView::toggleLane(int lane)
{
    ensureLayout();
    if (lane < 0 || lane >= static_cast<int>(m_content.shownLanes().size()))
        return;
    const TimelineContent::ShownLane &shown = m_content.shownLanes()[static_cast<size_t>(lane)];
    if (shown.isOthers()) {
        setOthersExpanded(!shown.arrangement.expanded);
        return;
    }
    if (shown.arrangement.organizations.empty())
        return;
    const QString id = m_content.lanes()[static_cast<size_t>(shown.arrangement.organizations.front())].organizationId;
    setOrganizationCollapsed(id, !shown.arrangement.collapsed);
}

int TimelineView::laneOfOrganization(const QString &organizationId) const
{
    ensureLayout();
    const std::vector<TimelineContent::Lane> &organizations = m_content.lanes();
    for (int i = 0; i < static_cast<int>(organizations.size()); ++i) {
        if (organizations[static_cast<size_t>(i)].organizationId == organizationId)
            return m_layout.laneOfSource(i);
    }
    return -1;
}

void TimelineView::scrollToOrganization(const QString &organizationId)
{
    int lane = laneOfOrganization(organizationId);
    if (lane < 0)
        return;
    if (m_content.shownLanes()[static_cast<size_t>(lane)].isOthers()) {
        setOthersExpanded(true);
        lane = laneOfOrganization(organizationId);
        if (lane < 0)
            return;
    }
    verticalScrollBar()->setValue(static_cast<int>(std::floor(m_layout.lanes()[static_cast<size_t>(lane)].top)));
    viewport()->update();
}

QRectF TimelineView::laneHeaderRect(int lane) const
{
    ensureLayout();
    if (lane < 0 || lane >= m_layout.laneCount())
        return {};
    const TimelineLayout::Lane &l = m_layout.lanes()[static_cast<size_t>(lane)];
    const QRectF area = m_frame.timeArea();
    return {0, area.top() + l.top - verticalScrollBar()->value(), m_frame.headerWidth, l.height};
}

int TimelineView::laneHeaderAt(const QPoint &pos) const
{
    ensureLayout();
    const QRectF area = m_frame.timeArea();
    if (pos.x() < 0 || pos.x() >= area.left() || pos.y() < area.top() || pos.y() > area.bottom())
        return -1;
    return m_layout.laneAt(toTimeArea(pos).y());
}

QString TimelineView::laneDescription(int lane) const
{
    ensureLayout();
    if (lane < 0 || lane >= static_cast<int>(m_content.shownLanes().size()))
        return {};
    const TimelineContent::ShownLane &shown = m_content.shownLanes()[static_cast<size_t>(lane)];
    QStringList parts{tr("%1 lane").arg(shown.name),
                      shown.eventCount == 1 ? tr("1 event") : tr("%Ln events", nullptr, shown.eventCount)};
    if (shown.isOthers())
        parts << (shown.arrangement.expanded ? tr("expanded") : tr("collapsed"));
    else if (shown.arrangement.collapsed)
        parts << tr("collapsed");
    if (shown.arrangement.pinned)
        parts << tr("pinned");
    return parts.join(QStringLiteral(", "));
}

QMenu *TimelineView::createLaneMenu(int lane, QWidget *parent)
{
    ensureLayout();
    auto *menu = new QMenu(parent);
    if (lane >= 0 && lane < static_cast<int>(m_content.shownLanes().size())) {
        const TimelineContent::ShownLane &shown = m_content.shownLanes()[static_cast<size_t>(lane)];
        if (shown.isOthers()) {
            menu->addAction(shown.arrangement.expanded ? tr("&Group Into Others") : tr("&Show Their Lanes"), this,
                            [this, lane] { toggleLane(lane); });
        } else if (!shown.arrangement.organizations.empty()) {
            const QString id = m_content.lanes()[static_cast<size_t>(shown.arrangement.organizations.front())].organizationId;
            const bool collapsed = shown.arrangement.collapsed;
            const bool pinned = shown.arrangement.pinned;
            menu->addAction(collapsed ? tr("&Expand Lane") : tr("&Collapse Lane"), this,
                            [this, id, collapsed] { setOrganizationCollapsed(id, !collapsed); });
            menu->addAction(pinned ? tr("&Unpin Lane") : tr("&Pin Lane to the Top"), this,
                            [this, id, pinned] { setOrganizationPinned(id, !pinned); });
        }
        menu->addSeparator();
    }
    menu->addActions(m_laneOrderActions);
    return menu;
}

// ---------------------------------------------------------------------------------------------
// Zoom and pan

void TimelineView::applyScale(const TimeScale &scale, bool remember)
{
    if (remember) {
        m_history.append(m_scale);
        if (m_history.size() > historyDepth)
            m_history.removeFirst();
        m_backAction->setEnabled(true);
    }
    m_scale = scale;
    ensureLayout();
    updateScrollBars();
    updateOutsideHint();
    viewport()->update();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::VisibleDataChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void TimelineView::fitAll()
{
    ensureLayout();
    TimeScale scale = m_scale;
    fitScale(scale, Follow::All);
    m_follow = Follow::All;
    applyScale(scale, true);
}

void TimelineView::fitFiltered()
{
    ensureLayout();
    TimeScale scale = m_scale;
    fitScale(scale, Follow::Filtered);
    m_follow = Follow::Filtered;
    applyScale(scale, true);
}

void TimelineView::zoomIn()
{
    ensureLayout();
    zoomBy(zoomStep, m_scale.width() / 2);
}

void TimelineView::zoomOut()
{
    ensureLayout();
    zoomBy(1 / zoomStep, m_scale.width() / 2);
}

void TimelineView::back()
{
    if (m_history.isEmpty())
        return;
    m_follow = Follow::None;
    TimeScale scale = m_history.takeLast();
    scale.setWidth(m_scale.width());
    m_backAction->setEnabled(!m_history.isEmpty());
    applyScale(scale, false);
}

void TimelineView::zoomToRange(double firstDay, double lastDay)
{
    ensureLayout();
    TimeScale scale = m_scale;
    const TimelineLayout::Metrics &m = m_metrics.layout;
    scale.fit(QDate::fromJulianDay(static_cast<qint64>(std::floor(firstDay))),
              QDate::fromJulianDay(static_cast<qint64>(std::floor(lastDay))), m.markerSize + m_metrics.em,
              m.markerSize + m.maxLabelWidth / 2);
    m_follow = Follow::None;
    applyScale(scale, true);
}

void TimelineView::zoomBy(double factor, qreal anchorX)
{
    ensureLayout();
    TimeScale scale = m_scale;
    if (!scale.zoom(factor, anchorX))
        return;
    // Zoom steps are not remembered one by one: back() returns to the fit they started from,
    // or to the last explicit zoom (a range, a cluster).
    const bool remember = m_follow != Follow::None;
    m_follow = Follow::None;
    applyScale(scale, remember);
}

void TimelineView::panBy(qreal dx)
{
    if (dx == 0)
        return;
    ensureLayout();
    m_follow = Follow::None;
    m_scale.pan(dx); // panning never changes the layout: only where the scale starts
    updateOutsideHint();
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// Current event and selection

void TimelineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    if (current.isValid()) {
        if (!isVisible())
            m_revealCurrentOnShow = true; // without its real size the view would pan to nonsense
        else
            revealEvent(m_content.eventOf(current));
        notifyAccessibleFocus(m_content.eventOf(current));
    }
    viewport()->update();
}

void TimelineView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    viewport()->update();
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint)
{
    revealEvent(m_content.eventOf(index));
}

// Shows the event: zooms in (around it) while it is inside a cluster, then scrolls the least that
// shows its marker and label on both axes, keeping a margin from the edges.
void TimelineView::revealEvent(int event)
{
    ensureLayout();
    if (event < 0 || event >= m_content.eventCount())
        return;
    const QRectF area = m_frame.timeArea();
    TimelineLayout::Place place = m_layout.placeOf(event);
    if (place.lane < 0)
        return;
    const double day = m_layout.events()[static_cast<size_t>(event)].day;
    // In a collapsed lane the cluster that holds the event is what shows it: the reader chose
    // the summary, so moving there does not zoom in.
    const bool collapsed = m_layout.lanes()[static_cast<size_t>(place.lane)].collapsed;
    if (place.cluster >= 0 && collapsed) {
        const TimelineLayout::Cluster &cluster = m_layout.lanes()[static_cast<size_t>(place.lane)].clusters[static_cast<size_t>(place.cluster)];
        const QRectF rect = m_layout.clusterRect(place.lane, cluster, m_scale);
        const qreal margin = std::min(m_metrics.em * 2, area.width() / 4);
        if (rect.left() < margin)
            panBy(margin - rect.left());
        else if (rect.right() > area.width() - margin)
            panBy(area.width() - margin - rect.right());
        const TimelineLayout::Lane &lane = m_layout.lanes()[static_cast<size_t>(place.lane)];
        QScrollBar *bar = verticalScrollBar();
        if (lane.top < bar->value())
            bar->setValue(static_cast<int>(std::floor(lane.top)));
        else if (lane.top + lane.height > bar->value() + area.height())
            bar->setValue(static_cast<int>(std::ceil(lane.top + lane.height - area.height())));
        updateOutsideHint();
        viewport()->update();
        return;
    }
    if (place.cluster >= 0) {
        TimeScale scale = m_scale;
        for (int step = 0; step < 40 && place.cluster >= 0; ++step) {
            const qreal anchor = std::clamp<qreal>(scale.x(day), 0, area.width());
            if (!scale.zoom(zoomStep * zoomStep, anchor))
                break;
            m_scale = scale;
            relayout();
            place = m_layout.placeOf(event);
        }
        m_follow = Follow::None;
        updateScrollBars();
    }
    if (place.marker < 0) {
        viewport()->update();
        return;
    }
    const TimelineLayout::Lane &lane = m_layout.lanes()[static_cast<size_t>(place.lane)];
    const TimelineLayout::Marker &marker = lane.markers[static_cast<size_t>(place.marker)];
    const TimelineLayout::Metrics &m = m_metrics.layout;
    const qreal x = m_scale.x(marker.day);
    const qreal margin = std::min(m_metrics.em * 2, area.width() / 4);
    const qreal left = x - m.markerSize / 2;
    const qreal right = std::min<qreal>(x + m.markerSize / 2 + m.labelGap + marker.labelWidth, left + area.width() - 2 * margin);
    if (left < margin)
        panBy(margin - left);
    else if (right > area.width() - margin)
        panBy(area.width() - margin - right);

    QScrollBar *bar = verticalScrollBar();
    const qreal rowTop = lane.rowsTop + marker.subRow * m.rowHeight;
    const qreal rowBottom = rowTop + m.rowHeight;
    const qreal padding = lane.rowsTop - lane.top;
    if (rowTop - padding < bar->value())
        bar->setValue(static_cast<int>(std::floor(rowTop - padding)));
    else if (rowBottom > bar->value() + area.height())
        bar->setValue(static_cast<int>(std::ceil(rowBottom - area.height())));
    updateOutsideHint();
    viewport()->update();
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    ensureLayout();
    const int rows = m_content.eventCount();
    if (rows == 0)
        return {};
    const int current = m_content.eventOf(currentIndex());
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious: // the previous event in time; rows are in chronological order
        return m_content.index(current < 0 ? rows - 1 : std::max(current - 1, 0));
    case MoveRight:
    case MoveNext:
        return m_content.index(current < 0 ? 0 : std::min(current + 1, rows - 1));
    case MoveHome:
        return m_content.index(0);
    case MoveEnd:
        return m_content.index(rows - 1);
    case MoveUp:
    case MoveDown: {
        if (current < 0)
            return m_content.index(0);
        const TimelineLayout::Event &event = m_layout.events()[static_cast<size_t>(current)];
        int lane = m_layout.laneOf(current) + (cursorAction == MoveUp ? -1 : 1);
        // Skip lanes with nothing in them: the header of an expanded Others. A collapsed lane is
        // one stop (its events are there, in one row), whatever sub-rows it had expanded.
        while (lane >= 0 && lane < m_layout.laneCount() && m_layout.laneEvents(lane).empty())
            lane += cursorAction == MoveUp ? -1 : 1;
        if (lane < 0 || lane >= m_layout.laneCount())
            return currentIndex();
        // The event nearest in time in that lane (the earlier one on a tie).
        const std::vector<int> &events = m_layout.laneEvents(lane);
        auto dayOf = [this](int e) { return m_layout.events()[static_cast<size_t>(e)].day; };
        auto it = std::lower_bound(events.begin(), events.end(), event.day, [&](int e, double day) { return dayOf(e) < day; });
        int best = it != events.end() ? *it : -1;
        if (it != events.begin()) {
            const int before = *std::prev(it);
            if (best < 0 || event.day - dayOf(before) <= dayOf(best) - event.day)
                best = before;
        }
        return m_content.index(best);
    }
    case MovePageUp:
    case MovePageDown:
        return currentIndex();
    }
    return currentIndex();
}

void TimelineView::notifyAccessibleFocus(int event)
{
    if (!QAccessible::isActive() || event < 0)
        return;
    if (QAccessibleInterface *item = TimelineAccessible::eventInterface(this, event)) {
        QAccessibleEvent focus(item, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
        QAccessibleEvent name(item, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&name);
    }
}

// ---------------------------------------------------------------------------------------------
// Painting and export

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    TimelinePainter::Interaction interaction;
    interaction.cache = &m_paintCache;
    interaction.scrollY = verticalScrollBar()->value();
    interaction.currentEvent = m_content.eventOf(currentIndex());
    interaction.hasFocus = hasFocus();
    interaction.hoveredLane = m_hoveredLane;
    interaction.hoveredCluster = m_hoveredCluster;
    const QItemSelectionModel *selection = selectionModel();
    interaction.isSelected = [selection](int event) { return selection && selection->isRowSelected(event, QModelIndex()); };
    TimelinePainter(m_metrics, m_content, m_layout, m_scale, palette()).paint(painter, m_frame, interaction);
    if (hasFocus()) {
        // The view's own focus frame: the timeline is one stop in the Tab chain.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
}

// The scale of an exported timeline: every event shown, or the time range on screen, across
// timeWidth pixels.
TimeScale TimelineView::exportScale(qreal timeWidth, ExportRange range) const
{
    TimeScale scale = m_scale;
    scale.setWidth(std::max<qreal>(timeWidth, 1));
    if (range == ExportRange::All) {
        fitScale(scale, Follow::Filtered);
    } else {
        const double first = m_scale.startDay();
        const double last = m_scale.dayAt(m_scale.width());
        scale = TimeScale(QDate::fromJulianDay(static_cast<qint64>(first)), QDate::fromJulianDay(static_cast<qint64>(last)),
                          std::max<qreal>(timeWidth, 1));
    }
    return scale;
}

qreal TimelineView::exportHeight(qreal width, ExportRange range) const
{
    ensureLayout();
    const TimelinePainter::Frame frame = TimelinePainter::frame(m_metrics, m_content, QSizeF(width, 1000));
    TimelineLayout layout;
    layout.setEvents(m_layout.events(), m_layout.sourceLaneCount());
    layout.setLanes(m_layout.laneSpecs());
    layout.layOut(m_metrics.layout, exportScale(frame.timeArea().width(), range).daysPerPixel());
    return frame.axisHeight + layout.contentHeight() + frame.legendHeight;
}

void TimelineView::renderTimeline(QPainter &painter, QSizeF size, ExportRange range) const
{
    renderTimeline(painter, size, range, palette());
}

void TimelineView::renderTimeline(QPainter &painter, QSizeF size, ExportRange range, const QPalette &palette) const
{
    ensureLayout();
    if (size.isEmpty())
        return;
    // Shrink to fit the lanes: twice, because a narrower logical width can pack more rows.
    qreal factor = 1;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const qreal needed = exportHeight(size.width() / factor, range);
        factor = std::min<qreal>(factor, size.height() / factor >= needed ? factor : size.height() / needed);
    }
    factor = std::max<qreal>(factor, 0.05);
    const QSizeF logical = size / factor;
    const TimelinePainter::Frame frame = TimelinePainter::frame(m_metrics, m_content, logical);
    const TimeScale scale = exportScale(frame.timeArea().width(), range);
    TimelineLayout layout;
    layout.setEvents(m_layout.events(), m_layout.sourceLaneCount());
    layout.setLanes(m_layout.laneSpecs());
    layout.layOut(m_metrics.layout, scale.daysPerPixel());
    painter.save();
    painter.scale(factor, factor);
    TimelinePainter(m_metrics, m_content, layout, scale, palette).paint(painter, frame);
    painter.restore();
}

// ---------------------------------------------------------------------------------------------
// Events

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    ensureLayout();
    updateScrollBars();
    updateOutsideHint();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractItemView::showEvent(event);
    if (m_revealCurrentOnShow) {
        m_revealCurrentOnShow = false;
        // After the window's layout has given the view its size.
        QTimer::singleShot(0, this, [this] { revealEvent(m_content.eventOf(currentIndex())); });
    }
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        // Label widths and every size come from the font.
        m_metrics = TimelinePainter::Metrics::fromFont(font());
        m_content.setFont(m_metrics.font);
        m_paintCache.clear();
        contentChanged();
        break;
    case QEvent::PaletteChange:
        m_paintCache.clear();
        viewport()->update();
        break;
    default:
        break;
    }
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    // Not QAbstractItemView's: it makes the first row current on focus, and Tab must move focus
    // without changing what the rest of the window shows.
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        ensureLayout();
        const qreal page = m_scale.width() * 0.8;
        panBy(event->key() == Qt::Key_PageUp ? page : -page);
        event->accept();
        return;
    }
    case Qt::Key_Escape:
        if (selectionModel() && (selectionModel()->hasSelection() || currentIndex().isValid())) {
            selectionModel()->clear();
            event->accept();
            return;
        }
        event->ignore();
        return;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    if (const int lane = laneHeaderAt(event->position().toPoint()); lane >= 0) {
        toggleLane(lane);
        m_drag = Drag::None;
        event->accept();
        return;
    }
    m_pressHit = hitAt(event->position());
    m_pressPos = m_lastDragPos = event->position();
    m_pressModifiers = event->modifiers();
    m_drag = Drag::Pending;
    if (m_pressHit.event >= 0) {
        const QModelIndex index = m_content.index(m_pressHit.event);
        const auto command = event->modifiers() & Qt::ControlModifier ? QItemSelectionModel::Toggle
                                                                       : QItemSelectionModel::ClearAndSelect;
        selectionModel()->setCurrentIndex(index, command | QItemSelectionModel::Rows);
        m_drag = Drag::None;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_drag == Drag::None) {
        // Hover: clusters light up to say they can be clicked.
        const TimelineLayout::Hit hit = hitAt(event->position());
        const int lane = hit.kind == TimelineLayout::Hit::Kind::Cluster ? hit.lane : -1;
        const int cluster = hit.kind == TimelineLayout::Hit::Kind::Cluster ? hit.index : -1;
        if (lane != m_hoveredLane || cluster != m_hoveredCluster) {
            m_hoveredLane = lane;
            m_hoveredCluster = cluster;
            viewport()->setCursor(cluster >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
            viewport()->update();
        }
        QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    if (m_drag == Drag::Pending && (event->position() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = (m_pressModifiers | event->modifiers()) & Qt::ShiftModifier ? Drag::ZoomRange : Drag::Pan;
        viewport()->setCursor(m_drag == Drag::Pan ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
    }
    if (m_drag == Drag::Pan) {
        const QPointF delta = event->position() - m_lastDragPos;
        m_lastDragPos = event->position();
        panBy(delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(delta.y()));
    } else if (m_drag == Drag::ZoomRange) {
        m_lastDragPos = event->position();
        viewport()->update();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    if (drag == Drag::ZoomRange) {
        const QRectF area = m_frame.timeArea();
        const qreal x0 = std::clamp<qreal>(std::min(m_pressPos.x(), event->position().x()) - area.left(), 0, area.width());
        const qreal x1 = std::clamp<qreal>(std::max(m_pressPos.x(), event->position().x()) - area.left(), 0, area.width());
        if (x1 - x0 >= 4)
            zoomToRange(m_scale.dayAt(x0), m_scale.dayAt(x1));
        viewport()->update();
    } else if (drag == Drag::Pending) {
        if (m_pressHit.kind == TimelineLayout::Hit::Kind::Cluster) {
            const TimelineLayout::Cluster &cluster =
                m_layout.lanes()[static_cast<size_t>(m_pressHit.lane)].clusters[static_cast<size_t>(m_pressHit.index)];
            zoomToRange(cluster.firstDay, cluster.lastDay);
        } else if (selectionModel()) {
            selectionModel()->clear(); // a click on empty space
        }
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineLayout::Hit hit = event->button() == Qt::LeftButton ? hitAt(event->position()) : TimelineLayout::Hit();
    if (hit.event < 0) {
        event->accept();
        return;
    }
    const QModelIndex index = m_content.index(hit.event);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit doubleClicked(index);
    emit activated(index);
    event->accept();
}

// Ctrl+wheel zooms under the cursor, Shift+wheel scrolls lanes, a plain wheel pans time (the
// convention of Timeline, Shotcut and Kdenlive). Notches are accumulated to 120 so that
// high-resolution wheels zoom by the same steps as classic ones; a touchpad's pixel deltas move
// the content by exactly that many pixels.
void TimelineView::wheelEvent(QWheelEvent *event)
{
    ensureLayout();
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const QRectF area = m_frame.timeArea();
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers & Qt::ControlModifier) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        const qreal anchor = std::clamp<qreal>(event->position().x() - area.left(), 0, area.width());
        if (!event->hasPixelDelta() || delta != 0) {
            m_wheelZoomAccumulator += delta;
            int steps = 0;
            while (m_wheelZoomAccumulator >= 120) {
                m_wheelZoomAccumulator -= 120;
                ++steps;
            }
            while (m_wheelZoomAccumulator <= -120) {
                m_wheelZoomAccumulator += 120;
                --steps;
            }
            if (steps != 0)
                zoomBy(std::pow(zoomStep, steps), anchor);
        } else {
            zoomBy(std::pow(zoomStep, pixels.y() / 120.0), anchor);
        }
    } else if (modifiers & Qt::ShiftModifier) {
        QScrollBar *bar = verticalScrollBar();
        int dy = 0;
        if (event->hasPixelDelta())
            dy = pixels.y() != 0 ? pixels.y() : pixels.x();
        else
            dy = qRound((angle.y() != 0 ? angle.y() : angle.x()) / 120.0 * 3 * m_metrics.layout.rowHeight);
        bar->setValue(bar->value() - dy);
    } else if (event->hasPixelDelta()) {
        // A touchpad: horizontal motion pans time, vertical motion scrolls lanes.
        panBy(pixels.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - pixels.y());
    } else {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        panBy(delta / 120.0 * area.width() * wheelPanFraction);
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    case QEvent::Leave:
        if (m_hoveredCluster >= 0) {
            m_hoveredLane = m_hoveredCluster = -1;
            viewport()->update();
        }
        break;
    case QEvent::Paint:
        if (m_drag == Drag::ZoomRange) {
            // The range being dragged, over the timeline.
            const bool handled = QAbstractItemView::viewportEvent(event);
            QPainter painter(viewport());
            const QRectF area = m_frame.timeArea();
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlphaF(0.25f);
            const qreal x0 = std::clamp(std::min(m_pressPos.x(), m_lastDragPos.x()), area.left(), area.right());
            const qreal x1 = std::clamp(std::max(m_pressPos.x(), m_lastDragPos.x()), area.left(), area.right());
            painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
            return handled;
        }
        break;
    default:
        break;
    }
    return QAbstractItemView::viewportEvent(event);
}

// A tooltip is rich text: dataset text is escaped so that names are never read as markup.
QString TimelineView::toolTipAt(QPointF pos) const
{
    ensureLayout();
    const TimelineLayout::Hit hit = hitAt(pos);
    if (hit.event >= 0) {
        const QModelIndex index = m_content.index(hit.event);
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(m_content.label(hit.event).toHtmlEscaped());
        const QString title = index.data(ReleaseModel::TitleRole).toString();
        if (!title.isEmpty())
            lines << title.toHtmlEscaped();
        lines << m_content.description(hit.event).toHtmlEscaped();
        return lines.join(QStringLiteral("<br>"));
    }
    if (hit.kind == TimelineLayout::Hit::Kind::Cluster) {
        const TimelineLayout::Cluster &cluster = m_layout.lanes()[static_cast<size_t>(hit.lane)].clusters[static_cast<size_t>(hit.index)];
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(tr("Events here: %Ln", nullptr, cluster.count));
        lines << tr("%1 to %2").arg(shortDate(cluster.firstDay), shortDate(cluster.lastDay)).toHtmlEscaped();
        for (int level = TimelineLayout::levelSlots - 1; level >= 0; --level) {
            const int count = cluster.levelCounts[static_cast<size_t>(level)];
            if (count > 0)
                lines << QStringLiteral("%1: %2").arg(level < Openness::levelCount ? Openness::name(static_cast<OpennessLevel>(level))
                                                                                    : tr("level unknown"),
                                                      QString::number(count)).toHtmlEscaped();
        }
        lines << tr("Click to zoom in on these events.");
        return lines.join(QStringLiteral("<br>"));
    }
    const QRectF area = m_frame.timeArea();
    if (pos.y() < area.top() || pos.y() > area.bottom())
        return {};
    const int lane = m_layout.laneAt(toTimeArea(pos).y());
    if (lane < 0)
        return {};
    const TimelineContent::ShownLane &shown = m_content.shownLanes()[static_cast<size_t>(lane)];
    if (pos.x() < area.left()) {
        const QString action = shown.isOthers() ? (shown.arrangement.expanded ? tr("Click to group them again.")
                                                                             : tr("Click to show their lanes."))
                             : shown.arrangement.collapsed ? tr("Click to expand.") : tr("Click to collapse.");
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(shown.name.toHtmlEscaped(), tr("%Ln event(s)", nullptr, shown.eventCount).toHtmlEscaped(), action.toHtmlEscaped());
    }
    const QDate date = m_scale.dateAt(pos.x() - area.left());
    const QString laneName = shown.name;
    const QList<CorporateStage> stages = m_content.shownLaneStages(lane);
    for (const CorporateStage &stage : stages) {
        if (!stage.contains(date))
            continue;
        const QLocale locale;
        const QString from = locale.toString(stage.start, QStringLiteral("d MMM yyyy"));
        const QString range = stage.end.isValid() ? tr("%1 to %2").arg(from, locale.toString(stage.end, QStringLiteral("d MMM yyyy")))
                                                  : tr("since %1").arg(from);
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(stage.name.toHtmlEscaped(), laneName.toHtmlEscaped(), range.toHtmlEscaped());
    }
    return {};
}

QSize TimelineView::sizeHint() const
{
    const qreal em = QFontMetricsF(font()).height();
    return QSizeF(em * 50, em * 25).toSize();
}

QSize TimelineView::minimumSizeHint() const
{
    const qreal em = QFontMetricsF(font()).height();
    return QSizeF(em * 15, em * 8).toSize();
}
