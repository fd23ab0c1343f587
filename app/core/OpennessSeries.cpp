#include "OpennessSeries.h"

#include "ReleaseKind.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

// Markers keyed by day and level, so a thousand releases on one day are one marker.
using MarkerKey = std::pair<qint64, int>;

QList<OpennessSeries::Marker> toMarkers(const QMap<MarkerKey, OpennessSeries::Marker> &map)
{
    QList<OpennessSeries::Marker> markers;
    markers.reserve(map.size());
    for (const OpennessSeries::Marker &marker : map)
        markers.append(marker);
    return markers;
}

void addMarker(QMap<MarkerKey, OpennessSeries::Marker> &map, const Release &release, int index)
{
    OpennessSeries::Marker &marker = map[{release.date.toJulianDay(), Openness::rank(release.level)}];
    if (marker.count == 0) {
        marker.date = release.date;
        marker.level = release.level;
        marker.releaseIndex = index;
    }
    ++marker.count;
}

} // namespace

namespace OpennessSeries {

int YearCounts::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

bool counts(const Release &release)
{
    return ReleaseKind::isRelease(release.kind);
}

bool isRanked(const Release &release)
{
    return counts(release) && Openness::isOrdered(release.level);
}

Extent extent(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    Extent result;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        if (!counts(release))
            continue;
        ++result.releases;
        if (!result.first.isValid() || release.date < result.first)
            result.first = release.date;
        if (!result.last.isValid() || release.date > result.last)
            result.last = release.date;
    }
    return result;
}

QList<OrganizationSeries> byOrganization(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    struct Work {
        // The highest level reached on each day: the steps follow from it in date order.
        QMap<qint64, int> bestOnDay;
        QMap<MarkerKey, Marker> markers;
        int count = 0;
    };
    QHash<QString, int> organizationIndex;
    for (int i = 0; i < dataset.organizations().size(); ++i)
        organizationIndex.insert(dataset.organizations().at(i).id, i);
    std::vector<Work> work(static_cast<size_t>(dataset.organizations().size()));

    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        if (!isRanked(release))
            continue;
        const Model *model = dataset.modelOf(release);
        const int organization = model ? organizationIndex.value(model->organizationId, -1) : -1;
        if (organization < 0)
            continue;
        Work &entry = work[static_cast<size_t>(organization)];
        int &best = entry.bestOnDay[release.date.toJulianDay()];
        best = std::max(best, Openness::rank(release.level));
        addMarker(entry.markers, release, index);
        ++entry.count;
    }

    QList<OrganizationSeries> result;
    for (int i = 0; i < dataset.organizations().size(); ++i) {
        const Work &entry = work[static_cast<size_t>(i)];
        if (entry.count == 0)
            continue;
        OrganizationSeries series;
        series.organizationId = dataset.organizations().at(i).id;
        series.name = dataset.organizations().at(i).name;
        series.organizationIndex = i;
        series.releaseCount = entry.count;
        int highest = -1;
        for (auto it = entry.bestOnDay.cbegin(); it != entry.bestOnDay.cend(); ++it) {
            if (it.value() > highest) {
                highest = it.value();
                series.steps.append({QDate::fromJulianDay(it.key()), Openness::allLevels().at(highest)});
            }
        }
        series.markers = toMarkers(entry.markers);
        result.append(series);
    }
    return result;
}

QList<ModelSeries> byModel(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    struct Work {
        // The last level set on each day (file order breaks ties within a day).
        QMap<qint64, int> levelOnDay;
        QMap<MarkerKey, Marker> markers;
    };
    QHash<QString, int> organizationIndex;
    for (int i = 0; i < dataset.organizations().size(); ++i)
        organizationIndex.insert(dataset.organizations().at(i).id, i);
    QHash<QString, Work> work;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        if (!isRanked(release))
            continue;
        Work &entry = work[release.modelId];
        entry.levelOnDay[release.date.toJulianDay()] = Openness::rank(release.level);
        addMarker(entry.markers, release, index);
    }
    QList<ModelSeries> result;
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        const Model *model = dataset.model(it.key());
        ModelSeries series;
        series.modelId = it.key();
        series.name = model ? model->name : it.key();
        series.organizationIndex = model ? organizationIndex.value(model->organizationId, -1) : -1;
        int previous = -1;
        for (auto day = it->levelOnDay.cbegin(); day != it->levelOnDay.cend(); ++day) {
            if (day.value() != previous)
                series.steps.append({QDate::fromJulianDay(day.key()), Openness::allLevels().at(day.value())});
            previous = day.value();
        }
        series.markers = toMarkers(it->markers);
        result.append(series);
    }
    std::sort(result.begin(), result.end(), [](const ModelSeries &a, const ModelSeries &b) {
        if (a.organizationIndex != b.organizationIndex)
            return a.organizationIndex < b.organizationIndex;
        if (a.steps.first().date != b.steps.first().date)
            return a.steps.first().date < b.steps.first().date;
        return a.modelId < b.modelId;
    });
    return result;
}

QList<YearCounts> byYear(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    QMap<int, YearCounts> years;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        if (!counts(release))
            continue;
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

double monthsBetween(QDate from, QDate to)
{
    return static_cast<double>(from.daysTo(to)) / (365.2425 / 12.0);
}

WeightsDelays weightsDelays(const Dataset &dataset, const QList<int> &releaseIndexes, QDate end)
{
    struct Work {
        QDate launch;
        QDate weights;
    };
    QHash<QString, Work> work;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const Release &release = dataset.releases().at(index);
        QDate *date = nullptr;
        if (release.kind == u"launch")
            date = &work[release.modelId].launch;
        else if (release.kind == u"weights")
            date = &work[release.modelId].weights;
        if (date && (!date->isValid() || release.date < *date))
            *date = release.date;
    }
    QHash<QString, int> organizationIndex;
    for (int i = 0; i < dataset.organizations().size(); ++i)
        organizationIndex.insert(dataset.organizations().at(i).id, i);

    WeightsDelays result;
    result.end = end;
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        if (!it->launch.isValid())
            continue;
        if (it->weights.isValid() && it->weights <= it->launch) {
            ++result.publishedAtLaunch;
            continue;
        }
        const Model *model = dataset.model(it.key());
        WeightsDelay delay;
        delay.modelId = it.key();
        delay.modelName = model ? model->name : it.key();
        delay.organizationIndex = model ? organizationIndex.value(model->organizationId, -1) : -1;
        delay.launch = it->launch;
        delay.weights = it->weights;
        delay.months = std::max(0.0, monthsBetween(it->launch, it->weights.isValid() ? it->weights : end));
        result.delays.append(delay);
    }
    std::sort(result.delays.begin(), result.delays.end(), [](const WeightsDelay &a, const WeightsDelay &b) {
        if (a.organizationIndex != b.organizationIndex)
            return a.organizationIndex < b.organizationIndex;
        if (a.launch != b.launch)
            return a.launch < b.launch;
        return a.modelId < b.modelId;
    });
    return result;
}

} // namespace OpennessSeries
