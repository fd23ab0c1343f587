#include "ReleaseFilterProxy.h"

#include "ReleaseKind.h"
#include "ReleaseModel.h"

ReleaseFilterProxy::ReleaseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ReleaseFilterProxy::setReleaseModel(ReleaseModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ReleaseFilterProxy::setFilter(const ReleaseFilter &filter)
{
    applyFilter(filter);
}

void ReleaseFilterProxy::setLevelEnabled(OpennessLevel level, bool enabled)
{
    ReleaseFilter filter = m_filter;
    filter.setLevelEnabled(level, enabled);
    applyFilter(filter);
}

void ReleaseFilterProxy::setOrganizations(const QSet<QString> &organizationIds)
{
    ReleaseFilter filter = m_filter;
    filter.setOrganizations(organizationIds);
    applyFilter(filter);
}

void ReleaseFilterProxy::setKindEnabled(const QString &kindId, bool enabled)
{
    // All kinds on means "no kind filter", so a dataset with kinds added later still shows them.
    QSet<QString> kinds;
    for (const QString &id : ReleaseKind::ids()) {
        if (id == kindId ? enabled : m_filter.isKindEnabled(id))
            kinds.insert(id);
    }
    ReleaseFilter filter = m_filter;
    if (kinds.size() == ReleaseKind::ids().size())
        filter.clearKinds();
    else
        filter.setKinds(kinds);
    applyFilter(filter);
}

void ReleaseFilterProxy::setText(const QString &text)
{
    ReleaseFilter filter = m_filter;
    filter.setText(text);
    applyFilter(filter);
}

void ReleaseFilterProxy::applyFilter(const ReleaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // Qt 6.4 has neither beginFilterChange() nor endFilterChange(): set the state, then
    // invalidate. invalidate() re-filters in one pass and announces one layoutChanged;
    // invalidateRowsFilter() would announce every removed or inserted range on its own, which
    // at 100,000 events is tens of thousands of signals to every view.
    invalidate();
    Q_EMIT filterChanged();
}

QModelIndex ReleaseFilterProxy::indexOfRelease(const QString &releaseId) const
{
    if (!m_model || !m_model->dataset())
        return {};
    const int sourceRow = m_model->dataset()->releaseIndex(releaseId);
    if (sourceRow < 0)
        return {};
    return mapFromSource(m_model->index(sourceRow, 0));
}

bool ReleaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model || !m_model->dataset())
        return false;
    const Dataset &dataset = *m_model->dataset();
    if (sourceRow < 0 || sourceRow >= dataset.releases().size())
        return false;
    return m_filter.accepts(dataset, dataset.releases().at(sourceRow));
}
