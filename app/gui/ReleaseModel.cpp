#include "ReleaseModel.h"

#include "LevelPalette.h"

#include <QLocale>

ReleaseModel::ReleaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReleaseModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int ReleaseModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    return static_cast<int>(m_dataset->releases().size());
}

int ReleaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const Release &release = m_dataset->releases().at(index.row());
    const Model *model = m_dataset->modelOf(release);
    const Organization *organization = m_dataset->organizationOf(release);
    const License *license = m_dataset->licenseOf(release);

    switch (role) {
    case ReleaseIndexRole:
        return index.row();
    case IdRole:
        return release.id;
    case DateRole:
        return release.date;
    case LevelRole:
        return Openness::rank(release.level);
    case OrganizationIdRole:
        return model ? model->organizationId : QString();
    case ModelIdRole:
        return release.modelId;
    case LicenseIdRole:
        return release.licenseId;
    case KindRole:
        return release.kind;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return release.date.toString(Qt::ISODate);
        case OrganizationColumn:
            return organization ? organization->name : QString();
        case ModelColumn:
            return model ? model->name : release.modelId;
        case TitleColumn:
            return release.unconfirmed ? tr("%1 (unconfirmed)").arg(release.title) : release.title;
        case LevelColumn:
            return Openness::name(release.level);
        case LicenseColumn:
            return license ? license->name : tr("none");
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return LevelPalette::icon(release.level, 12, QColor(Qt::gray));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn)
            return Openness::meaning(release.level);
        if (index.column() == LicenseColumn && license)
            return license->spdx.isEmpty() ? tr("No SPDX id") : tr("SPDX: %1").arg(license->spdx);
        if (index.column() == TitleColumn && release.unconfirmed)
            return release.note;
        return {};
    default:
        return {};
    }
}

QVariant ReleaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case OrganizationColumn:
        return tr("Organization");
    case ModelColumn:
        return tr("Model");
    case TitleColumn:
        return tr("Event");
    case LevelColumn:
        return tr("Openness");
    case LicenseColumn:
        return tr("License");
    default:
        return {};
    }
}

QHash<int, QByteArray> ReleaseModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReleaseIndexRole, "releaseIndex");
    names.insert(IdRole, "releaseId");
    names.insert(DateRole, "date");
    names.insert(LevelRole, "level");
    names.insert(OrganizationIdRole, "organizationId");
    names.insert(ModelIdRole, "modelId");
    names.insert(LicenseIdRole, "licenseId");
    names.insert(KindRole, "kind");
    return names;
}
