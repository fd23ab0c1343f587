#include "ReleaseModel.h"

#include "LevelPalette.h"
#include "ReleaseDocument.h"

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
    if (!m_dataset || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Release &release = m_dataset->releases().at(index.row());

    // Each role looks up only what it needs: the timeline reads a few roles of every row after
    // each reset, and three hash look-ups per call would dominate that.
    switch (role) {
    case ReleaseIndexRole:
        return index.row();
    case IdRole:
        return release.id;
    case DateRole:
        return release.date;
    case LevelRole:
        return Openness::rank(release.level);
    case OrganizationIdRole: {
        const Model *model = m_dataset->modelOf(release);
        return model ? model->organizationId : QString();
    }
    case OrganizationNameRole: {
        const Organization *organization = m_dataset->organizationOf(release);
        return organization ? organization->name : QString();
    }
    case OrganizationRankRole: {
        const Model *model = m_dataset->modelOf(release);
        return model ? m_dataset->organizationIndex(model->organizationId) : -1;
    }
    case OrganizationStagesRole: {
        const Organization *organization = m_dataset->organizationOf(release);
        return QVariant::fromValue(organization ? organization->stages : QList<CorporateStage>());
    }
    case ModelNameRole: {
        const Model *model = m_dataset->modelOf(release);
        return model && !model->name.isEmpty() ? model->name : release.modelId;
    }
    case TitleRole:
        return release.title;
    case KindRole:
        return release.kind;
    case DatePrecisionRole:
        return static_cast<int>(release.precision);
    case LicenseNameRole: {
        const License *license = m_dataset->licenseOf(release);
        return license ? license->name : QString();
    }
    case UnconfirmedRole:
        return release.unconfirmed;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            // ISO dates sort and scan well in a column; a coarse date shows only what is known.
            switch (release.precision) {
            case DatePrecision::Year:
                return release.date.toString(QStringLiteral("yyyy"));
            case DatePrecision::Month:
                return release.date.toString(QStringLiteral("yyyy-MM"));
            case DatePrecision::Day:
                break;
            }
            if (release.dateLatest.isValid()) // somewhere between two days
                return QStringLiteral("%1 \u2013 %2").arg(release.date.toString(Qt::ISODate),
                                                          release.dateLatest.toString(Qt::ISODate));
            return release.date.toString(Qt::ISODate);
        case OrganizationColumn:
            return data(index, OrganizationNameRole);
        case ModelColumn:
            return data(index, ModelNameRole);
        case TitleColumn:
            return release.unconfirmed ? tr("%1 (unconfirmed)").arg(release.title) : release.title;
        case KindColumn:
            return ReleaseDocument::kindName(release.kind);
        case LevelColumn:
            return Openness::shortName(release.level); // the full name is the tooltip
        case LicenseColumn: {
            const License *license = m_dataset->licenseOf(release);
            return license ? license->name : tr("none");
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return LevelPalette::icon(release.level, 12, QColor(Qt::gray));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn)
            return QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(Openness::name(release.level).toHtmlEscaped(), Openness::meaning(release.level).toHtmlEscaped());
        if (index.column() == LicenseColumn) {
            const License *license = m_dataset->licenseOf(release);
            if (license)
                return license->spdx.isEmpty() ? tr("No SPDX id") : tr("SPDX: %1").arg(license->spdx);
        }
        if (index.column() == DateColumn)
            return ReleaseDocument::formatDateRange(release.date, release.dateLatest, release.precision);
        if (index.column() == TitleColumn && release.unconfirmed && !release.note.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(release.note.toString().toHtmlEscaped()); // text, never markup
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
    case KindColumn:
        return tr("Kind");
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
    names.insert(OrganizationNameRole, "organizationName");
    names.insert(OrganizationRankRole, "organizationRank");
    names.insert(OrganizationStagesRole, "organizationStages");
    names.insert(ModelNameRole, "modelName");
    names.insert(TitleRole, "title");
    names.insert(KindRole, "kind");
    names.insert(DatePrecisionRole, "datePrecision");
    names.insert(LicenseNameRole, "licenseName");
    names.insert(UnconfirmedRole, "unconfirmed");
    return names;
}
