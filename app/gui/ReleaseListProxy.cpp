#include "ReleaseListProxy.h"

#include "ReleaseModel.h"

#include <QDate>

ReleaseListProxy::ReleaseListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

bool ReleaseListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case ReleaseModel::DateColumn:
        return left.data(ReleaseModel::DateRole).toDate() < right.data(ReleaseModel::DateRole).toDate();
    case ReleaseModel::LevelColumn:
        return left.data(ReleaseModel::LevelRole).toInt() < right.data(ReleaseModel::LevelRole).toInt();
    default:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
}
