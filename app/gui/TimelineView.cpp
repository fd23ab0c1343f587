#include "TimelineView.h"

#include "LanePacker.h"
#include "LevelPalette.h"
#include "ReleaseModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

// More sub-rows than this make a lane taller than it is useful; beyond it labels are elided to
// the room before the next marker instead (TimelineJS3 caps rows the same way).
constexpr int maxSubRows = 5;
// One zoom step (a wheel notch, Ctrl+=): fine enough to aim, coarse enough to cover 60 years
// down to a week in about 35 steps.
constexpr double zoomStep = 1.25;
// A wheel notch pans this fraction of the visible time.
constexpr qreal wheelPanFraction = 0.1;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const float t = static_cast<float>(std::clamp<qreal>(amountOfB, 0, 1));
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QString formatDate(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day:
        break;
    }
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

OpennessLevel levelFromRank(int rank)
{
    return static_cast<OpennessLevel>(std::clamp(rank, 0, Openness::levelCount - 1));
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Release events by organization. Left and Right move to the previous and next "
                                "release, Up and Down to the nearest release in the neighbouring lane, Home and "
                                "End to the first and last; Ctrl+wheel zooms."));
}

TimelineView::~TimelineView() = default;

// ---------------------------------------------------------------------------------------------
// Model, selection and dataset

void TimelineView::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    invalidateItems();
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    disconnectModel();
    m_model = model;
    connectModel();
    if (!m_selection || m_selection->model() != model)
        setSelectionModel(new QItemSelectionModel(model, this));
    m_fitted = true;
    invalidateItems();
}

QAbstractItemModel *TimelineView::model() const
{
    return m_model;
}

void TimelineView::setSelectionModel(QItemSelectionModel *selection)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    // The view's own selection model (made by setModel) goes once a shared one replaces it.
    if (m_selection && m_selection != selection && m_selection->parent() == this)
        m_selection->deleteLater();
    m_selection = selection;
    if (m_selection) {
        m_selectionConnections << connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                                          [this] { viewport()->update(); });
        // A selection made elsewhere (the event list, --select) is scrolled into view here.
        m_selectionConnections << connect(m_selection, &QItemSelectionModel::currentChanged, this,
                                          [this](const QModelIndex &current) {
                                              if (current.isValid())
                                                  ensureItemVisible(itemForRow(current.row()));
                                              viewport()->update();
                                          });
    }
    viewport()->update();
}

QItemSelectionModel *TimelineView::selectionModel() const
{
    return m_selection;
}

void TimelineView::connectModel()
{
    if (!m_model)
        return;
    auto changed = [this] { invalidateItems(); };
    m_modelConnections << connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_fitted = true;
        invalidateItems();
    });
    m_modelConnections << connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    m_modelConnections << connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    m_modelConnections << connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
    m_modelConnections << connect(m_model, &QAbstractItemModel::layoutChanged, this, changed);
    m_modelConnections << connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    m_modelConnections << connect(m_model, &QObject::destroyed, this, changed);
}

void TimelineView::disconnectModel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
}

void TimelineView::invalidateItems()
{
    m_itemsDirty = true;
    m_layoutDirty = true;
    scheduleRelayout();
}

// Model signals can come in bursts (a filter change removes many row ranges); the items are
// re-read lazily, once, by whatever needs them first, and at the latest on the next event loop.
void TimelineView::scheduleRelayout()
{
    viewport()->update();
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_relayoutPending = false;
            ensureLayout();
            updateScrollBars();
        },
        Qt::QueuedConnection);
}

void TimelineView::ensureItems() const
{
    if (m_itemsDirty)
        rebuildItems();
}

void TimelineView::rebuildItems() const
{
    m_itemsDirty = false;
    m_layoutDirty = true;
    m_items.clear();
    m_lanes.clear();
    m_itemOfRow.clear();
    m_firstDate = QDate();
    m_lastDate = QDate();
    m_metrics = computeMetrics();
    if (!m_model)
        return;

    const int rows = m_model->rowCount();
    m_itemOfRow.fill(-1, rows);
    m_items.reserve(rows);
    const QFontMetricsF fm(m_metrics.font);
    QHash<QString, qreal> widthOfLabel;
    QHash<QString, int> laneOfOrganization;
    QList<QString> organizationOrder;

    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QDate date = index.data(ReleaseModel::DateRole).toDate();
        if (!date.isValid())
            continue;
        Item item;
        item.row = row;
        item.date = date;
        item.day = static_cast<double>(date.toJulianDay());
        item.level = levelFromRank(index.data(ReleaseModel::LevelRole).toInt());
        bool ok = false;
        item.releaseIndex = index.data(ReleaseModel::ReleaseIndexRole).toInt(&ok);
        if (!ok)
            item.releaseIndex = -1;
        if (m_dataset && (item.releaseIndex < 0 || item.releaseIndex >= m_dataset->releases().size()))
            item.releaseIndex = -1;
        if (m_dataset && item.releaseIndex >= 0)
            item.unconfirmed = m_dataset->releases().at(item.releaseIndex).unconfirmed;

        const QString organizationId = index.data(ReleaseModel::OrganizationIdRole).toString();
        auto lane = laneOfOrganization.constFind(organizationId);
        if (lane == laneOfOrganization.constEnd()) {
            lane = laneOfOrganization.insert(organizationId, static_cast<int>(organizationOrder.size()));
            organizationOrder.append(organizationId);
        }
        item.lane = *lane;

        // The label is the model's name: the marker's colour and shape already say what the event
        // did to its openness, and the tooltip and detail pane give the full title.
        if (m_dataset && item.releaseIndex >= 0) {
            const Release &release = m_dataset->releases().at(item.releaseIndex);
            const Model *model = m_dataset->modelOf(release);
            item.label = model ? model->name : release.title;
        }
        if (item.label.isEmpty())
            item.label = index.siblingAtColumn(ReleaseModel::ModelColumn).data().toString();
        if (item.label.isEmpty())
            item.label = index.data(ReleaseModel::IdRole).toString();
        auto width = widthOfLabel.constFind(item.label);
        if (width == widthOfLabel.constEnd())
            width = widthOfLabel.insert(item.label, fm.horizontalAdvance(item.label));
        item.labelWidth = *width;

        if (!m_firstDate.isValid() || date < m_firstDate)
            m_firstDate = date;
        if (!m_lastDate.isValid() || date > m_lastDate)
            m_lastDate = date;
        m_itemOfRow[row] = static_cast<int>(m_items.size());
        m_items.append(item);
    }

    // Lanes in the dataset's organization order (the author's), unknown ones after, by appearance.
    QList<int> laneOrder(organizationOrder.size());
    std::iota(laneOrder.begin(), laneOrder.end(), 0);
    auto rankOf = [this, &organizationOrder](int lane) -> qsizetype {
        if (m_dataset) {
            const auto &organizations = m_dataset->organizations();
            for (qsizetype i = 0; i < organizations.size(); ++i) {
                if (organizations.at(i).id == organizationOrder.at(lane))
                    return i;
            }
        }
        return std::numeric_limits<int>::max();
    };
    std::stable_sort(laneOrder.begin(), laneOrder.end(), [&](int a, int b) { return rankOf(a) < rankOf(b); });
    QList<int> newLaneOf(laneOrder.size());
    for (qsizetype i = 0; i < laneOrder.size(); ++i) {
        newLaneOf[laneOrder.at(i)] = static_cast<int>(i);
        Lane lane;
        lane.organizationId = organizationOrder.at(laneOrder.at(i));
        const Organization *organization = m_dataset ? m_dataset->organization(lane.organizationId) : nullptr;
        lane.name = organization ? organization->name : lane.organizationId;
        if (lane.name.isEmpty())
            lane.name = tr("(no organization)");
        m_lanes.append(lane);
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        item.lane = newLaneOf.at(item.lane);
        m_lanes[item.lane].items.append(static_cast<int>(i));
    }
    for (Lane &lane : m_lanes) {
        std::stable_sort(lane.items.begin(), lane.items.end(),
                         [this](int a, int b) { return m_items.at(a).day < m_items.at(b).day; });
    }

    // The header column fits the longest organization name, within reason (long ones are elided).
    qreal widest = 0;
    for (const Lane &lane : std::as_const(m_lanes))
        widest = std::max(widest, fm.horizontalAdvance(lane.name));
    m_metrics.headerWidth = std::ceil(std::clamp(widest + m_metrics.em, m_metrics.em * 5, m_metrics.em * 12));
}

TimelineView::Metrics TimelineView::computeMetrics() const
{
    Metrics m;
    m.font = font();
    const QFontMetricsF fm(m.font);
    m.em = fm.height();
    // Even sizes keep symmetric shapes crisp at 1x.
    m.markerSize = std::max<qreal>(8, 2 * std::round(m.em * 0.42));
    m.rowHeight = std::round(std::max(m.markerSize, m.em) + m.em * 0.35);
    m.labelGap = std::round(m.em * 0.3);
    m.maxLabelWidth = m.em * 12;
    m.smallFont = m.font;
    if (m.font.pointSizeF() > 0)
        m.smallFont.setPointSizeF(m.font.pointSizeF() * 0.85);
    else
        m.smallFont.setPixelSize(std::max(6, qRound(m.font.pixelSize() * 0.85)));
    const QFontMetricsF small(m.smallFont);
    m.laneTopPadding = std::ceil(small.height() + 2);
    m.laneBottomPadding = std::round(m.em * 0.35);
    m.axisHeight = std::round(m.em * 1.7);
    m.headerWidth = std::ceil(m.em * 5);
    m.tickSpacing = m.em; // padding between tick labels; label widths are added per unit
    return m;
}

// ---------------------------------------------------------------------------------------------
// Layout

void TimelineView::fitScale(TimeScale &scale) const
{
    if (!m_firstDate.isValid()) {
        const QDate today = QDate::currentDate();
        scale.fit(today.addYears(-1), today, 0, 0);
        return;
    }
    // Room on the right for the last labels: the widest of each lane's last label.
    qreal lastLabel = 0;
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (!lane.items.isEmpty())
            lastLabel = std::max(lastLabel, std::min(m_items.at(lane.items.last()).labelWidth, m_metrics.maxLabelWidth));
    }
    const qreal left = m_metrics.markerSize + m_metrics.em;
    const qreal right = m_metrics.markerSize / 2 + m_metrics.labelGap + lastLabel + m_metrics.em;
    scale.fit(m_firstDate, m_lastDate, left, right);
}

void TimelineView::ensureLayout() const
{
    ensureItems();
    const QSizeF size = viewport()->size();
    if (m_layout.size != size || m_layout.headerWidth != m_metrics.headerWidth)
        m_layoutDirty = true;
    m_scale.setWidth(std::max<qreal>(size.width() - m_metrics.headerWidth, 1));
    if (m_fitted)
        fitScale(m_scale);
    m_layout.scale = m_scale;
    if (m_layoutDirty || m_layout.packedDaysPerPixel != m_scale.daysPerPixel()) {
        m_layout.size = size;
        m_layout.headerWidth = m_metrics.headerWidth;
        m_layout.axisHeight = m_metrics.axisHeight;
        placeLegend(m_layout);
        packLayout(m_layout);
        m_layoutDirty = false;
    }
}

void TimelineView::packLayout(Layout &layout) const
{
    const Metrics &m = m_metrics;
    const QFontMetricsF fm(m.font);
    const TimeScale &scale = layout.scale;
    layout.packedDaysPerPixel = scale.daysPerPixel();
    layout.items.resize(m_items.size());
    layout.lanes.resize(m_lanes.size());
    const qreal gap = m.em * 0.6; // between one label's end and the next marker on the row

    qreal top = 0;
    QList<LanePacker::Extent> extents;
    QList<int> lastInRow;
    for (qsizetype laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane &lane = m_lanes.at(laneIndex);
        extents.clear();
        for (int i : lane.items) {
            const Item &item = m_items.at(i);
            const qreal x = scale.x(item.day);
            extents.append({x - m.markerSize / 2,
                            x + m.markerSize / 2 + m.labelGap + std::min(item.labelWidth, m.maxLabelWidth)});
        }
        const LanePacker::Result packed = LanePacker::pack(extents, maxSubRows, gap);

        // Each label gets the room up to the next marker on its row: the whole label when the
        // rows sufficed, an elided one when the row cap forced an overlap.
        lastInRow.fill(-1, std::max(packed.rowCount, 1));
        auto placeLabel = [&](int i, qreal room) {
            const Item &item = m_items.at(i);
            ItemPlace &place = layout.items[i];
            room = std::min(room, m.maxLabelWidth);
            if (item.labelWidth <= room) {
                place.label = item.label;
                place.labelWidth = item.labelWidth;
            } else if (room >= m.em * 1.5) {
                place.label = fm.elidedText(item.label, Qt::ElideRight, room);
                place.labelWidth = fm.horizontalAdvance(place.label);
            } else {
                place.label.clear();
                place.labelWidth = 0;
            }
        };
        for (qsizetype k = 0; k < lane.items.size(); ++k) {
            const int i = lane.items.at(k);
            const int row = packed.rows.at(k);
            layout.items[i].subRow = row;
            const int previous = lastInRow.at(row);
            if (previous >= 0) {
                const qreal labelStart = scale.x(m_items.at(previous).day) + m.markerSize / 2 + m.labelGap;
                placeLabel(previous, scale.x(m_items.at(i).day) - m.markerSize / 2 - m.labelGap - labelStart);
            }
            lastInRow[row] = i;
        }
        for (int i : std::as_const(lastInRow)) {
            if (i >= 0)
                placeLabel(i, m.maxLabelWidth);
        }
        LanePlace &place = layout.lanes[laneIndex];
        place.top = top;
        place.height = m.laneTopPadding + std::max(packed.rowCount, 1) * m.rowHeight + m.laneBottomPadding;
        top += place.height;
    }
    layout.contentHeight = top;
}

// The legend is a strip along the bottom: each level's shape, colour and name, wrapped to as
// many lines as the width needs.
void TimelineView::placeLegend(Layout &layout) const
{
    const Metrics &m = m_metrics;
    const QFontMetricsF fm(m.font);
    layout.legend.clear();
    const qreal padding = m.em * 0.5;
    const qreal available = std::max<qreal>(layout.size.width() - 2 * padding, m.em * 4);
    qreal x = 0;
    qreal y = 0;
    for (OpennessLevel level : Openness::allLevels()) {
        const QString text = Openness::name(level);
        const qreal width = m.markerSize + m.labelGap + fm.horizontalAdvance(text) + m.em * 1.2;
        if (x > 0 && x + width > available) {
            x = 0;
            y += m.rowHeight;
        }
        layout.legend.append({level, QPointF(padding + x, padding / 2 + y), text});
        x += width;
    }
    layout.legendHeight = std::ceil(y + m.rowHeight + padding);
}

void TimelineView::updateScrollBars()
{
    QScrollBar *bar = verticalScrollBar();
    const qreal areaHeight = std::max<qreal>(m_layout.timeArea().height(), 0);
    bar->setRange(0, std::max(0, static_cast<int>(std::ceil(m_layout.contentHeight - areaHeight))));
    bar->setPageStep(std::max(1, static_cast<int>(areaHeight)));
    bar->setSingleStep(std::max(1, static_cast<int>(m_metrics.rowHeight)));
}

QList<TimeScale::Tick> TimelineView::axisTicks(const TimeScale &scale) const
{
    // The finest interval whose labels fit: year labels ("2024") are narrower than month labels
    // ("Sep 2024"), which are narrower than day labels, so try the coarse units' widths first.
    const QFontMetricsF fm(m_metrics.font);
    const QDate sample(2000, 9, 28);
    using Unit = TimeScale::TickUnit;
    for (const Unit unit : {Unit::Year, Unit::Month, Unit::Day}) {
        const qreal spacing = fm.horizontalAdvance(TimeScale::tickLabel(sample, {unit, 1})) + m_metrics.tickSpacing;
        const TimeScale::TickInterval interval = scale.tickInterval(spacing);
        const bool accepted = unit == Unit::Year ? interval.unit == Unit::Year
                            : unit == Unit::Month ? interval.unit == Unit::Month
                                                  : true;
        if (accepted)
            return scale.ticks(interval);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Geometry queries

const TimeScale &TimelineView::timeScale() const
{
    ensureLayout();
    return m_layout.scale;
}

QRectF TimelineView::timeArea() const
{
    ensureLayout();
    return m_layout.timeArea();
}

int TimelineView::markerCount() const
{
    ensureItems();
    return static_cast<int>(m_items.size());
}

int TimelineView::laneCount() const
{
    ensureItems();
    return static_cast<int>(m_lanes.size());
}

QPointF TimelineView::markerCenter(const Layout &layout, int item, qreal scrollY) const
{
    const Item &it = m_items.at(item);
    const LanePlace &lane = layout.lanes.at(it.lane);
    const qreal x = layout.headerWidth + layout.scale.x(it.day);
    const qreal y = layout.axisHeight + lane.top - scrollY + m_metrics.laneTopPadding
                  + (layout.items.at(item).subRow + 0.5) * m_metrics.rowHeight;
    return {x, y};
}

int TimelineView::itemForRow(int row) const
{
    ensureItems();
    return row >= 0 && row < m_itemOfRow.size() ? m_itemOfRow.at(row) : -1;
}

QRectF TimelineView::markerRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != m_model)
        return {};
    const int item = itemForRow(index.row());
    if (item < 0)
        return {};
    ensureLayout();
    const QPointF center = markerCenter(m_layout, item, verticalScrollBar()->value());
    const qreal s = m_metrics.markerSize;
    return {center.x() - s / 2, center.y() - s / 2, s, s};
}

int TimelineView::laneAt(QPointF pos) const
{
    ensureLayout();
    const qreal y = pos.y() - m_layout.axisHeight + verticalScrollBar()->value();
    for (qsizetype i = 0; i < m_layout.lanes.size(); ++i) {
        const LanePlace &lane = m_layout.lanes.at(i);
        if (y >= lane.top && y < lane.top + lane.height)
            return static_cast<int>(i);
    }
    return -1;
}

int TimelineView::itemAt(QPointF pos) const
{
    ensureLayout();
    const QRectF area = m_layout.timeArea();
    if (!area.contains(pos))
        return -1;
    const int laneIndex = laneAt(pos);
    if (laneIndex < 0)
        return -1;
    const Metrics &m = m_metrics;
    const qreal scrollY = verticalScrollBar()->value();
    const QList<int> &items = m_lanes.at(laneIndex).items;
    // Only markers whose marker or label can reach pos: from a label's width left of it to a
    // marker's half-width right of it.
    const double fromDay = m_layout.scale.dayAt(pos.x() - area.left() - m.maxLabelWidth - m.markerSize * 2);
    const double toDay = m_layout.scale.dayAt(pos.x() - area.left() + m.markerSize);
    auto it = std::lower_bound(items.begin(), items.end(), fromDay,
                               [this](int i, double day) { return m_items.at(i).day < day; });
    int labelHit = -1;
    int markerHit = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    const qreal slop = std::max<qreal>(2, m.markerSize * 0.25); // easier to hit small markers
    for (; it != items.end() && m_items.at(*it).day <= toDay; ++it) {
        const QPointF center = markerCenter(m_layout, *it, scrollY);
        const QRectF marker(center.x() - m.markerSize / 2 - slop, center.y() - m.markerSize / 2 - slop,
                            m.markerSize + 2 * slop, m.markerSize + 2 * slop);
        if (marker.contains(pos)) {
            const qreal distance = QLineF(center, pos).length();
            if (distance <= bestDistance) {
                bestDistance = distance;
                markerHit = *it;
            }
            continue;
        }
        const ItemPlace &place = m_layout.items.at(*it);
        const QRectF label(center.x() + m.markerSize / 2, center.y() - m.rowHeight / 2,
                           m.labelGap + place.labelWidth, m.rowHeight);
        if (place.labelWidth > 0 && label.contains(pos))
            labelHit = *it;
    }
    return markerHit >= 0 ? markerHit : labelHit;
}

QModelIndex TimelineView::indexAt(QPointF viewportPos) const
{
    const int item = itemAt(viewportPos);
    if (item < 0 || !m_model)
        return {};
    return m_model->index(m_items.at(item).row, 0);
}

// ---------------------------------------------------------------------------------------------
// Zoom, pan, selection

void TimelineView::fitAll()
{
    m_fitted = true;
    ensureLayout();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomIn()
{
    ensureLayout();
    zoomBy(zoomStep, m_layout.scale.width() / 2);
}

void TimelineView::zoomOut()
{
    ensureLayout();
    zoomBy(1 / zoomStep, m_layout.scale.width() / 2);
}

void TimelineView::zoomBy(double factor, qreal anchorX)
{
    ensureLayout();
    m_fitted = false;
    if (m_scale.zoom(factor, anchorX)) {
        ensureLayout();
        updateScrollBars();
        viewport()->update();
    }
}

void TimelineView::panBy(qreal dx)
{
    if (dx == 0)
        return;
    ensureLayout();
    m_fitted = false;
    m_scale.pan(dx);
    m_layout.scale = m_scale; // panning does not change the packing
    viewport()->update();
}

int TimelineView::currentItem() const
{
    if (!m_selection || !m_model)
        return -1;
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid() || current.model() != m_model)
        return -1;
    return itemForRow(current.row());
}

void TimelineView::selectRow(int row)
{
    if (!m_selection || !m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_selection->setCurrentIndex(m_model->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TimelineView::clearSelection()
{
    if (m_selection)
        m_selection->clear();
}

// Scrolls the least that shows the marker and its label, keeping a margin from the edges; it
// never zooms (users dislike a view that zooms on its own).
void TimelineView::ensureItemVisible(int item)
{
    if (item < 0)
        return;
    if (!isVisible()) {
        // Without its real size the view would pan to nonsense: wait until it is shown.
        m_revealCurrentOnShow = true;
        return;
    }
    ensureLayout();
    const Metrics &m = m_metrics;
    const QRectF area = m_layout.timeArea();
    const QPointF center = markerCenter(m_layout, item, verticalScrollBar()->value());
    const qreal margin = std::min(m.em * 2, area.width() / 4);
    const qreal left = center.x() - m.markerSize / 2;
    const qreal right = std::min(center.x() + m.markerSize / 2 + m.labelGap + m_layout.items.at(item).labelWidth,
                                 left + area.width() - 2 * margin);
    if (left < area.left() + margin)
        panBy(area.left() + margin - left);
    else if (right > area.right() - margin)
        panBy(area.right() - margin - right);

    QScrollBar *bar = verticalScrollBar();
    const qreal rowTop = center.y() - m.rowHeight / 2;
    const qreal rowBottom = center.y() + m.rowHeight / 2;
    if (rowTop < area.top())
        bar->setValue(bar->value() - static_cast<int>(std::ceil(area.top() - rowTop)) - static_cast<int>(m.laneTopPadding));
    else if (rowBottom > area.bottom())
        bar->setValue(bar->value() + static_cast<int>(std::ceil(rowBottom - area.bottom())));
}

// ---------------------------------------------------------------------------------------------
// Painting

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    paintTimeline(painter, m_layout, verticalScrollBar()->value(), true);
}

void TimelineView::render(QPainter *painter, const QRectF &target)
{
    if (!painter || target.isEmpty())
        return;
    ensureItems();
    // Lay out at a logical size of target / factor and scale by factor, choosing the factor so
    // that the lanes fill the target's height: a tall lane set is shrunk to fit, a short one is
    // enlarged (up to 3x, which also makes a large PNG as crisp as a high-DPI screen).
    auto layoutFor = [this](QSizeF size) {
        Layout layout;
        layout.size = size;
        layout.headerWidth = m_metrics.headerWidth;
        layout.axisHeight = m_metrics.axisHeight;
        layout.scale.setWidth(std::max<qreal>(size.width() - layout.headerWidth, 1));
        fitScale(layout.scale);
        placeLegend(layout);
        packLayout(layout);
        return layout;
    };
    auto neededHeight = [](const Layout &layout) {
        return layout.axisHeight + layout.contentHeight + layout.legendHeight;
    };
    constexpr qreal maxFactor = 3;
    qreal factor = 1;
    Layout layout = layoutFor(target.size());
    for (int attempt = 0; attempt < 4; ++attempt) {
        const qreal ratio = layout.size.height() / neededHeight(layout);
        if (std::abs(ratio - 1) < 0.02 || (ratio > 1 && factor >= maxFactor))
            break;
        factor = std::clamp(factor * ratio, 0.05, maxFactor);
        layout = layoutFor(target.size() / factor);
    }
    // Packing more rows at the smaller width can still overflow: then shrink the last bit
    // uniformly (the timeline becomes a little narrower than the target rather than cut off).
    qreal shrink = std::min<qreal>(1, layout.size.height() / neededHeight(layout));
    if (shrink < 1) {
        layout.size.setHeight(neededHeight(layout));
    }
    factor *= shrink;
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(factor, factor);
    painter->setClipRect(QRectF(QPointF(0, 0), layout.size));
    paintTimeline(*painter, layout, 0, false);
    painter->restore();
}

void TimelineView::paintTimeline(QPainter &painter, const Layout &layout, qreal scrollY, bool interactive) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(m_metrics.font);
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), palette().color(QPalette::Base));
    const QList<TimeScale::Tick> ticks = axisTicks(layout.scale);
    paintLanes(painter, layout, scrollY, interactive, ticks);
    paintAxis(painter, layout, ticks);
    paintLegend(painter, layout);
}

void TimelineView::paintLanes(QPainter &painter, const Layout &layout, qreal scrollY, bool interactive,
                              const QList<TimeScale::Tick> &ticks) const
{
    const Metrics &m = m_metrics;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    // AlternateBase is often equal to Base in custom dark palettes; a touch of Text always shows.
    const QColor alternate = pal.color(QPalette::AlternateBase) != base ? pal.color(QPalette::AlternateBase)
                                                                          : mix(base, text, 0.04);
    const QColor headerBackground = pal.color(QPalette::Window);
    const QColor separator = mix(base, text, 0.18);
    const QColor grid = mix(base, text, 0.08);
    const QColor outline = mix(text, base, 0.25);
    const QColor dimText = mix(text, base, 0.4);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor highlightedText = pal.color(QPalette::HighlightedText);
    const QFontMetricsF smallFm(m.smallFont);

    const QRectF area = layout.timeArea();
    const QRectF lanesRegion(0, area.top(), layout.size.width(), area.height());
    const qreal todayX = area.left() + layout.scale.x(QDate::currentDate());

    painter.save();
    painter.setClipRect(lanesRegion);
    const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
    const int currentRow = current.isValid() && current.model() == m_model ? current.row() : -1;

    for (qsizetype laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane &lane = m_lanes.at(laneIndex);
        const LanePlace &place = layout.lanes.at(laneIndex);
        const qreal top = area.top() + place.top - scrollY;
        if (top > area.bottom() || top + place.height < area.top())
            continue; // culled: outside the viewport vertically
        const QRectF laneRect(area.left(), top, area.width(), place.height);
        const QColor laneBackground = laneIndex % 2 ? alternate : base;
        painter.fillRect(laneRect, laneBackground);

        // Corporate stages: alternating bands, then the time grid, then the stage names at the top
        // of their bands (elided to the band) so that no line crosses them.
        painter.save();
        painter.setClipRect(laneRect.intersected(lanesRegion));
        const Organization *organization = m_dataset ? m_dataset->organization(lane.organizationId) : nullptr;
        QList<std::pair<QRectF, QString>> stageNames;
        if (organization) {
            for (qsizetype s = 0; s < organization->stages.size(); ++s) {
                const CorporateStage &stage = organization->stages.at(s);
                if (!stage.start.isValid())
                    continue;
                const qreal x0 = area.left() + layout.scale.x(stage.start);
                const qreal x1 = stage.end.isValid() ? area.left() + layout.scale.x(stage.end.addDays(1))
                                                     : area.right() + 1;
                if (x1 < area.left() || x0 > area.right())
                    continue;
                painter.fillRect(QRectF(x0, top, x1 - x0, place.height),
                                 mix(laneBackground, text, s % 2 ? 0.05 : 0.10));
                painter.setPen(QPen(separator, 0));
                painter.drawLine(QPointF(x0, top), QPointF(x0, top + place.height));
                const qreal textLeft = std::max(x0, area.left()) + m.labelGap;
                const qreal textWidth = std::min(x1, area.right()) - textLeft - m.labelGap;
                if (textWidth > smallFm.averageCharWidth() * 3)
                    stageNames.append({QRectF(textLeft, top + 1, textWidth, smallFm.height()),
                                       smallFm.elidedText(stage.name, Qt::ElideRight, textWidth)});
            }
        }
        painter.setPen(QPen(grid, 0));
        for (const TimeScale::Tick &tick : ticks) {
            const qreal x = area.left() + tick.x;
            painter.drawLine(QPointF(x, top), QPointF(x, top + place.height));
        }
        painter.setFont(m.smallFont);
        // Today: under the stage names, labels and markers.
        if (todayX >= area.left() && todayX <= area.right()) {
            painter.setPen(QPen(pal.color(QPalette::Link), 1.5, Qt::DashLine));
            painter.drawLine(QPointF(todayX, top), QPointF(todayX, top + place.height));
        }
        for (const auto &[rect, name] : std::as_const(stageNames)) {
            painter.setPen(dimText);
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        painter.setFont(m.font);
        painter.restore();

        // Lane separator below the lane.
        painter.setPen(QPen(separator, 0));
        painter.drawLine(QPointF(0, top + place.height - 0.5), QPointF(layout.size.width(), top + place.height - 0.5));
    }

    // Markers and labels, culled by binary search on the dates that can reach the time area.
    painter.save();
    painter.setClipRect(area);
    const double fromDay = layout.scale.dayAt(-m.maxLabelWidth - m.markerSize * 2);
    const double toDay = layout.scale.dayAt(area.width() + m.markerSize);
    for (qsizetype laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const LanePlace &place = layout.lanes.at(laneIndex);
        const qreal top = area.top() + place.top - scrollY;
        if (top > area.bottom() || top + place.height < area.top())
            continue;
        const QList<int> &items = m_lanes.at(laneIndex).items;
        auto it = std::lower_bound(items.begin(), items.end(), fromDay,
                                   [this](int i, double day) { return m_items.at(i).day < day; });
        for (; it != items.end() && m_items.at(*it).day <= toDay; ++it) {
            const Item &item = m_items.at(*it);
            const ItemPlace &itemPlace = layout.items.at(*it);
            const QPointF center = markerCenter(layout, *it, scrollY);
            const bool selected = interactive && m_selection && m_selection->isRowSelected(item.row, QModelIndex());
            const bool focused = interactive && item.row == currentRow && hasFocus();

            if (!itemPlace.label.isEmpty()) {
                const QRectF labelRect(center.x() + m.markerSize / 2 + m.labelGap, center.y() - m.rowHeight / 2,
                                       itemPlace.labelWidth, m.rowHeight);
                if (selected) {
                    painter.fillRect(labelRect.adjusted(-m.labelGap / 2, 1, m.labelGap / 2, -1), highlight);
                    painter.setPen(highlightedText);
                } else {
                    painter.setPen(text);
                }
                painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, itemPlace.label);
            }
            // An unconfirmed fact keeps its level's colour and shape but gets a dashed outline
            // and a paler fill, so it reads as "reported, not established".
            QColor fill = LevelPalette::color(item.level);
            if (item.unconfirmed)
                fill.setAlphaF(0.45f);
            painter.setPen(QPen(outline, item.unconfirmed ? 1.2 : 1.0, item.unconfirmed ? Qt::DashLine : Qt::SolidLine));
            painter.setBrush(fill);
            painter.drawPath(LevelPalette::markerPath(item.level, center, m.markerSize));
            if (selected || focused) {
                QPen ring(highlight, 2, selected ? Qt::SolidLine : Qt::DotLine);
                painter.setPen(ring);
                painter.setBrush(Qt::NoBrush);
                const qreal radius = m.markerSize / 2 + 3;
                painter.drawEllipse(center, radius, radius);
            }
        }
    }
    painter.restore();

    // Lane headers on the left, over everything that scrolled under them.
    for (qsizetype laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const LanePlace &place = layout.lanes.at(laneIndex);
        const qreal top = area.top() + place.top - scrollY;
        if (top > area.bottom() || top + place.height < area.top())
            continue;
        const QRectF header(0, top, layout.headerWidth, place.height);
        painter.fillRect(header, laneIndex % 2 ? mix(headerBackground, text, 0.04) : headerBackground);
        painter.setPen(pal.color(QPalette::WindowText));
        const QRectF nameRect(m.em * 0.5, top + m.laneTopPadding, layout.headerWidth - m.em, m.rowHeight);
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(m.font).elidedText(m_lanes.at(laneIndex).name, Qt::ElideRight, nameRect.width()));
        painter.setPen(QPen(separator, 0));
        painter.drawLine(QPointF(0, top + place.height - 0.5), QPointF(layout.headerWidth, top + place.height - 0.5));
    }
    painter.setPen(QPen(separator, 0));
    painter.drawLine(QPointF(layout.headerWidth - 0.5, area.top()), QPointF(layout.headerWidth - 0.5, area.bottom()));
    painter.restore();
}

void TimelineView::paintAxis(QPainter &painter, const Layout &layout, const QList<TimeScale::Tick> &ticks) const
{
    const Metrics &m = m_metrics;
    const QPalette pal = palette();
    const QRectF axis(0, 0, layout.size.width(), layout.axisHeight);
    const QRectF area = layout.timeArea();
    const QColor windowText = pal.color(QPalette::WindowText);
    painter.fillRect(axis, pal.color(QPalette::Window));

    painter.save();
    painter.setClipRect(QRectF(area.left(), 0, area.width(), layout.axisHeight));
    const qreal tickLength = std::round(m.em * 0.35);
    for (const TimeScale::Tick &tick : ticks) {
        const qreal x = area.left() + tick.x;
        painter.setPen(QPen(windowText, 0));
        painter.drawLine(QPointF(x, layout.axisHeight - tickLength), QPointF(x, layout.axisHeight));
        // A label that would be cut by the right edge is left out; the tick still shows.
        if (x + m.labelGap / 2 + QFontMetricsF(m.font).horizontalAdvance(tick.label) <= area.right())
            painter.drawText(QRectF(x + m.labelGap / 2, 0, m.em * 20, layout.axisHeight - tickLength),
                             Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    // Today: a small triangle on the axis above the dashed line.
    const qreal todayX = area.left() + layout.scale.x(QDate::currentDate());
    if (todayX >= area.left() && todayX <= area.right()) {
        const qreal s = std::round(m.em * 0.3);
        QPolygonF triangle({QPointF(todayX - s, layout.axisHeight - s * 1.5), QPointF(todayX + s, layout.axisHeight - s * 1.5),
                            QPointF(todayX, layout.axisHeight)});
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Link));
        painter.drawPolygon(triangle);
    }
    painter.restore();

    painter.setPen(QPen(mix(pal.color(QPalette::Window), windowText, 0.3), 0));
    painter.drawLine(QPointF(0, layout.axisHeight - 0.5), QPointF(layout.size.width(), layout.axisHeight - 0.5));
}

void TimelineView::paintLegend(QPainter &painter, const Layout &layout) const
{
    const Metrics &m = m_metrics;
    const QPalette pal = palette();
    const QRectF strip(0, layout.size.height() - layout.legendHeight, layout.size.width(), layout.legendHeight);
    const QColor windowText = pal.color(QPalette::WindowText);
    painter.fillRect(strip, pal.color(QPalette::Window));
    painter.setPen(QPen(mix(pal.color(QPalette::Window), windowText, 0.3), 0));
    painter.drawLine(QPointF(0, strip.top() + 0.5), QPointF(strip.right(), strip.top() + 0.5));
    const QColor outline = mix(windowText, pal.color(QPalette::Window), 0.25);
    for (const LegendEntry &entry : layout.legend) {
        const QPointF topLeft = strip.topLeft() + entry.position;
        const QPointF center(topLeft.x() + m.markerSize / 2, topLeft.y() + m.rowHeight / 2);
        painter.setPen(QPen(outline, 1));
        painter.setBrush(LevelPalette::color(entry.level));
        painter.drawPath(LevelPalette::markerPath(entry.level, center, m.markerSize));
        painter.setPen(windowText);
        painter.drawText(QRectF(topLeft.x() + m.markerSize + m.labelGap, topLeft.y(), m.em * 30, m.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

// ---------------------------------------------------------------------------------------------
// Events

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_layoutDirty = true;
    ensureLayout();
    updateScrollBars();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_revealCurrentOnShow) {
        m_revealCurrentOnShow = false;
        // After the layout of the window has given the view its size.
        QTimer::singleShot(0, this, [this] { ensureItemVisible(currentItem()); });
    }
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        invalidateItems(); // label widths and every size come from the font
        break;
    case QEvent::PaletteChange:
        viewport()->update();
        break;
    default:
        break;
    }
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
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
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (ctrl) {
        switch (event->key()) {
        case Qt::Key_Equal:
        case Qt::Key_Plus:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            fitAll();
            return;
        default:
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int rows = m_model ? m_model->rowCount() : 0;
    const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
    const int row = current.isValid() && current.model() == m_model ? current.row() : -1;
    switch (event->key()) {
    case Qt::Key_Left: // previous release in the model's (chronological) order; stays at the first
        selectRow(row < 0 ? rows - 1 : std::max(row - 1, 0));
        return;
    case Qt::Key_Right:
        selectRow(row < 0 ? 0 : std::min(row + 1, rows - 1));
        return;
    case Qt::Key_Home:
        selectRow(0);
        return;
    case Qt::Key_End:
        selectRow(rows - 1);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int item = currentItem();
        if (item < 0) {
            selectRow(0);
            return;
        }
        const int lane = m_items.at(item).lane + (event->key() == Qt::Key_Up ? -1 : 1);
        if (lane < 0 || lane >= m_lanes.size())
            return;
        // The release nearest in time in the neighbouring lane (the earlier one on a tie).
        const QList<int> &items = m_lanes.at(lane).items;
        const double day = m_items.at(item).day;
        auto it = std::lower_bound(items.begin(), items.end(), day,
                                   [this](int i, double d) { return m_items.at(i).day < d; });
        int best = -1;
        if (it != items.end())
            best = *it;
        if (it != items.begin()) {
            const int before = *std::prev(it);
            if (best < 0 || day - m_items.at(before).day <= m_items.at(best).day - day)
                best = before;
        }
        if (best >= 0)
            selectRow(m_items.at(best).row);
        return;
    }
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        ensureLayout();
        const qreal page = m_layout.timeArea().width() * 0.8;
        panBy(event->key() == Qt::Key_PageUp ? page : -page);
        return;
    }
    case Qt::Key_Escape:
        if (m_selection && m_selection->hasSelection()) {
            clearSelection();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row >= 0) {
            emit releaseActivated(m_model->index(row, 0));
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int item = itemAt(event->position());
    m_dragging = false;
    m_pressedOnEmpty = item < 0;
    m_pressPos = m_lastDragPos = event->position();
    if (item >= 0)
        selectRow(m_items.at(item).row);
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressedOnEmpty || !(event->buttons() & Qt::LeftButton)) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    if (!m_dragging && (event->position() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const QPointF delta = event->position() - m_lastDragPos;
        m_lastDragPos = event->position();
        panBy(delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(delta.y()));
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_pressedOnEmpty && !m_dragging)
        clearSelection(); // a click on empty space
    if (m_dragging)
        viewport()->unsetCursor();
    m_pressedOnEmpty = false;
    m_dragging = false;
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int item = event->button() == Qt::LeftButton ? itemAt(event->position()) : -1;
    if (item < 0) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const int row = m_items.at(item).row;
    selectRow(row);
    emit releaseActivated(m_model->index(row, 0));
    event->accept();
}

// Ctrl+wheel zooms under the cursor, Shift+wheel scrolls lanes, a plain wheel pans time (the
// convention of Timeline, Shotcut and Kdenlive). Notches are accumulated to 120 so that
// high-resolution wheels zoom by the same steps as classic ones.
void TimelineView::wheelEvent(QWheelEvent *event)
{
    ensureLayout();
    const QPoint angle = event->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    const QRectF area = m_layout.timeArea();
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelZoomAccumulator += delta;
        const qreal anchor = std::clamp<qreal>(event->position().x() - area.left(), 0, area.width());
        while (m_wheelZoomAccumulator >= 120) {
            m_wheelZoomAccumulator -= 120;
            zoomBy(zoomStep, anchor);
        }
        while (m_wheelZoomAccumulator <= -120) {
            m_wheelZoomAccumulator += 120;
            zoomBy(1 / zoomStep, anchor);
        }
    } else if (event->modifiers() & Qt::ShiftModifier) {
        QScrollBar *bar = verticalScrollBar();
        const int pixels = event->hasPixelDelta() ? (event->pixelDelta().y() ? event->pixelDelta().y() : event->pixelDelta().x())
                                                  : qRound(delta / 120.0 * 3 * m_metrics.rowHeight);
        bar->setValue(bar->value() - pixels);
    } else {
        qreal dx = 0;
        if (event->hasPixelDelta())
            dx = event->pixelDelta().x() != 0 ? event->pixelDelta().x() : event->pixelDelta().y();
        else
            dx = delta / 120.0 * area.width() * wheelPanFraction;
        panBy(dx);
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
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
    return QAbstractScrollArea::viewportEvent(event);
}

// Dataset text is escaped: a tooltip is rich text, and names must never be read as markup.
QString TimelineView::toolTipAt(QPointF pos) const
{
    ensureLayout();
    const int item = itemAt(pos);
    if (item >= 0) {
        const Item &it = m_items.at(item);
        const QModelIndex index = m_model->index(it.row, 0);
        QString model = it.label;
        QString title;
        QString license;
        QString date = formatDate(it.date, DatePrecision::Day);
        if (m_dataset && it.releaseIndex >= 0) {
            const Release &release = m_dataset->releases().at(it.releaseIndex);
            title = release.title;
            date = formatDate(release.date, release.precision);
            const License *l = m_dataset->licenseOf(release);
            license = l ? l->name : QString();
            if (release.unconfirmed)
                title = tr("%1 (unconfirmed)").arg(title);
        } else {
            title = index.siblingAtColumn(ReleaseModel::TitleColumn).data().toString();
            license = index.siblingAtColumn(ReleaseModel::LicenseColumn).data().toString();
        }
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(model.toHtmlEscaped());
        if (!title.isEmpty() && title != model)
            lines << title.toHtmlEscaped();
        lines << date.toHtmlEscaped();
        lines << tr("Openness: %1").arg(Openness::name(it.level).toHtmlEscaped());
        lines << (license.isEmpty() ? tr("No license applies") : tr("License: %1").arg(license.toHtmlEscaped()));
        return lines.join(QStringLiteral("<br>"));
    }
    const int lane = laneAt(pos);
    if (lane < 0 || pos.y() < m_layout.axisHeight || pos.y() > m_layout.timeArea().bottom())
        return {};
    const Lane &l = m_lanes.at(lane);
    if (pos.x() < m_layout.headerWidth)
        return l.name.toHtmlEscaped();
    const Organization *organization = m_dataset ? m_dataset->organization(l.organizationId) : nullptr;
    if (!organization)
        return {};
    const QDate date = m_layout.scale.dateAt(pos.x() - m_layout.headerWidth);
    for (const CorporateStage &stage : organization->stages) {
        if (!stage.contains(date))
            continue;
        const QLocale locale;
        const QString from = locale.toString(stage.start, QStringLiteral("d MMM yyyy"));
        const QString range = stage.end.isValid()
                                  ? tr("%1 to %2").arg(from, locale.toString(stage.end, QStringLiteral("d MMM yyyy")))
                                  : tr("since %1").arg(from);
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(stage.name.toHtmlEscaped(), organization->name.toHtmlEscaped(), range.toHtmlEscaped());
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
