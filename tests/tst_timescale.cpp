#include "TimeScale.h"

#include <QTest>

using Interval = TimeScale::TickInterval;
using Unit = TimeScale::TickUnit;

class tst_TimeScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsDatesToPixelsAndBack_data();
    void mapsDatesToPixelsAndBack();
    void zoomKeepsTheDateUnderTheAnchor_data();
    void zoomKeepsTheDateUnderTheAnchor();
    void zoomIsClampedBetweenAWeekAndSixtyYears_data();
    void zoomIsClampedBetweenAWeekAndSixtyYears();
    void panMovesContentByPixels();
    void fitShowsTheRangeInsideTheMargins_data();
    void fitShowsTheRangeInsideTheMargins();
    void tickIntervalIsTheFinestThatKeepsLabelsApart_data();
    void tickIntervalIsTheFinestThatKeepsLabelsApart();
    void ticksAreAlignedAndNeverCloserThanMinSpacing_data();
    void ticksAreAlignedAndNeverCloserThanMinSpacing();
};

void tst_TimeScale::mapsDatesToPixelsAndBack_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qreal>("width");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qreal>("expectedX");

    // 2024 is a leap year: 366 days across 732 px is 2 px a day.
    QTest::newRow("first day at 0") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 732.0 << QDate(2024, 1, 1) << 0.0;
    QTest::newRow("tenth day") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 732.0 << QDate(2024, 1, 11) << 20.0;
    QTest::newRow("end of range") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 732.0 << QDate(2025, 1, 1) << 732.0;
    QTest::newRow("before the range") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 732.0 << QDate(2023, 12, 31) << -2.0;
}

void tst_TimeScale::mapsDatesToPixelsAndBack()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qreal, width);
    QFETCH(QDate, date);
    QFETCH(qreal, expectedX);

    const TimeScale scale(first, last, width);
    QVERIFY(scale.isValid());
    QCOMPARE(scale.x(date), expectedX);
    QCOMPARE(scale.dateAt(expectedX), date);
    QCOMPARE(scale.dateAt(expectedX + 1.5), date); // anywhere inside the day
    QCOMPARE(scale.startDate(), first);
}

void tst_TimeScale::zoomKeepsTheDateUnderTheAnchor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<qreal>("anchorX");

    QTest::newRow("in at the left") << 2.0 << 0.0;
    QTest::newRow("in at a third") << 1.25 << 333.0;
    QTest::newRow("out at the right") << 0.5 << 1000.0;
    QTest::newRow("out in the middle") << 0.8 << 517.3;
}

void tst_TimeScale::zoomKeepsTheDateUnderTheAnchor()
{
    QFETCH(double, factor);
    QFETCH(qreal, anchorX);

    TimeScale scale(QDate(2020, 1, 1), QDate(2024, 12, 31), 1000);
    const double dayBefore = scale.dayAt(anchorX);
    const double spanBefore = scale.spanDays();
    QVERIFY(scale.zoom(factor, anchorX));
    QVERIFY(qAbs(scale.dayAt(anchorX) - dayBefore) < 1e-6);
    QVERIFY(qAbs(scale.spanDays() - spanBefore / factor) < 1e-6);
}

void tst_TimeScale::zoomIsClampedBetweenAWeekAndSixtyYears_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("expectedSpan");

    QTest::newRow("far in") << 1e6 << TimeScale::minimumSpanDays;
    QTest::newRow("far out") << 1e-6 << TimeScale::maximumSpanDays;
}

void tst_TimeScale::zoomIsClampedBetweenAWeekAndSixtyYears()
{
    QFETCH(double, factor);
    QFETCH(double, expectedSpan);

    TimeScale scale(QDate(2020, 1, 1), QDate(2024, 12, 31), 800);
    const double anchorDay = scale.dayAt(200);
    QVERIFY(scale.zoom(factor, 200));
    QCOMPARE(scale.spanDays(), expectedSpan);
    QVERIFY(qAbs(scale.dayAt(200) - anchorDay) < 1e-6);
    // At the limit, zooming further the same way changes nothing.
    QVERIFY(!scale.zoom(factor, 200));
    QCOMPARE(scale.spanDays(), expectedSpan);
}

void tst_TimeScale::panMovesContentByPixels()
{
    TimeScale scale(QDate(2024, 1, 1), QDate(2024, 12, 31), 732); // 2 px a day
    const qreal before = scale.x(QDate(2024, 6, 1));
    scale.pan(40);
    QCOMPARE(scale.x(QDate(2024, 6, 1)), before + 40);
    QCOMPARE(scale.startDate(), QDate(2023, 12, 12));
    scale.pan(-40);
    QCOMPARE(scale.startDate(), QDate(2024, 1, 1));
}

void tst_TimeScale::fitShowsTheRangeInsideTheMargins_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qreal>("leftMargin");
    QTest::addColumn<qreal>("rightMargin");

    QTest::newRow("five years") << QDate(2019, 3, 4) << QDate(2024, 8, 30) << 20.0 << 150.0;
    QTest::newRow("no margins") << QDate(2019, 3, 4) << QDate(2024, 8, 30) << 0.0 << 0.0;
    QTest::newRow("one day: minimum zoom") << QDate(2024, 8, 30) << QDate(2024, 8, 30) << 10.0 << 10.0;
    QTest::newRow("a century: maximum zoom") << QDate(1920, 1, 1) << QDate(2024, 8, 30) << 10.0 << 10.0;
}

void tst_TimeScale::fitShowsTheRangeInsideTheMargins()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qreal, leftMargin);
    QFETCH(qreal, rightMargin);

    TimeScale scale;
    scale.setWidth(1000);
    scale.fit(first, last, leftMargin, rightMargin);
    const double span = double(last.toJulianDay() - first.toJulianDay() + 1);
    if (span * 1000 / (1000 - leftMargin - rightMargin) > TimeScale::maximumSpanDays) {
        QCOMPARE(scale.spanDays(), TimeScale::maximumSpanDays);
        // Centred: the middle of the range is in the middle of the width.
        QVERIFY(qAbs(scale.x(double(first.toJulianDay() + last.toJulianDay() + 1) / 2.0) - 500) < 1);
        return;
    }
    QVERIFY(scale.x(first) >= leftMargin - 1e-6);
    QVERIFY(scale.x(last.addDays(1)) <= 1000 - rightMargin + 1e-6);
    QVERIFY(scale.spanDays() >= TimeScale::minimumSpanDays);
    if (span > TimeScale::minimumSpanDays) { // the range fills the area between the margins
        QVERIFY(qAbs(scale.x(first) - leftMargin) < 1e-6);
        QVERIFY(qAbs(scale.x(last.addDays(1)) - (1000 - rightMargin)) < 1e-6);
    }
}

void tst_TimeScale::tickIntervalIsTheFinestThatKeepsLabelsApart_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qreal>("minSpacing");
    QTest::addColumn<Interval>("expected");

    // 1000 px for ten years: 3.65 days a pixel. A quarter (>= 89 days) is 24 px, a half year
    // 49.6 px, a year 100 px.
    const QDate a(2015, 1, 1), b(2024, 12, 31);
    QTest::newRow("10 y, 20 px") << a << b << 20.0 << Interval{Unit::Month, 3};
    QTest::newRow("10 y, 40 px") << a << b << 40.0 << Interval{Unit::Month, 6};
    QTest::newRow("10 y, 60 px") << a << b << 60.0 << Interval{Unit::Year, 1};
    QTest::newRow("10 y, 150 px") << a << b << 150.0 << Interval{Unit::Year, 2};
    QTest::newRow("10 y, 300 px") << a << b << 300.0 << Interval{Unit::Year, 5};
    QTest::newRow("two weeks, 40 px") << QDate(2024, 3, 1) << QDate(2024, 3, 14) << 40.0 << Interval{Unit::Day, 1};
    QTest::newRow("two weeks, 100 px") << QDate(2024, 3, 1) << QDate(2024, 3, 14) << 100.0 << Interval{Unit::Week, 1};
    QTest::newRow("one year, 70 px") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 70.0 << Interval{Unit::Month, 1};
    QTest::newRow("60 years, 100 px") << QDate(1965, 1, 1) << QDate(2024, 12, 31) << 100.0 << Interval{Unit::Year, 10};
}

void tst_TimeScale::tickIntervalIsTheFinestThatKeepsLabelsApart()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qreal, minSpacing);
    QFETCH(Interval, expected);

    const TimeScale scale(first, last, 1000);
    const Interval chosen = scale.tickInterval(minSpacing);
    QCOMPARE(chosen.unit, expected.unit);
    QCOMPARE(chosen.count, expected.count);
}

void tst_TimeScale::ticksAreAlignedAndNeverCloserThanMinSpacing_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qreal>("minSpacing");

    QTest::newRow("ten days") << QDate(2024, 2, 20) << QDate(2024, 3, 1) << 60.0;
    QTest::newRow("two months") << QDate(2024, 1, 15) << QDate(2024, 3, 15) << 70.0;
    QTest::newRow("one year") << QDate(2023, 7, 1) << QDate(2024, 7, 1) << 70.0;
    QTest::newRow("february-heavy") << QDate(2023, 1, 1) << QDate(2024, 12, 31) << 35.0;
    QTest::newRow("ten years") << QDate(2015, 1, 1) << QDate(2024, 12, 31) << 80.0;
    QTest::newRow("sixty years") << QDate(1965, 6, 1) << QDate(2024, 6, 1) << 60.0;
}

void tst_TimeScale::ticksAreAlignedAndNeverCloserThanMinSpacing()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qreal, minSpacing);

    const TimeScale scale(first, last, 1000);
    const Interval interval = scale.tickInterval(minSpacing);
    const QList<TimeScale::Tick> ticks = scale.ticks(minSpacing);
    QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const TimeScale::Tick &tick = ticks.at(i);
        QVERIFY(tick.x >= 0 && tick.x <= 1000);
        QCOMPARE(tick.x, scale.x(tick.date));
        QVERIFY(!tick.label.isEmpty());
        switch (interval.unit) {
        case Unit::Year:
            QCOMPARE(tick.date.dayOfYear(), 1);
            QCOMPARE(tick.date.year() % interval.count, 0);
            QCOMPARE(tick.label, QString::number(tick.date.year()));
            break;
        case Unit::Month:
            QCOMPARE(tick.date.day(), 1);
            QCOMPARE((tick.date.month() - 1) % interval.count, 0);
            break;
        case Unit::Week:
            QCOMPARE(tick.date.dayOfWeek(), 1);
            break;
        case Unit::Day:
            break;
        }
        if (i > 0)
            QVERIFY2(tick.x - ticks.at(i - 1).x >= minSpacing - 1e-9,
                     qPrintable(tick.date.toString(Qt::ISODate)));
    }
    // No tick is missing at the start: the one before the first would be left of the range
    // (one interval is the distance between the first two ticks, give or take two days).
    QVERIFY(ticks.first().x < ticks.at(1).x - ticks.first().x + 2 / scale.daysPerPixel());
}

QTEST_MAIN(tst_TimeScale)
#include "tst_timescale.moc"
