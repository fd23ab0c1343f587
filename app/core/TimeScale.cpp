#include "TimeScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

// The shortest length of one interval, in days: what the no-collision guarantee rests on.
double shortestDays(TimeScale::TickInterval interval)
{
    switch (interval.unit) {
    case TimeScale::TickUnit::Day:
        return interval.count;
    case TimeScale::TickUnit::Week:
        return 7.0 * interval.count;
    case TimeScale::TickUnit::Month:
        // February is 28 days; three months are at least 89, six at least 181.
        return interval.count == 1 ? 28.0 : interval.count == 3 ? 89.0 : 181.0 * interval.count / 6.0;
    case TimeScale::TickUnit::Year:
        return 365.0 * interval.count;
    }
    return 1.0;
}

// The first tick date on or after date for that interval.
QDate alignedOnOrAfter(QDate date, TimeScale::TickInterval interval)
{
    switch (interval.unit) {
    case TimeScale::TickUnit::Day: {
        const qint64 jd = date.toJulianDay();
        const qint64 rem = ((jd % interval.count) + interval.count) % interval.count;
        return rem == 0 ? date : QDate::fromJulianDay(jd + interval.count - rem);
    }
    case TimeScale::TickUnit::Week:
        return date.addDays((8 - date.dayOfWeek()) % 7); // the next Monday (or date itself)
    case TimeScale::TickUnit::Month: {
        QDate d(date.year(), date.month(), 1);
        if (d < date)
            d = d.addMonths(1);
        while ((d.month() - 1) % interval.count != 0)
            d = d.addMonths(1);
        return d;
    }
    case TimeScale::TickUnit::Year: {
        int year = date.year();
        if (QDate(year, 1, 1) < date)
            ++year;
        const int rem = ((year % interval.count) + interval.count) % interval.count;
        if (rem != 0)
            year += interval.count - rem;
        return QDate(year, 1, 1);
    }
    }
    return date;
}

QDate advance(QDate date, TimeScale::TickInterval interval)
{
    switch (interval.unit) {
    case TimeScale::TickUnit::Day:
        return date.addDays(interval.count);
    case TimeScale::TickUnit::Week:
        return date.addDays(7 * interval.count);
    case TimeScale::TickUnit::Month:
        return date.addMonths(interval.count);
    case TimeScale::TickUnit::Year:
        return date.addYears(interval.count);
    }
    return date.addDays(1);
}

} // namespace

TimeScale::TimeScale(QDate first, QDate last, qreal width)
{
    m_width = std::max<qreal>(width, 0);
    fit(first, last, 0, 0);
}

void TimeScale::setWidth(qreal width)
{
    m_width = std::max<qreal>(width, 0);
    clampZoom(m_width / 2);
}

QDate TimeScale::dateAt(qreal x) const
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(dayAt(x))));
}

bool TimeScale::zoom(double factor, qreal anchorX)
{
    if (!isValid() || !(factor > 0))
        return false;
    const double anchorDay = dayAt(anchorX);
    const double oldDaysPerPixel = m_daysPerPixel;
    const double span = std::clamp(spanDays() / factor, minimumSpanDays, maximumSpanDays);
    m_daysPerPixel = span / m_width;
    m_startDay = anchorDay - anchorX * m_daysPerPixel;
    return m_daysPerPixel != oldDaysPerPixel;
}

void TimeScale::pan(qreal dx)
{
    m_startDay -= dx * m_daysPerPixel;
}

void TimeScale::fit(QDate first, QDate last, qreal leftMargin, qreal rightMargin)
{
    if (!first.isValid() || !last.isValid())
        return;
    if (last < first)
        std::swap(first, last);
    const double firstDay = static_cast<double>(first.toJulianDay());
    const double endDay = static_cast<double>(last.toJulianDay()) + 1.0;
    if (m_width <= 0) {
        m_startDay = firstDay;
        return;
    }
    // Margins eat at most 80% of the width so a tiny widget still shows the range.
    const qreal margins = std::min(leftMargin + rightMargin, m_width * 0.8);
    const qreal scale = (leftMargin + rightMargin) > 0 ? margins / (leftMargin + rightMargin) : 0;
    const qreal left = leftMargin * scale;
    const qreal usable = m_width - margins;
    const double span = std::clamp((endDay - firstDay) * m_width / usable, minimumSpanDays, maximumSpanDays);
    m_daysPerPixel = span / m_width;
    const double rangeDays = endDay - firstDay;
    if (rangeDays / m_daysPerPixel > usable) {
        // The range is wider than the widest zoom allows: centre it.
        m_startDay = (firstDay + endDay) / 2 - span / 2;
    } else {
        // Centre the range in the usable area (it is narrower when the minimum zoom applied).
        const qreal free = usable - rangeDays / m_daysPerPixel;
        m_startDay = firstDay - (left + free / 2) * m_daysPerPixel;
    }
}

void TimeScale::clampZoom(qreal anchorX)
{
    if (!isValid())
        return;
    const double span = spanDays();
    const double clamped = std::clamp(span, minimumSpanDays, maximumSpanDays);
    if (clamped != span)
        zoom(span / clamped, anchorX);
}

QList<TimeScale::TickInterval> TimeScale::tickIntervals()
{
    return {
        {TickUnit::Day, 1},   {TickUnit::Week, 1},  {TickUnit::Month, 1},  {TickUnit::Month, 3},
        {TickUnit::Month, 6}, {TickUnit::Year, 1},  {TickUnit::Year, 2},   {TickUnit::Year, 5},
        {TickUnit::Year, 10}, {TickUnit::Year, 20}, {TickUnit::Year, 50},  {TickUnit::Year, 100},
    };
}

TimeScale::TickInterval TimeScale::tickInterval(qreal minSpacing) const
{
    const QList<TickInterval> candidates = tickIntervals();
    for (const TickInterval &candidate : candidates) {
        if (shortestDays(candidate) / m_daysPerPixel >= minSpacing)
            return candidate;
    }
    return candidates.last();
}

QList<TimeScale::Tick> TimeScale::ticks(qreal minSpacing) const
{
    return ticks(tickInterval(minSpacing));
}

QList<TimeScale::Tick> TimeScale::ticks(TickInterval interval) const
{
    QList<Tick> result;
    if (!isValid() || interval.count < 1)
        return result;
    // A safety bound against a far too fine interval: never more ticks than pixels. A tick at
    // the very right edge is left out (its label would have no room).
    const qsizetype maxTicks = static_cast<qsizetype>(m_width) + 2;
    for (QDate d = alignedOnOrAfter(startDate(), interval); d.isValid() && x(d) < m_width && result.size() < maxTicks;
         d = advance(d, interval)) {
        if (x(d) >= 0) // the start date's day may begin left of the edge
            result.append({d, x(d), tickLabel(d, interval)});
    }
    return result;
}

QString TimeScale::tickLabel(QDate date, TickInterval interval)
{
    switch (interval.unit) {
    case TickUnit::Year:
        return QString::number(date.year());
    case TickUnit::Month:
        return QLocale().toString(date, QStringLiteral("MMM yyyy"));
    case TickUnit::Day:
    case TickUnit::Week:
        break;
    }
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}
