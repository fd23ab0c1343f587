#ifndef DATASET_H
#define DATASET_H

#include "License.h"
#include "Model.h"
#include "Organization.h"
#include "Release.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// An immutable, validated dataset: what the loader produces and every view reads. Releases are
// kept in chronological order (ties broken by organization, then by order in the file) so that
// "previous" and "next" mean the same thing everywhere. Lookups by id are constant time.
class Dataset
{
public:
    struct Info {
        QString title;
        QString description;
        QDate updated;
    };

    Dataset(Info info, QList<Organization> organizations, QList<License> licenses,
            QList<Model> models, QList<Release> releases);

    const Info &info() const { return m_info; }
    const QList<Organization> &organizations() const { return m_organizations; }
    const QList<License> &licenses() const { return m_licenses; }
    const QList<Model> &models() const { return m_models; }
    const QList<Release> &releases() const { return m_releases; }

    const Organization *organization(const QString &id) const;
    const License *license(const QString &id) const;
    const Model *model(const QString &id) const;
    // Index into releases(), or -1.
    int releaseIndex(const QString &id) const;
    // Index into organizations(), or -1.
    int organizationIndex(const QString &id) const { return m_organizationIndex.value(id, -1); }

    // A release of this dataset is answered from the indexes made when it was built; any other
    // release is looked up by its ids.
    const Model *modelOf(const Release &release) const;
    const Organization *organizationOf(const Release &release) const;
    const License *licenseOf(const Release &release) const; // nullptr when none applies

    // The stage the organization was in on that date, or nullptr when no stage covers it.
    const CorporateStage *stageAt(const QString &organizationId, QDate date) const;
    // Indexes into releases() of every event of the model, oldest first.
    QList<int> modelHistory(const QString &modelId) const;

private:
    Info m_info;
    QList<Organization> m_organizations;
    QList<License> m_licenses;
    QList<Model> m_models;
    QList<Release> m_releases;
    QHash<QString, int> m_organizationIndex;
    QHash<QString, int> m_licenseIndex;
    QHash<QString, int> m_modelIndex;
    QHash<QString, int> m_releaseIndex;
    // By release, the index of its model in m_models; by model, of its organization in
    // m_organizations (-1: none).
    std::vector<int> m_releaseModels;
    std::vector<int> m_modelOrganizations;

    // The index of a release of this dataset in m_releases, or -1 for any other.
    qsizetype indexOf(const Release &release) const;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

#endif // DATASET_H
