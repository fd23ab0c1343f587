#include "LaneArrangement.h"

#include <algorithm>
#include <numeric>

std::vector<LaneArrangement::Lane> LaneArrangement::arrange(const std::vector<Organization> &organizations,
                                                            const Options &options)
{
    const int n = static_cast<int>(organizations.size());
    auto org = [&](int i) -> const Organization & { return organizations[static_cast<size_t>(i)]; };
    auto byRank = [&](int a, int b) { return org(a).rank < org(b).rank || (org(a).rank == org(b).rank && a < b); };
    auto byEvents = [&](int a, int b) {
        return org(a).totalEvents != org(b).totalEvents ? org(a).totalEvents > org(b).totalEvents : byRank(a, b);
    };
    auto inOrder = [&](int a, int b) {
        switch (options.order) {
        case Order::Name: {
            const int c = QString::compare(org(a).name, org(b).name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : byRank(a, b);
        }
        case Order::EventCount:
            return byEvents(a, b);
        case Order::FirstRelease:
            return org(a).firstDay != org(b).firstDay ? org(a).firstDay < org(b).firstDay : byRank(a, b);
        case Order::Dataset:
            break;
        }
        return byRank(a, b);
    };

    std::vector<int> pinned;
    std::vector<int> rest;
    for (int i = 0; i < n; ++i)
        (options.pinned.contains(org(i).id) ? pinned : rest).push_back(i);

    // Which of the rest keep a lane of their own: the topCount with the most events.
    std::vector<bool> inOthers(static_cast<size_t>(n), false);
    const int groupable = static_cast<int>(rest.size()) - options.topCount;
    const bool group = options.topCount > 0 && n > options.groupAbove && groupable >= 2;
    if (group) {
        std::vector<int> ranked = rest;
        std::sort(ranked.begin(), ranked.end(), byEvents);
        for (size_t k = static_cast<size_t>(options.topCount); k < ranked.size(); ++k)
            inOthers[static_cast<size_t>(ranked[k])] = true;
    }
    std::sort(pinned.begin(), pinned.end(), inOrder);
    std::sort(rest.begin(), rest.end(), inOrder);

    auto organizationLane = [&](int i, bool grouped) {
        Lane lane;
        lane.organizations = {i};
        lane.collapsed = options.collapsed.contains(org(i).id);
        lane.pinned = options.pinned.contains(org(i).id);
        lane.grouped = grouped;
        return lane;
    };
    std::vector<Lane> lanes;
    lanes.reserve(pinned.size() + rest.size() + 1);
    for (int i : pinned)
        lanes.push_back(organizationLane(i, false));
    Lane others;
    others.kind = Lane::Kind::Others;
    others.expanded = options.othersExpanded;
    others.collapsed = others.expanded;
    for (int i : rest) {
        if (inOthers[static_cast<size_t>(i)])
            others.organizations.push_back(i);
        else
            lanes.push_back(organizationLane(i, false));
    }
    if (!others.organizations.empty()) {
        lanes.push_back(others);
        if (others.expanded) {
            for (int i : others.organizations)
                lanes.push_back(organizationLane(i, true));
        }
    }
    return lanes;
}

std::vector<TimelineLayout::LaneSpec> LaneArrangement::layoutLanes(const std::vector<Lane> &lanes)
{
    std::vector<TimelineLayout::LaneSpec> specs;
    specs.reserve(lanes.size());
    for (const Lane &lane : lanes) {
        TimelineLayout::LaneSpec spec;
        if (!(lane.kind == Lane::Kind::Others && lane.expanded))
            spec.sources = lane.organizations;
        spec.collapsed = lane.collapsed;
        specs.push_back(std::move(spec));
    }
    return specs;
}
