#ifndef RELEASEMODEL_H
#define RELEASEMODEL_H

#include "Dataset.h"

#include <QAbstractTableModel>

// A read-only table of the dataset's release events, one row per release in chronological order
// (the Dataset's order). Views and the chart read the typed roles rather than parsing display
// text; the display columns are what the event list shows.
class ReleaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, OrganizationColumn, ModelColumn, TitleColumn, LevelColumn, LicenseColumn, ColumnCount };

    // What views read instead of parsing display text. The timeline reads nothing else: it
    // shows any model that answers these roles in column 0.
    enum Role {
        ReleaseIndexRole = Qt::UserRole + 1, // int: index into Dataset::releases()
        IdRole,                              // QString: the release id
        DateRole,                            // QDate
        LevelRole,                           // int: OpennessLevel rank
        OrganizationIdRole,                  // QString
        OrganizationNameRole,                // QString
        OrganizationRankRole,                // int: the organization's place in the dataset (lane order)
        OrganizationStagesRole,              // QList<CorporateStage>, in date order
        ModelNameRole,                       // QString: what the timeline labels the event with
        TitleRole,                           // QString: the event's title
        KindRole,                            // QString: announcement, launch, api, weights, ...
        DatePrecisionRole,                   // int: DatePrecision
        LicenseNameRole,                     // QString, empty when no license applies
        UnconfirmedRole,                     // bool
    };

    explicit ReleaseModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    const DatasetPtr &dataset() const { return m_dataset; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    DatasetPtr m_dataset;
};

#endif // RELEASEMODEL_H
