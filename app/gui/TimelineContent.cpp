#include "TimelineContent.h"

#include "OpennessLevel.h"
#include "Release.h"
#include "ReleaseModel.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

QString formatDate(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day:
        break;
    }
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

void TimelineContent::setModel(const QAbstractItemModel *model)
{
    m_model = model;
    invalidateSource();
}

void TimelineContent::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    invalidateSource();
}

void TimelineContent::invalidateSource()
{
    m_sourceDirty = true;
    m_rowsDirty = true;
}

bool TimelineContent::update(TimelineLayout &layout)
{
    if (!isDirty())
        return false;
    if (m_sourceDirty)
        readSource();
    readRows();

    std::vector<TimelineLayout::Event> events;
    events.reserve(m_rows.size());
    QHash<int, int> laneOfRank;
    m_lanes.clear();
    std::vector<int> ranks;
    for (int sourceRow : m_rows) {
        const SourceInfo &source = m_source[static_cast<size_t>(sourceRow)];
        const int rank = source.rank;
        if (source.valid && !laneOfRank.contains(rank)) {
            laneOfRank.insert(rank, 0);
            ranks.push_back(rank);
        }
    }
    // Lanes in the dataset's organization order; rows without an organization last.
    std::sort(ranks.begin(), ranks.end(), [](int a, int b) { return (a < 0 ? INT_MAX : a) < (b < 0 ? INT_MAX : b); });
    for (size_t lane = 0; lane < ranks.size(); ++lane) {
        laneOfRank[ranks[lane]] = static_cast<int>(lane);
        m_lanes.push_back(m_laneOfRank.value(ranks[lane]));
    }
    m_firstDate = m_lastDate = QDate();
    double first = 0;
    double last = 0;
    bool any = false;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const SourceInfo &source = m_source[static_cast<size_t>(m_rows[static_cast<size_t>(row)])];
        TimelineLayout::Event event;
        event.day = source.day;
        event.lane = source.valid ? laneOfRank.value(source.rank) : -1;
        event.level = source.level < 0 ? TimelineLayout::levelSlots - 1 : source.level;
        event.key = row;
        event.labelWidth = source.labelWidth;
        events.push_back(event);
        if (!source.valid)
            continue;
        if (!any || source.day < first)
            first = source.day;
        if (!any || source.day > last)
            last = source.day;
        any = true;
    }
    if (any) {
        m_firstDate = QDate::fromJulianDay(static_cast<qint64>(first));
        m_lastDate = QDate::fromJulianDay(static_cast<qint64>(last));
    }
    layout.setEvents(std::move(events), static_cast<int>(m_lanes.size()));
    return true;
}

void TimelineContent::arrange(TimelineLayout &layout, const LaneArrangement::Options &options)
{
    std::vector<LaneArrangement::Organization> organizations;
    organizations.reserve(m_lanes.size());
    for (const Lane &lane : m_lanes)
        organizations.push_back({lane.organizationId, lane.name, lane.rank, lane.totalEvents, lane.firstDay});
    const std::vector<LaneArrangement::Lane> arranged = LaneArrangement::arrange(organizations, options);
    m_shownLanes.clear();
    m_shownLanes.reserve(arranged.size());
    for (const LaneArrangement::Lane &lane : arranged) {
        ShownLane shown;
        shown.arrangement = lane;
        for (int organization : lane.organizations) {
            if (organization >= 0 && organization < layout.sourceLaneCount())
                shown.eventCount += static_cast<int>(layout.sourceLaneEvents(organization).size());
        }
        if (lane.kind == LaneArrangement::Lane::Kind::Others) {
            // The count outside the call: lupdate does not read past a template argument list.
            const int count = int(lane.organizations.size());
            shown.name = QCoreApplication::translate("TimelineContent", "Others (%n organizations)", nullptr, count);
        } else if (!lane.organizations.empty()) {
            shown.name = m_lanes[static_cast<size_t>(lane.organizations.front())].name;
        }
        m_shownLanes.push_back(std::move(shown));
    }
    layout.setLanes(LaneArrangement::layoutLanes(arranged));
}

QList<CorporateStage> TimelineContent::shownLaneStages(int lane) const
{
    if (lane < 0 || lane >= static_cast<int>(m_shownLanes.size()))
        return {};
    const ShownLane &shown = m_shownLanes[static_cast<size_t>(lane)];
    if (shown.isOthers() || shown.arrangement.organizations.empty())
        return {};
    return m_lanes[static_cast<size_t>(shown.arrangement.organizations.front())].stages;
}

void TimelineContent::readSource()
{
    m_sourceDirty = false;
    m_source.clear();
    m_laneOfRank.clear();
    m_advance.clear();
    m_asciiAdvance.fill(-1);
    m_sourceFirstDate = m_sourceLastDate = QDate();
    const QAbstractItemModel *source = m_model;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    m_sourceModel = source;
    const int rows = source ? source->rowCount() : 0;
    m_source.resize(static_cast<size_t>(rows) + 1); // + the placeholder, never valid
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, 0);
        SourceInfo &info = m_source[static_cast<size_t>(row)];
        const QDate date = index.data(ReleaseModel::DateRole).toDate();
        if (!date.isValid())
            continue;
        info.valid = true;
        info.day = static_cast<double>(date.toJulianDay());
        bool ok = false;
        const int level = index.data(ReleaseModel::LevelRole).toInt(&ok);
        info.level = ok && level >= 0 && level < Openness::levelCount ? level : -1;
        info.rank = index.data(ReleaseModel::OrganizationRankRole).toInt(&ok);
        if (!ok)
            info.rank = -1;
        info.kind = kindFromId(index.data(ReleaseModel::KindRole).toString());
        info.unconfirmed = index.data(ReleaseModel::UnconfirmedRole).toBool();
        info.labelWidth = labelWidth(index.data(ReleaseModel::ModelNameRole).toString());
        if (!m_laneOfRank.contains(info.rank)) {
            Lane lane;
            lane.rank = info.rank;
            lane.organizationId = index.data(ReleaseModel::OrganizationIdRole).toString();
            lane.name = index.data(ReleaseModel::OrganizationNameRole).toString();
            if (lane.name.isEmpty())
                lane.name = lane.organizationId.isEmpty() ? QCoreApplication::translate("TimelineContent", "(no organization)")
                                                          : lane.organizationId;
            lane.stages = index.data(ReleaseModel::OrganizationStagesRole).value<QList<CorporateStage>>();
            m_laneOfRank.insert(info.rank, lane);
        }
        Lane &lane = m_laneOfRank[info.rank];
        if (lane.totalEvents++ == 0 || info.day < lane.firstDay)
            lane.firstDay = info.day;
        if (!m_sourceFirstDate.isValid() || date < m_sourceFirstDate)
            m_sourceFirstDate = date;
        if (!m_sourceLastDate.isValid() || date > m_sourceLastDate)
            m_sourceLastDate = date;
    }
}

void TimelineContent::readRows()
{
    m_rowsDirty = false;
    m_rows.clear();
    if (!m_model || !m_sourceModel || m_source.empty())
        return;
    const int rows = m_model->rowCount();
    m_rows.reserve(static_cast<size_t>(rows));
    // Rows that are not a source row with a date map to the placeholder (the last source
    // entry), so that event i stays row i; they get no lane and are not drawn.
    const int placeholder = static_cast<int>(m_source.size()) - 1;
    // The chain of proxies down to the source model, found once rather than for every row.
    QList<const QAbstractProxyModel *> proxies;
    for (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_model); proxy;
         proxy = qobject_cast<const QAbstractProxyModel *>(proxy->sourceModel()))
        proxies.append(proxy);
    for (int row = 0; row < rows; ++row) {
        QModelIndex index = m_model->index(row, 0);
        for (const QAbstractProxyModel *proxy : std::as_const(proxies))
            index = proxy->mapToSource(index);
        const int sourceRow = index.isValid() ? index.row() : -1;
        m_rows.push_back(sourceRow >= 0 && sourceRow < placeholder ? sourceRow : placeholder);
    }
}

qreal TimelineContent::labelWidth(const QString &text)
{
    const QFontMetricsF metrics(m_font);
    qreal width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < m_asciiAdvance.size()) {
            qreal &advance = m_asciiAdvance[u];
            if (advance < 0)
                advance = metrics.horizontalAdvance(c);
            width += advance;
        } else {
            auto it = m_advance.constFind(u);
            if (it == m_advance.constEnd())
                it = m_advance.insert(u, metrics.horizontalAdvance(c));
            width += *it;
        }
    }
    return std::ceil(width);
}

QModelIndex TimelineContent::index(int event) const
{
    return m_model && event >= 0 && event < eventCount() ? m_model->index(event, 0) : QModelIndex();
}

int TimelineContent::eventOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != m_model || index.row() >= eventCount())
        return -1;
    return index.row();
}

QString TimelineContent::label(int event) const
{
    return index(event).data(ReleaseModel::ModelNameRole).toString();
}

QString TimelineContent::description(int event) const
{
    const QModelIndex i = index(event);
    if (!i.isValid())
        return {};
    const QString model = i.data(ReleaseModel::ModelNameRole).toString();
    const Kind k = kind(event);
    const QString what = k == Kind::Other ? model : model + u' ' + kindName(k);
    const auto precision = static_cast<DatePrecision>(i.data(ReleaseModel::DatePrecisionRole).toInt());
    const int rank = level(event);
    const QString levelName = rank >= 0 ? Openness::name(static_cast<OpennessLevel>(rank))
                                        : QCoreApplication::translate("TimelineContent", "level unknown");
    QString license = i.data(ReleaseModel::LicenseNameRole).toString();
    if (license.isEmpty())
        license = QCoreApplication::translate("TimelineContent", "no license");
    QStringList parts{what, formatDate(date(event), precision), levelName, license};
    if (isUnconfirmed(event))
        parts << QCoreApplication::translate("TimelineContent", "unconfirmed");
    return parts.join(QStringLiteral(", "));
}

QString TimelineContent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Announcement:
        return QCoreApplication::translate("TimelineContent", "announcement");
    case Kind::Launch:
        return QCoreApplication::translate("TimelineContent", "launch");
    case Kind::Api:
        return QCoreApplication::translate("TimelineContent", "API");
    case Kind::Weights:
        return QCoreApplication::translate("TimelineContent", "weights");
    case Kind::LicenseChange:
        return QCoreApplication::translate("TimelineContent", "license change");
    case Kind::Retirement:
        return QCoreApplication::translate("TimelineContent", "retirement");
    case Kind::Other:
        break;
    }
    return {};
}

TimelineContent::Kind TimelineContent::kindFromId(QStringView id)
{
    if (id == u"announcement")
        return Kind::Announcement;
    if (id == u"launch")
        return Kind::Launch;
    if (id == u"api")
        return Kind::Api;
    if (id == u"weights")
        return Kind::Weights;
    if (id == u"license-change")
        return Kind::LicenseChange;
    if (id == u"retirement")
        return Kind::Retirement;
    return Kind::Other;
}
