#ifndef TIMESCALE_H
#define TIMESCALE_H

#include <QDate>
#include <QList>
#include <QString>

// Maps dates to horizontal pixels for the visible part of a timeline, and back. A value type:
// the view keeps one for the screen and builds another to export the whole timeline, and the
// tests drive it without any widget. Positions are relative to the left edge of the time area
// (x = 0 is the start of the visible range, x = width() its end). Time is measured in Julian
// days held as doubles so that zooming and panning by fractions of a day do not accumulate
// rounding error; a date's x is the x of the start of that day.
class TimeScale
{
public:
    // Zoom limits, as the span of time that fits across the width: closer than a week there is
    // nothing left to separate (dates are days), wider than 60 years the whole history of the
    // field is a few pixels.
    static constexpr double minimumSpanDays = 7.0;
    static constexpr double maximumSpanDays = 60.0 * 365.2425;

    enum class TickUnit { Day, Week, Month, Year };
    struct TickInterval {
        TickUnit unit = TickUnit::Year;
        int count = 1; // e.g. {Month, 3} is a quarter
        friend bool operator==(const TickInterval &, const TickInterval &) = default;
    };
    struct Tick {
        QDate date;
        qreal x = 0;
        QString label;
    };

    TimeScale() = default;
    // Shows [first, last + 1 day) across width pixels (the span is clamped to the zoom limits,
    // keeping the middle of the range in the middle).
    TimeScale(QDate first, QDate last, qreal width);

    bool isValid() const { return m_width > 0 && m_daysPerPixel > 0; }
    qreal width() const { return m_width; }
    // Changes the width keeping the start and the zoom (more or less time becomes visible),
    // then re-applies the zoom limits.
    void setWidth(qreal width);

    double startDay() const { return m_startDay; }
    double daysPerPixel() const { return m_daysPerPixel; }
    double spanDays() const { return m_daysPerPixel * m_width; }
    QDate startDate() const { return dateAt(0); }

    qreal x(QDate date) const { return x(static_cast<double>(date.toJulianDay())); }
    qreal x(double julianDay) const { return (julianDay - m_startDay) / m_daysPerPixel; }
    double dayAt(qreal x) const { return m_startDay + x * m_daysPerPixel; }
    QDate dateAt(qreal x) const;

    // Multiplies the magnification by factor (> 1 zooms in) keeping the time under anchorX
    // where it is. The result is clamped to the zoom limits; returns false when nothing changed.
    bool zoom(double factor, qreal anchorX);
    // Moves the content dx pixels to the right (a positive dx shows earlier dates).
    void pan(qreal dx);
    // Shows first..last (inclusive days) with leftMargin and rightMargin pixels kept free, e.g.
    // for the marker half-width on the left and the last label on the right.
    void fit(QDate first, QDate last, qreal leftMargin, qreal rightMargin);

    // The interval between axis ticks: the finest of 1 day, 1 week, 1, 3 or 6 months, or 1, 2,
    // 5, 10, 20, 50 or 100 years whose *shortest* occurrence (28 days for a month, 365 for a
    // year...) is at least minSpacing pixels at the current zoom. Using the shortest length
    // guarantees that no two neighbouring ticks are closer than minSpacing, so labels of at most
    // minSpacing pixels (label width plus padding, measured by the caller) never collide.
    TickInterval tickInterval(qreal minSpacing) const;
    // Ticks in the visible range, aligned to calendar boundaries (1 January, the first of a
    // month or quarter, Mondays, years divisible by the count), with labels (see tickLabel).
    QList<Tick> ticks(qreal minSpacing) const;
    QList<Tick> ticks(TickInterval interval) const;
    static QList<TickInterval> tickIntervals();
    // "2024" for year ticks, "Apr 2024" for month ticks, "8 Apr 2024" for day and week ticks
    // (QLocale's month names).
    static QString tickLabel(QDate date, TickInterval interval);

private:
    void clampZoom(qreal anchorX);

    double m_startDay = 0;
    double m_daysPerPixel = 1;
    qreal m_width = 0;
};

#endif // TIMESCALE_H
