#include "LaneArrangement.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Arrangement = LaneArrangement;
using Order = LaneArrangement::Order;

namespace {

// Five organizations in dataset order: a (3 events, first day 30), b (10, 10), c (1, 50),
// d (7, 20), e (5, 40).
std::vector<Arrangement::Organization> five()
{
    return {
        {QStringLiteral("a"), QStringLiteral("Delta Labs"), 0, 3, 30},
        {QStringLiteral("b"), QStringLiteral("alpha AI"), 1, 10, 10},
        {QStringLiteral("c"), QStringLiteral("Echo"), 2, 1, 50},
        {QStringLiteral("d"), QStringLiteral("Bravo"), 3, 7, 20},
        {QStringLiteral("e"), QStringLiteral("Charlie"), 4, 5, 40},
    };
}

// n organizations "o0".."o(n-1)", organization i with i + 1 events.
std::vector<Arrangement::Organization> many(int n)
{
    std::vector<Arrangement::Organization> organizations;
    for (int i = 0; i < n; ++i)
        organizations.push_back({QStringLiteral("o%1").arg(i), QStringLiteral("Org %1").arg(i), i, i + 1, double(1000 - i)});
    return organizations;
}

QStringList ids(const std::vector<Arrangement::Organization> &organizations, const std::vector<Arrangement::Lane> &lanes)
{
    QStringList result;
    for (const Arrangement::Lane &lane : lanes) {
        if (lane.kind == Arrangement::Lane::Kind::Others)
            result << QStringLiteral("others");
        else
            result << organizations[static_cast<size_t>(lane.organizations.front())].id;
    }
    return result;
}

} // namespace

class tst_LaneArrangement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachOrderSortsTheLanes_data();
    void eachOrderSortsTheLanes();
    void pinnedLanesComeFirstInTheChosenOrder();
    void collapsedLanesAreMarkedAndLaidOutAsOneRow();
    void fewOrganizationsAreNeverGrouped();
    void othersHoldsAllButTheTopNAndItsCountsSumToTheirs();
    void expandingOthersRestoresTheLanesAfterAHeader();
    void pinnedOrganizationsAreNeverGrouped();
};

void tst_LaneArrangement::eachOrderSortsTheLanes_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("dataset") << int(Order::Dataset) << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    // Case-insensitive: "alpha AI" before "Bravo".
    QTest::newRow("name") << int(Order::Name) << QStringList{u"b"_s, u"d"_s, u"e"_s, u"a"_s, u"c"_s};
    QTest::newRow("events") << int(Order::EventCount) << QStringList{u"b"_s, u"d"_s, u"e"_s, u"a"_s, u"c"_s};
    QTest::newRow("first release") << int(Order::FirstRelease) << QStringList{u"b"_s, u"d"_s, u"a"_s, u"e"_s, u"c"_s};
}

void tst_LaneArrangement::eachOrderSortsTheLanes()
{
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    Arrangement::Options options;
    options.order = static_cast<Order>(order);
    const auto organizations = five();
    const auto lanes = Arrangement::arrange(organizations, options);
    QCOMPARE(ids(organizations, lanes), expected);
    // Whatever order the organizations come in.
    std::vector<Arrangement::Organization> reversed(organizations.rbegin(), organizations.rend());
    QCOMPARE(ids(reversed, Arrangement::arrange(reversed, options)), expected);
}

void tst_LaneArrangement::pinnedLanesComeFirstInTheChosenOrder()
{
    Arrangement::Options options;
    options.order = Order::Name;
    options.pinned = {u"c"_s, u"a"_s};
    const auto organizations = five();
    const auto lanes = Arrangement::arrange(organizations, options);
    QCOMPARE(ids(organizations, lanes), (QStringList{u"a"_s, u"c"_s, u"b"_s, u"d"_s, u"e"_s}));
    QVERIFY(lanes[0].pinned && lanes[1].pinned && !lanes[2].pinned);
    options.pinned = {u"e"_s};
    options.order = Order::Dataset;
    QCOMPARE(ids(organizations, Arrangement::arrange(organizations, options)),
             (QStringList{u"e"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
}

void tst_LaneArrangement::collapsedLanesAreMarkedAndLaidOutAsOneRow()
{
    Arrangement::Options options;
    options.collapsed = {u"d"_s};
    const auto lanes = Arrangement::arrange(five(), options);
    const auto specs = Arrangement::layoutLanes(lanes);
    QCOMPARE(specs.size(), size_t(5));
    for (size_t i = 0; i < specs.size(); ++i) {
        QCOMPARE(specs[i].collapsed, i == 3);
        QCOMPARE(lanes[i].collapsed, i == 3);
        QCOMPARE(specs[i].sources, std::vector<int>{static_cast<int>(i)});
    }
}

void tst_LaneArrangement::fewOrganizationsAreNeverGrouped()
{
    Arrangement::Options options; // top 12 when more than 20
    const auto organizations = many(20);
    const auto lanes = Arrangement::arrange(organizations, options);
    QCOMPARE(lanes.size(), size_t(20));
    QVERIFY(std::none_of(lanes.begin(), lanes.end(), [](const Arrangement::Lane &l) { return l.kind == Arrangement::Lane::Kind::Others; }));
    options.topCount = 0;
    QCOMPARE(Arrangement::arrange(many(438), options).size(), size_t(438));
}

void tst_LaneArrangement::othersHoldsAllButTheTopNAndItsCountsSumToTheirs()
{
    const auto organizations = many(438);
    Arrangement::Options options;
    options.order = Order::Name; // the top N are chosen by events, shown in the chosen order
    const auto lanes = Arrangement::arrange(organizations, options);
    QCOMPARE(lanes.size(), size_t(13));
    const Arrangement::Lane &others = lanes.back();
    QCOMPARE(others.kind, Arrangement::Lane::Kind::Others);
    QCOMPARE(others.organizations.size(), size_t(438 - 12));
    // The twelve with the most events (o426..o437) keep their lanes.
    QSet<int> own;
    for (size_t i = 0; i + 1 < lanes.size(); ++i)
        own.insert(lanes[i].organizations.front());
    for (int i = 426; i < 438; ++i)
        QVERIFY(own.contains(i));
    // Every organization is in exactly one lane, and Others' events are its organizations'.
    int othersEvents = 0;
    QSet<int> seen = own;
    for (int i : others.organizations) {
        QVERIFY(!seen.contains(i));
        seen.insert(i);
        othersEvents += organizations[static_cast<size_t>(i)].totalEvents;
    }
    QCOMPARE(seen.size(), 438);
    int expected = 0;
    for (int i = 0; i < 426; ++i)
        expected += i + 1;
    QCOMPARE(othersEvents, expected);
    // The layout gets one lane whose sources are those organizations.
    const auto specs = Arrangement::layoutLanes(lanes);
    QCOMPARE(specs.back().sources, others.organizations);
    QVERIFY(!specs.back().collapsed);
}

void tst_LaneArrangement::expandingOthersRestoresTheLanesAfterAHeader()
{
    const auto organizations = many(30);
    Arrangement::Options options;
    options.topCount = 5;
    const auto grouped = Arrangement::arrange(organizations, options);
    QCOMPARE(grouped.size(), size_t(6));
    options.othersExpanded = true;
    const auto expanded = Arrangement::arrange(organizations, options);
    QCOMPARE(expanded.size(), size_t(6 + 25));
    QCOMPARE(expanded[5].kind, Arrangement::Lane::Kind::Others);
    QVERIFY(expanded[5].expanded);
    const auto specs = Arrangement::layoutLanes(expanded);
    QVERIFY(specs[5].sources.empty()); // the header draws no events
    QVERIFY(specs[5].collapsed);
    for (size_t i = 6; i < expanded.size(); ++i) {
        QCOMPARE(expanded[i].kind, Arrangement::Lane::Kind::Organization);
        QVERIFY(expanded[i].grouped);
        QCOMPARE(specs[i].sources.size(), size_t(1));
    }
    // The same organizations as the grouped lane held, in the same (dataset) order.
    std::vector<int> restored;
    for (size_t i = 6; i < expanded.size(); ++i)
        restored.push_back(expanded[i].organizations.front());
    QCOMPARE(restored, grouped[5].organizations);
    // Without expansion there is nothing after Others; with no organization in it, no Others.
    options.topCount = 40;
    QCOMPARE(Arrangement::arrange(organizations, options).size(), size_t(30));
}

void tst_LaneArrangement::pinnedOrganizationsAreNeverGrouped()
{
    const auto organizations = many(30);
    Arrangement::Options options;
    options.topCount = 5;
    options.pinned = {u"o0"_s}; // the one with the fewest events
    const auto lanes = Arrangement::arrange(organizations, options);
    QCOMPARE(ids(organizations, lanes).first(), u"o0"_s);
    QCOMPARE(lanes.size(), size_t(1 + 5 + 1));
    QCOMPARE(lanes.back().organizations.size(), size_t(24));
}

QTEST_APPLESS_MAIN(tst_LaneArrangement)
#include "tst_lanearrangement.moc"
