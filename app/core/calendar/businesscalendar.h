#pragma once

#include <QDate>

namespace Kansa::BusinessCalendar {

/// A municipal office's working day: not a Saturday or Sunday, not a national holiday, and
/// not in the year-end closure 12/29–1/3 (行政機関の休日に関する法律).
bool isBusinessDay(const QDate &date);

/// The date itself when it is a business day, else the next one.
QDate onOrAfter(const QDate &date);

/// The default deadline: `days` calendar days after `from`, moved to a business day.
QDate deadline(const QDate &from, int days);

} // namespace Kansa::BusinessCalendar
