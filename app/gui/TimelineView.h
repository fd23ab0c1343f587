#ifndef TIMELINEVIEW_H
#define TIMELINEVIEW_H

#include "Dataset.h"
#include "TimeScale.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QItemSelectionModel;

// The timeline: one lane per organization with visible releases, the organization's corporate
// stages as background bands, one marker per release (colour and shape by openness level) with
// its label, a date axis, a "today" line and a legend.
//
// It is a view of the filter proxy (one row per visible release, read through ReleaseModel's
// roles in column 0) and shares its QItemSelectionModel with the event list, so selecting in
// either selects in both. It custom-paints rather than using QGraphicsView because zooming the
// time axis must not stretch markers or text: x comes from a TimeScale recomputed on zoom.
//
// Cost model: the model is read once per change (rows, labels and their widths); lanes are packed
// (LanePacker) once per zoom or size change; panning only moves the TimeScale; painting culls
// lanes vertically and markers by binary search on their dates.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // For lane names and corporate-stage bands.
    void setDataset(DatasetPtr dataset);
    // The (filtered) release model; rows are read from column 0.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const;
    // Shared with other views of the same model. Without one, the view makes its own.
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const;

    const TimeScale &timeScale() const;
    // The visible time area in viewport coordinates (right of the lane headers, between the axis
    // and the legend): TimeScale's x = 0 is its left edge.
    QRectF timeArea() const;
    int markerCount() const;
    int laneCount() const;
    // The marker's square in viewport coordinates (it may lie outside the viewport), or an empty
    // rect when the row has no marker.
    QRectF markerRect(const QModelIndex &index) const;
    // The release whose marker or label is at pos, or an invalid index.
    QModelIndex indexAt(QPointF viewportPos) const;

    using QAbstractScrollArea::render;
    // Paints the whole timeline (every lane, all releases fitted to the width) into target, with
    // the same code as the screen: for PNG, SVG and PDF export.
    void render(QPainter *painter, const QRectF &target);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void releaseActivated(const QModelIndex &index);

protected:
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
    // One visible release, read from the model (zoom-independent).
    struct Item {
        int row = -1;
        int releaseIndex = -1;
        double day = 0; // Julian day
        QDate date;
        OpennessLevel level = OpennessLevel::Closed;
        bool unconfirmed = false; // drawn with a dashed outline
        int lane = -1;
        QString label;
        qreal labelWidth = 0;
    };
    struct Lane {
        QString organizationId;
        QString name;
        QList<int> items; // indexes into m_items, by date
    };
    // Sizes derived from the font, so the view scales with it and with the screen's DPI.
    struct Metrics {
        QFont font;
        QFont smallFont;
        qreal em = 0;
        qreal markerSize = 0;
        qreal rowHeight = 0;
        qreal labelGap = 0;
        qreal maxLabelWidth = 0;
        qreal headerWidth = 0;
        qreal axisHeight = 0;
        qreal laneTopPadding = 0; // room for the stage names
        qreal laneBottomPadding = 0;
        qreal tickSpacing = 0;
    };
    // Where everything goes for one size and zoom: what paint and hit-testing read.
    struct ItemPlace {
        int subRow = 0;
        QString label; // elided to the room before the next marker in its row
        qreal labelWidth = 0;
    };
    struct LanePlace {
        qreal top = 0; // content coordinates: 0 is the top of the first lane
        qreal height = 0;
    };
    struct LegendEntry {
        OpennessLevel level;
        QPointF position; // top-left, relative to the legend strip
        QString text;
    };
    struct Layout {
        QSizeF size;
        TimeScale scale;
        double packedDaysPerPixel = 0;
        qreal headerWidth = 0;
        qreal axisHeight = 0;
        qreal legendHeight = 0;
        qreal contentHeight = 0;
        QList<LanePlace> lanes;
        QList<ItemPlace> items;
        QList<LegendEntry> legend;
        QRectF timeArea() const
        {
            return {headerWidth, axisHeight, size.width() - headerWidth, size.height() - axisHeight - legendHeight};
        }
    };

    void connectModel();
    void disconnectModel();
    void invalidateItems();
    void ensureItems() const;
    void rebuildItems() const;
    void ensureLayout() const;
    void scheduleRelayout();
    QList<TimeScale::Tick> axisTicks(const TimeScale &scale) const;
    Metrics computeMetrics() const;
    void packLayout(Layout &layout) const;
    void placeLegend(Layout &layout) const;
    void updateScrollBars();
    void fitScale(TimeScale &scale) const;

    void paintTimeline(QPainter &painter, const Layout &layout, qreal scrollY, bool interactive) const;
    void paintLanes(QPainter &painter, const Layout &layout, qreal scrollY, bool interactive,
                    const QList<TimeScale::Tick> &ticks) const;
    void paintAxis(QPainter &painter, const Layout &layout, const QList<TimeScale::Tick> &ticks) const;
    void paintLegend(QPainter &painter, const Layout &layout) const;

    QPointF markerCenter(const Layout &layout, int item, qreal scrollY) const;
    int itemAt(QPointF pos) const;
    int itemForRow(int row) const;
    int currentItem() const;
    int laneAt(QPointF pos) const;
    void selectRow(int row);
    void clearSelection();
    void ensureItemVisible(int item);
    void zoomBy(double factor, qreal anchorX);
    void panBy(qreal dx);
    QString toolTipAt(QPointF pos) const;

    DatasetPtr m_dataset;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;

    // Caches, rebuilt lazily by the const accessors (hence mutable).
    mutable bool m_itemsDirty = true;
    mutable bool m_layoutDirty = true;
    mutable QList<Item> m_items;
    mutable QList<int> m_itemOfRow;
    mutable QList<Lane> m_lanes;
    mutable QDate m_firstDate;
    mutable QDate m_lastDate;
    mutable Metrics m_metrics;
    mutable Layout m_layout;

    mutable TimeScale m_scale; // the screen's; m_layout.scale follows it
    mutable bool m_fitted = true;
    // A selection made before the view was first shown is scrolled to once it has its size.
    bool m_revealCurrentOnShow = false;
    bool m_relayoutPending = false; // the user has not zoomed or panned since the last fit
    int m_wheelZoomAccumulator = 0;
    bool m_pressedOnEmpty = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
};

#endif // TIMELINEVIEW_H
