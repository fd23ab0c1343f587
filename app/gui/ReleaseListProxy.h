#ifndef RELEASELISTPROXY_H
#define RELEASELISTPROXY_H

#include <QSortFilterProxyModel>

// The event list's own order, on top of the shared filter proxy. The filter proxy keeps its rows
// chronological, which is what the timeline and previous/next rely on; sorting by a column
// happens only here, for the list. Dates sort by date, levels by rank (least open first), text
// columns in the user's locale; equal keys keep the chronological order (the sort is stable).
// Unsorted (sort column -1) the rows are the filter proxy's, one for one.
class ReleaseListProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReleaseListProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

#endif // RELEASELISTPROXY_H
