#include "Dataset.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace {

template<typename T>
QHash<QString, int> indexById(const QList<T> &items)
{
    QHash<QString, int> index;
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

} // namespace

Dataset::Dataset(Info info, QList<Organization> organizations, QList<License> licenses,
                 QList<Model> models, QList<Release> releases)
    : m_info(std::move(info))
    , m_organizations(std::move(organizations))
    , m_licenses(std::move(licenses))
    , m_models(std::move(models))
    , m_releases(std::move(releases))
{
    m_organizationIndex = indexById(m_organizations);
    m_licenseIndex = indexById(m_licenses);
    m_modelIndex = indexById(m_models);

    // Chronological, then by organization order in the file, then in the file's own order: a
    // license change listed after the weights it applies to stays after them on the same day.
    // The organization rank of each release is looked up once, not at each of the n log n
    // comparisons; the releases are then moved into place without a second list.
    struct Key {
        qint64 day;
        int organizationRank;
        qsizetype position; // in the file
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(m_releases.size()));
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        const Release &release = m_releases.at(i);
        const Model *m = model(release.modelId);
        keys.push_back({release.date.toJulianDay(), m ? m_organizationIndex.value(m->organizationId, -1) : -1, i});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.day != b.day ? a.day < b.day : a.organizationRank < b.organizationRank;
    });
    // Moved in place, cycle by cycle: position i takes the release from keys[i].position.
    std::vector<bool> placed(keys.size());
    for (std::size_t start = 0; start < keys.size(); ++start) {
        if (placed[start] || std::size_t(keys[start].position) == start)
            continue;
        Release held = std::move(m_releases[qsizetype(start)]);
        std::size_t i = start;
        for (;;) {
            placed[i] = true;
            const auto from = std::size_t(keys[i].position);
            if (from == start) {
                m_releases[qsizetype(i)] = std::move(held);
                break;
            }
            m_releases[qsizetype(i)] = std::move(m_releases[qsizetype(from)]);
            i = from;
        }
    }
    m_releaseIndex = indexById(m_releases);
    m_modelOrganizations.reserve(std::size_t(m_models.size()));
    for (const Model &model : std::as_const(m_models))
        m_modelOrganizations.push_back(m_organizationIndex.value(model.organizationId, -1));
    m_releaseModels.reserve(std::size_t(m_releases.size()));
    for (const Release &release : std::as_const(m_releases))
        m_releaseModels.push_back(m_modelIndex.value(release.modelId, -1));
    for (Organization &organization : m_organizations) {
        std::stable_sort(organization.stages.begin(), organization.stages.end(),
                         [](const CorporateStage &a, const CorporateStage &b) { return a.start < b.start; });
        std::stable_sort(organization.events.begin(), organization.events.end(),
                         [](const CorporateEvent &a, const CorporateEvent &b) { return a.date < b.date; });
    }
}

const Organization *Dataset::organization(const QString &id) const
{
    const auto it = m_organizationIndex.constFind(id);
    return it == m_organizationIndex.constEnd() ? nullptr : &m_organizations.at(*it);
}

const License *Dataset::license(const QString &id) const
{
    const auto it = m_licenseIndex.constFind(id);
    return it == m_licenseIndex.constEnd() ? nullptr : &m_licenses.at(*it);
}

const Model *Dataset::model(const QString &id) const
{
    const auto it = m_modelIndex.constFind(id);
    return it == m_modelIndex.constEnd() ? nullptr : &m_models.at(*it);
}

int Dataset::releaseIndex(const QString &id) const
{
    return m_releaseIndex.value(id, -1);
}

qsizetype Dataset::indexOf(const Release &release) const
{
    const Release *first = m_releases.constData();
    const Release *end = first + m_releases.size();
    // std::less gives a total order even for pointers into different arrays.
    if (std::less<const Release *>()(&release, first) || !std::less<const Release *>()(&release, end))
        return -1;
    return &release - first;
}

const Model *Dataset::modelOf(const Release &release) const
{
    const qsizetype index = indexOf(release);
    if (index < 0)
        return model(release.modelId);
    const int modelIndex = m_releaseModels[std::size_t(index)];
    return modelIndex >= 0 ? &m_models.at(modelIndex) : nullptr;
}

const Organization *Dataset::organizationOf(const Release &release) const
{
    const qsizetype index = indexOf(release);
    if (index < 0) {
        const Model *m = model(release.modelId);
        return m ? organization(m->organizationId) : nullptr;
    }
    const int modelIndex = m_releaseModels[std::size_t(index)];
    const int organizationIndex = modelIndex >= 0 ? m_modelOrganizations[std::size_t(modelIndex)] : -1;
    return organizationIndex >= 0 ? &m_organizations.at(organizationIndex) : nullptr;
}

const License *Dataset::licenseOf(const Release &release) const
{
    return release.licenseId.isEmpty() ? nullptr : license(release.licenseId);
}

const CorporateStage *Dataset::stageAt(const QString &organizationId, QDate date) const
{
    const Organization *org = organization(organizationId);
    if (!org)
        return nullptr;
    for (const CorporateStage &stage : org->stages) {
        if (stage.contains(date))
            return &stage;
    }
    return nullptr;
}

QList<int> Dataset::modelHistory(const QString &modelId) const
{
    QList<int> history;
    for (int i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).modelId == modelId)
            history.append(i);
    }
    return history;
}
