#ifndef LANEARRANGEMENT_H
#define LANEARRANGEMENT_H

#include "TimelineLayout.h"

#include <QSet>
#include <QString>

#include <vector>

// Which lanes the timeline shows, in which order, and how: the user's choices about lanes
// (order, pinned, collapsed, small organizations grouped) turned into the lane list that
// TimelineLayout takes. Pure data in, data out, so it is tested without a window.
//
// Rules:
// - Pinned lanes come first, then the others; both parts in the chosen order (dataset order,
//   name, number of events, first release; ties by dataset order).
// - Order and grouping use each organization's figures in the whole dataset, not in the current
//   filter: switching a level off never reorders or regroups the lanes a reader is looking at.
// - When more than groupAbove organizations have events shown, the topCount with the most events
//   (and every pinned one) keep a lane of their own and the rest share one "Others" lane, placed
//   after them. Grouping one organization would only rename its lane, so it needs two or more.
// - An expanded Others lane is a header (no events) followed by the lanes of its organizations,
//   in the chosen order.
class LaneArrangement
{
public:
    enum class Order { Dataset, Name, EventCount, FirstRelease };

    struct Organization {
        QString id;
        QString name;
        int rank = 0;        // position in the dataset
        int totalEvents = 0; // in the whole dataset
        double firstDay = 0; // of its first event in the dataset (Julian day)
    };

    struct Options {
        Order order = Order::Dataset;
        QSet<QString> pinned;    // organization ids
        QSet<QString> collapsed; // organization ids
        int topCount = 12;       // lanes kept apart from Others; 0: never group
        int groupAbove = 20;     // group only when more organizations than this are shown
        bool othersExpanded = false;
        bool operator==(const Options &other) const = default;
    };

    struct Lane {
        enum class Kind { Organization, Others };
        Kind kind = Kind::Organization;
        std::vector<int> organizations; // indexes into the input: one, or every one of Others
        bool collapsed = false;
        bool pinned = false;
        bool expanded = false; // Others only: its organizations follow in lanes of their own
        bool grouped = false;  // an organization's lane inside an expanded Others
    };

    // The lanes for the organizations that have events shown (any order in, each once).
    static std::vector<Lane> arrange(const std::vector<Organization> &organizations, const Options &options);
    // What TimelineLayout needs: per lane its organizations (as layout lanes: the same indexes)
    // and whether it is collapsed. An expanded Others lane is an empty, collapsed header.
    static std::vector<TimelineLayout::LaneSpec> layoutLanes(const std::vector<Lane> &lanes);
};

#endif // LANEARRANGEMENT_H
