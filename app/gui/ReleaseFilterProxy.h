#ifndef RELEASEFILTERPROXY_H
#define RELEASEFILTERPROXY_H

#include "ReleaseFilter.h"

#include <QSortFilterProxyModel>

class ReleaseModel;

// The one filter every view shows: the timeline, the event list and the chart all read this
// proxy, so switching a level off removes its releases everywhere at once. It owns the filter
// state behind typed setters and emits filterChanged() after each change. It does not sort:
// rows stay in the dataset's chronological order, which is what previous/next mean everywhere.
class ReleaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReleaseFilterProxy(QObject *parent = nullptr);

    void setReleaseModel(ReleaseModel *model);
    ReleaseModel *releaseModel() const { return m_model; }

    const ReleaseFilter &filter() const { return m_filter; }
    void setFilter(const ReleaseFilter &filter);
    void setLevelEnabled(OpennessLevel level, bool enabled);
    void setOrganizations(const QSet<QString> &organizationIds);
    void setKindEnabled(const QString &kindId, bool enabled);
    void setText(const QString &text);

    // The row of the release with that id, or an invalid index when it is filtered out.
    QModelIndex indexOfRelease(const QString &releaseId) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void applyFilter(const ReleaseFilter &filter);

    ReleaseModel *m_model = nullptr;
    ReleaseFilter m_filter;
};

#endif // RELEASEFILTERPROXY_H
