#ifndef TIMELINEACCESSIBLE_H
#define TIMELINEACCESSIBLE_H

#include <QAccessibleWidget>
#include <QList>

class TimelineView;

// What screen readers see of the timeline: a list whose items are the lane headers ("xAI lane,
// 35 events, collapsed"), events and clusters in view, each named like "Grok-1 weights, 17 March 2024, Open weights, Apache License 2.0"
// (clusters say how many events of which levels they hold). The view sends a focus event for
// the item of the current event whenever it changes, so moving with the arrow keys is read out.
// Items have no QObject of their own: they are identified by the view and the event (or the
// lane and bin of a cluster) and look everything up in the view's current layout.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(QWidget *widget);

    // Registers the factory once; QAccessible then builds this class for every TimelineView.
    static void install();
    // The item of an event (created and registered on first use), or nullptr.
    static QAccessibleInterface *eventInterface(TimelineView *view, int event);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    struct Item {
        bool cluster = false;
        bool header = false;
        int lane = -1;
        qint64 key = 0; // the event, or the cluster's bin
    };
    TimelineView *view() const;
    QList<Item> visibleItems() const;
    static QAccessibleInterface *itemInterface(TimelineView *view, const Item &item);
};

#endif // TIMELINEACCESSIBLE_H
