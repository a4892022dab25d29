#include "calendar/businesscalendar.h"

#include "calendar/japaneseholidays.h"

#include <QCoreApplication>

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

QString closedReason(const QDate &date)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Kansa::BusinessCalendar", text); };
    if (!date.isValid() || isBusinessDay(date))
        return {};
    const QString holiday = JapaneseHolidays::name(date);
    if (!holiday.isEmpty())
        return holiday;
    if (date.dayOfWeek() == Qt::Saturday)
        return tr("a Saturday");
    if (date.dayOfWeek() == Qt::Sunday)
        return tr("a Sunday");
    return tr("in the year-end closure");
}

QString explainShift(const QDate &requested, const QDate &moved)
{
    if (!requested.isValid() || !moved.isValid() || requested == moved)
        return {};
    //: How a day and month are written in explainShift (Qt date format)
    const QString dayFormat = QCoreApplication::translate("Kansa::BusinessCalendar", "MMM d");
    //: %1 the requested date, %2 why the office is closed then, %3 the business day it moved to
    return QCoreApplication::translate("Kansa::BusinessCalendar", "%1 is %2, so %3")
        .arg(requested.toString(dayFormat), closedReason(requested), moved.toString(dayFormat));
}

QDate deadline(const QDate &from, int days)
{
    return onOrAfter(from.addDays(days));
}

} // namespace Kansa::BusinessCalendar
