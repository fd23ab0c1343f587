#ifndef LANEPANEL_H
#define LANEPANEL_H

#include <QWidget>

class QComboBox;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTreeView;
class TimelineView;

// The lane list beside the timeline: every organization with a lane, in the timeline's order,
// with its number of events shown and whether its lane is pinned, collapsed or in Others. A
// search field narrows the list; choosing an organization scrolls the timeline to its lane
// (expanding Others when it is there). It also sets the lane order, pins and collapses the
// current organization's lane, and sets how many lanes stay apart from Others. It reads and
// edits the view's lane options, so the list, the lane headers and the View menu always agree.
class LanePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, EventsColumn, StateColumn, ColumnCount };

    explicit LanePanel(TimelineView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;

    QLineEdit *searchField() const { return m_search; }
    QTreeView *listView() const { return m_list; }
    QComboBox *orderBox() const { return m_order; }
    QSpinBox *topCountBox() const { return m_topCount; }
    QPushButton *pinButton() const { return m_pin; }
    QPushButton *collapseButton() const { return m_collapse; }
    // The organization id of a row of the list's model.
    QString organizationAt(const QModelIndex &index) const;
    // Selects the organization's row (when listed) and scrolls the timeline to its lane.
    bool showOrganization(const QString &organizationId);

private:
    void rebuild();
    void updateButtons();
    QString currentOrganization() const;

    TimelineView *m_view;
    QLineEdit *m_search;
    QComboBox *m_order;
    QTreeView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QPushButton *m_pin;
    QPushButton *m_collapse;
    QSpinBox *m_topCount;
    bool m_rebuilding = false;
};

#endif // LANEPANEL_H
