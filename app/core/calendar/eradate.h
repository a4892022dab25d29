#pragma once

#include <QDate>
#include <QString>

namespace Kansa::EraDate {

/// How the digits of an era date are written: 令和８年１１月２２日 or 令和8年11月22日.
enum class Digits { FullWidth, HalfWidth };

/// The era a date falls in (令和 from 2019-05-01, 平成 from 1989-01-08, 昭和 from 1926-12-25)
/// and the year within it; an empty name for dates before 昭和.
struct EraYear
{
    QString era;
    int year = 0;
};
EraYear eraYear(const QDate &date);

/// "令和８年１１月２２日"; the first year of an era is 元年 (令和元年５月１日). Dates before
/// 昭和 fall back to the Gregorian "1920年1月1日"; an invalid date gives an empty string.
QString format(const QDate &date, Digits digits = Digits::FullWidth);

/// "令和８年１１月" for a month heading.
QString formatMonth(const QDate &date, Digits digits = Digits::FullWidth);

/// A number written with the chosen digits.
QString number(int n, Digits digits);

} // namespace Kansa::EraDate
