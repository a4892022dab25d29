#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Kansa {

/// Japan's national holidays (国民の祝日に関する法律), derived from the law's rules rather
/// than read from a list: fixed dates, Happy Monday days, the vernal and autumnal equinoxes
/// (the astronomical approximation valid 1980–2099), substitute holidays (振替休日, the 2007
/// rule and the older Monday rule), citizens' holidays (国民の休日) between two holidays, and the
/// one-off days of 2019–2021. Exact for 1989–2099 as far as the law is known today.
namespace JapaneseHolidays {

struct Holiday
{
    QDate date;
    QString name; // 「元日」, 「休日」 for substitute and citizens' holidays
};

/// Every holiday of the year, in date order.
QList<Holiday> forYear(int year);

/// The holiday's name, or an empty string when the date is not a holiday.
QString name(const QDate &date);

bool isHoliday(const QDate &date);

/// Day of the vernal / autumnal equinox in March / September of the year.
int vernalEquinoxDay(int year);
int autumnalEquinoxDay(int year);

} // namespace JapaneseHolidays
} // namespace Kansa
