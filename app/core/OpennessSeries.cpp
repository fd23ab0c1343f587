#include "OpennessSeries.h"

#include <QHash>

#include <algorithm>

namespace OpennessSeries {

int YearCounts::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

QList<OrganizationSeries> byOrganization(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    QList<OrganizationSeries> result;
    QHash<QString, qsizetype> seriesOf;
    for (const Organization &organization : dataset.organizations()) {
        seriesOf.insert(organization.id, result.size());
        result.append({organization.id, organization.name, {}});
    }
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        const Model *model = dataset.modelOf(release);
        if (!model || !seriesOf.contains(model->organizationId))
            continue;
        result[seriesOf.value(model->organizationId)].points.append({release.date, release.level, index});
    }
    for (OrganizationSeries &series : result) {
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const Point &a, const Point &b) { return a.date < b.date; });
    }
    result.removeIf([](const OrganizationSeries &series) { return series.points.isEmpty(); });
    return result;
}

QList<YearCounts> byYear(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    QMap<int, YearCounts> years;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        YearCounts &entry = years[release.date.year()];
        entry.year = release.date.year();
        ++entry.counts[static_cast<size_t>(Openness::rank(release.level))];
    }
    QList<YearCounts> result;
    if (years.isEmpty())
        return result;
    for (int year = years.firstKey(); year <= years.lastKey(); ++year) {
        YearCounts entry = years.value(year);
        entry.year = year;
        result.append(entry);
    }
    return result;
}

} // namespace OpennessSeries
