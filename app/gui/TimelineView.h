#ifndef TIMELINEVIEW_H
#define TIMELINEVIEW_H

#include "TimeScale.h"
#include "TimelineContent.h"
#include "TimelineLayout.h"
#include "TimelinePainter.h"

#include <QAbstractItemView>
#include <QList>

class QAction;
class QMenu;
class QToolButton;

// The timeline: one lane per organization, one marker per release event (colour and shape by
// openness level), clusters where events crowd, corporate stages as background bands, a date
// axis, a today line and a legend.
//
// It is an item view of the filter proxy: it reads rows through ReleaseModel's roles (via
// TimelineContent), shares its QItemSelectionModel with the event list (selecting in either
// selects in both), and answers the item-view questions (visualRect, indexAt, moveCursor,
// scrollTo) from TimelineLayout, the pure geometry in app/core. Painting is TimelinePainter's,
// the same painter the exporter uses. The horizontal axis is time: zooming re-lays out markers at
// a new TimeScale rather than stretching them, and panning only moves the scale.
//
// Navigation follows the common timeline conventions: Ctrl+wheel zooms around the cursor, the
// wheel pans time, Shift+wheel scrolls lanes, touchpad pixel deltas pan directly; dragging empty
// space pans and Shift+drag zooms to the dragged range; clicking a cluster zooms to its events.
// Left/Right go to the previous/next event in time, Up/Down to the nearest event in the
// neighbouring lane, Home/End to the first/last, Enter activates (the window moves focus to the
// detail pane), Esc clears the selection. The view commands (zoom in/out, fit all, fit the
// filtered events, back) are actions created once here, which the window puts in its menus.
//
// Lanes: the view keeps the reader's lane options (order, pinned, collapsed, how many lanes
// before "Others", Others expanded) and hands them to TimelineContent::arrange(), which turns
// them into the lanes TimelineLayout lays out. Clicking a lane header collapses or expands it
// (Others expands into its organizations' lanes); its context menu pins it or sorts the lanes.
class TimelineView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(QAbstractItemModel *model) override;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void doItemsLayout() override;
    void reset() override;

    // The view commands, created once; the window adds them to its menus and toolbar.
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAllAction() const { return m_fitAllAction; }
    QAction *fitFilteredAction() const { return m_fitFilteredAction; }
    QAction *backAction() const { return m_backAction; }
    // Checkable: the legend strip along the bottom, which a short view may need the room of.
    // Exported images always have it.
    QAction *legendAction() const { return m_legendAction; }
    QList<QAction *> viewActions() const;
    // The lane sorting actions (exclusive, checkable), for the View menu and the lane list.
    QList<QAction *> laneOrderActions() const { return m_laneOrderActions; }

    const TimeScale &timeScale() const;
    // The time area in viewport coordinates: TimeScale's x = 0 is its left edge.
    QRectF timeArea() const;
    const TimelineLayout &timelineLayout() const;
    const TimelineContent &content() const;
    const TimelinePainter::Metrics &metrics() const { return m_metrics; }
    int laneCount() const;
    int markerCount() const;  // events drawn as their own marker at this zoom
    int clusterCount() const; // cluster glyphs at this zoom
    // The marker of the event in viewport coordinates, or an empty rect when it is in a cluster
    // or not shown.
    QRectF markerRect(const QModelIndex &index) const;
    // The cluster glyph that holds the event, in viewport coordinates, or an empty rect.
    QRectF clusterRect(const QModelIndex &index) const;
    // How many of the events shown lie outside the visible time range.
    int eventsOutsideView() const;

    // Lanes: the options, and what they give (content().shownLanes(), one per layout lane).
    const LaneArrangement::Options &laneOptions() const { return m_laneOptions; }
    void setLaneOptions(const LaneArrangement::Options &options);
    void setLaneOrder(LaneArrangement::Order order);
    void setOrganizationPinned(const QString &organizationId, bool pinned);
    void setOrganizationCollapsed(const QString &organizationId, bool collapsed);
    void setOthersExpanded(bool expanded);
    void setTopLaneCount(int count); // 0: never group into Others
    // Collapses or expands a shown lane (Others: expands into its lanes, or groups them again).
    void toggleLane(int lane);
    // The shown lane that holds the organization's events (Others when it is grouped), or -1.
    int laneOfOrganization(const QString &organizationId) const;
    // Scrolls so that the organization's lane is at the top, expanding Others when it is there.
    void scrollToOrganization(const QString &organizationId);
    // The lane whose header is at pos (viewport coordinates), or -1.
    int laneHeaderAt(const QPoint &pos) const;
    // The lane's header in viewport coordinates.
    QRectF laneHeaderRect(int lane) const;
    // "xAI lane, 35 events, collapsed": the accessible name of a lane header.
    QString laneDescription(int lane) const;
    // The actions for a lane's header: collapse, pin, sort.
    QMenu *createLaneMenu(int lane, QWidget *parent);

    // Paints the whole timeline (every lane; all events fitted to the width, or the range on
    // screen) into a target of that size: for export, with the same painter as the screen.
    enum class ExportRange { All, Visible };
    // The height the timeline needs at that width to show every lane.
    qreal exportHeight(qreal width, ExportRange range) const;
    // Everything fits: when the lanes need more height than size has, the whole drawing is
    // scaled down rather than cut off. Without a palette, the view's own.
    void renderTimeline(QPainter &painter, QSizeF size, ExportRange range) const;
    void renderTimeline(QPainter &painter, QSizeF size, ExportRange range, const QPalette &palette) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The lane options or the lanes shown changed.
    void lanesChanged();

public Q_SLOTS:
    void fitAll();
    void fitFiltered();
    void zoomIn();
    void zoomOut();
    void back();
    // Shows first..last (inclusive), remembering the current view for back().
    void zoomToRange(double firstDay, double lastDay);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;

    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    friend class TimelineAccessible;

    enum class Follow { None, All, Filtered }; // what the scale keeps fitted as data change

    void createActions();
    void contentChanged();
    void lanesOptionsChanged();
    void ensureLayout() const;
    void relayout() const;
    void fitScale(TimeScale &scale, Follow follow) const;
    TimeScale exportScale(qreal timeWidth, ExportRange range) const;
    void applyScale(const TimeScale &scale, bool remember);
    void zoomBy(double factor, qreal anchorX);
    void panBy(qreal dx);
    void updateScrollBars();
    void updateOutsideHint();
    void revealEvent(int event);
    QPointF toTimeArea(QPointF viewportPos) const; // time-area x, content y
    TimelineLayout::Hit hitAt(QPointF viewportPos) const;
    QString toolTipAt(QPointF viewportPos) const;
    void notifyAccessibleFocus(int event);

    TimelinePainter::Metrics m_metrics;
    mutable TimelineContent m_content;
    mutable TimelineLayout m_layout;
    mutable TimelinePainter::Frame m_frame;
    mutable TimeScale m_scale;
    mutable bool m_layoutDirty = true;
    mutable bool m_lanesDirty = true;
    LaneArrangement::Options m_laneOptions;
    QList<QAction *> m_laneOrderActions;
    mutable TimelinePainter::Cache m_paintCache;
    bool m_updateQueued = false;
    Follow m_follow = Follow::Filtered;
    QList<TimeScale> m_history; // for back()

    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAllAction = nullptr;
    QAction *m_fitFilteredAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_legendAction = nullptr;
    bool m_legendShown = true;
    QToolButton *m_outsideHint = nullptr;

    bool m_revealCurrentOnShow = false;
    int m_wheelZoomAccumulator = 0;
    enum class Drag { None, Pending, Pan, ZoomRange } m_drag = Drag::None;
    TimelineLayout::Hit m_pressHit;
    QPointF m_pressPos;
    Qt::KeyboardModifiers m_pressModifiers;
    QPointF m_lastDragPos;
    int m_hoveredLane = -1;
    int m_hoveredCluster = -1;
};

#endif // TIMELINEVIEW_H
