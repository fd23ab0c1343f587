#include "LanePacker.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using Extents = QList<LanePacker::Extent>;

namespace {

// The most extents covering one point: the fewest rows any overlap-free packing can use.
int maximumDepth(const Extents &extents, qreal gap)
{
    QList<std::pair<qreal, int>> events;
    for (const LanePacker::Extent &e : extents) {
        events.append({e.start, +1});
        events.append({e.end + gap, -1}); // an extent blocks its row until end + gap
    }
    std::sort(events.begin(), events.end()); // ends (-1) sort before starts at the same place
    int depth = 0, best = 0;
    for (const auto &event : events) {
        depth += event.second;
        best = std::max(best, depth);
    }
    return best;
}

Extents randomExtents(quint32 seed, int count, qreal span, qreal maxWidth)
{
    QRandomGenerator random(seed);
    Extents extents;
    for (int i = 0; i < count; ++i) {
        const qreal start = random.bounded(span);
        extents.append({start, start + 4 + random.bounded(maxWidth)});
    }
    return extents;
}

} // namespace

class tst_LanePacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsWithoutOverlapInTheFewestRows_data();
    void packsWithoutOverlapInTheFewestRows();
    void respectsTheRowCapAndReportsOverflow_data();
    void respectsTheRowCapAndReportsOverflow();
    void overflowGoesToTheRowOfLeastOverlap();
    void isDeterministicAndIndependentOfInputOrderForDistinctStarts();
    void emptyInput();
};

void tst_LanePacker::packsWithoutOverlapInTheFewestRows_data()
{
    QTest::addColumn<Extents>("extents");
    QTest::addColumn<qreal>("gap");
    QTest::addColumn<QList<int>>("expectedRows"); // empty: only check the properties

    QTest::newRow("apart: one row") << Extents{{0, 10}, {20, 30}, {40, 50}} << 0.0 << QList<int>{0, 0, 0};
    QTest::newRow("touching: one row") << Extents{{0, 10}, {10, 20}} << 0.0 << QList<int>{0, 0};
    QTest::newRow("touching with a gap: two rows") << Extents{{0, 10}, {10, 20}} << 2.0 << QList<int>{0, 1};
    QTest::newRow("long label covers two") << Extents{{0, 100}, {10, 20}, {30, 40}, {110, 120}} << 0.0
                                           << QList<int>{0, 1, 1, 0};
    QTest::newRow("free low row is reused") << Extents{{0, 50}, {5, 15}, {10, 60}, {20, 30}} << 0.0
                                            << QList<int>{0, 1, 2, 1};
    QTest::newRow("unsorted input") << Extents{{40, 50}, {0, 45}, {20, 30}} << 0.0 << QList<int>{1, 0, 1};
    QTest::newRow("random 200") << randomExtents(1, 200, 5000, 300) << 3.0 << QList<int>{};
    QTest::newRow("random 2000 dense") << randomExtents(7, 2000, 3000, 200) << 0.0 << QList<int>{};
}

void tst_LanePacker::packsWithoutOverlapInTheFewestRows()
{
    QFETCH(Extents, extents);
    QFETCH(qreal, gap);
    QFETCH(QList<int>, expectedRows);

    const LanePacker::Result result = LanePacker::pack(extents, 1000, gap);
    QCOMPARE(result.rows.size(), extents.size());
    QCOMPARE(result.overflowCount, 0);
    QCOMPARE(result.rowCount, maximumDepth(extents, gap));
    if (!expectedRows.isEmpty())
        QCOMPARE(result.rows, expectedRows);

    for (qsizetype i = 0; i < extents.size(); ++i) {
        QVERIFY(result.rows.at(i) >= 0 && result.rows.at(i) < result.rowCount);
        for (qsizetype j = i + 1; j < extents.size(); ++j) {
            if (result.rows.at(i) != result.rows.at(j))
                continue;
            const LanePacker::Extent &a = extents.at(i);
            const LanePacker::Extent &b = extents.at(j);
            QVERIFY2(a.end + gap <= b.start || b.end + gap <= a.start,
                     qPrintable(QStringLiteral("%1 and %2 overlap in row %3").arg(i).arg(j).arg(result.rows.at(i))));
        }
    }
}

void tst_LanePacker::respectsTheRowCapAndReportsOverflow_data()
{
    QTest::addColumn<Extents>("extents");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<int>("expectedOverflow");

    QTest::newRow("five stacked, cap 3") << Extents{{0, 100}, {1, 100}, {2, 100}, {3, 100}, {4, 100}} << 3 << 2;
    QTest::newRow("fits exactly") << Extents{{0, 100}, {1, 100}, {2, 100}} << 3 << 0;
    QTest::newRow("cap 1") << Extents{{0, 10}, {5, 15}, {20, 30}} << 1 << 1;
    QTest::newRow("cap 0 means 1") << Extents{{0, 10}, {5, 15}} << 0 << 1;
    QTest::newRow("random 500, cap 4") << randomExtents(3, 500, 2000, 150) << 4 << -1;
}

void tst_LanePacker::respectsTheRowCapAndReportsOverflow()
{
    QFETCH(Extents, extents);
    QFETCH(int, maxRows);
    QFETCH(int, expectedOverflow);

    const LanePacker::Result result = LanePacker::pack(extents, maxRows);
    const int cap = std::max(maxRows, 1);
    QVERIFY(result.rowCount <= cap);
    for (int row : result.rows)
        QVERIFY(row >= 0 && row < cap);
    if (expectedOverflow >= 0)
        QCOMPARE(result.overflowCount, expectedOverflow);
    else
        QVERIFY(result.overflowCount > 0);
}

void tst_LanePacker::overflowGoesToTheRowOfLeastOverlap()
{
    // Row 0 is busy until 100, row 1 until 30: an item at 20 overlaps row 1 least.
    const Extents extents{{0, 100}, {10, 30}, {20, 40}};
    const LanePacker::Result result = LanePacker::pack(extents, 2);
    QCOMPARE(result.rows, (QList<int>{0, 1, 1}));
    QCOMPARE(result.overflowCount, 1);
}

void tst_LanePacker::isDeterministicAndIndependentOfInputOrderForDistinctStarts()
{
    Extents extents = randomExtents(11, 300, 4000, 250);
    const LanePacker::Result first = LanePacker::pack(extents, 5, 2);
    QCOMPARE(LanePacker::pack(extents, 5, 2).rows, first.rows);

    // Shuffle: each extent keeps its row (the packing depends on positions, not input order).
    QList<qsizetype> permutation(extents.size());
    std::iota(permutation.begin(), permutation.end(), qsizetype(0));
    std::shuffle(permutation.begin(), permutation.end(), QRandomGenerator(5));
    Extents shuffled;
    for (qsizetype i : permutation)
        shuffled.append(extents.at(i));
    const LanePacker::Result second = LanePacker::pack(shuffled, 5, 2);
    for (qsizetype k = 0; k < permutation.size(); ++k)
        QCOMPARE(second.rows.at(k), first.rows.at(permutation.at(k)));
}

void tst_LanePacker::emptyInput()
{
    const LanePacker::Result result = LanePacker::pack({}, 3);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.rowCount, 0);
    QCOMPARE(result.overflowCount, 0);
}

QTEST_MAIN(tst_LanePacker)
#include "tst_lanepacker.moc"
