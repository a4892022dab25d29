#include "calendar/businesscalendar.h"

#include "calendar/japaneseholidays.h"

namespace Kansa::BusinessCalendar {

bool isBusinessDay(const QDate &date)
{
    if (!date.isValid())
        return false;
    if (date.dayOfWeek() >= Qt::Saturday)
        return false;
    const int m = date.month(), d = date.day();
    if ((m == 12 && d >= 29) || (m == 1 && d <= 3))
        return false;
    return !JapaneseHolidays::isHoliday(date);
}

QDate onOrAfter(const QDate &date)
{
    if (!date.isValid())
        return {};
    QDate d = date;
    while (!isBusinessDay(d))
        d = d.addDays(1);
    return d;
}

QDate deadline(const QDate &from, int days)
{
    return onOrAfter(from.addDays(days));
}

} // namespace Kansa::BusinessCalendar
