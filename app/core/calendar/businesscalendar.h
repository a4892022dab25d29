#pragma once

#include <QDate>

namespace Kansa::BusinessCalendar {

/// A municipal office's working day: not a Saturday or Sunday, not a national holiday, and
/// not in the year-end closure 12/29–1/3 (行政機関の休日に関する法律).
bool isBusinessDay(const QDate &date);

/// The date itself when it is a business day, else the next one.
QDate onOrAfter(const QDate &date);

/// Why the office is closed on the date, in the UI language (a holiday by its own name:
/// 文化の日); empty on a business day.
QString closedReason(const QDate &date);

/// How a requested date moved to a business day: 「11月3日は文化の日のため11月4日」; empty
/// when it did not move.
QString explainShift(const QDate &requested, const QDate &moved);

/// The default deadline: `days` calendar days after `from`, moved to a business day.
QDate deadline(const QDate &from, int days);

} // namespace Kansa::BusinessCalendar
