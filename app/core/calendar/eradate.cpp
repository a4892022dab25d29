#include "calendar/eradate.h"

#include "calendar/japanesenumerals.h"

namespace Kansa::EraDate {

namespace {

struct Era
{
    QDate start;
    const char *name;
};

const Era kEras[] = {
    {QDate(2019, 5, 1), "令和"},
    {QDate(1989, 1, 8), "平成"},
    {QDate(1926, 12, 25), "昭和"},
};

QString yearText(const EraYear &e, int gregorian, Digits digits)
{
    if (e.era.isEmpty())
        return number(gregorian, digits) + QString::fromUtf8("年");
    const QString y = e.year == 1 ? QString::fromUtf8("元") : number(e.year, digits);
    return e.era + y + QString::fromUtf8("年");
}

} // namespace

EraYear eraYear(const QDate &date)
{
    for (const Era &era : kEras)
        if (date >= era.start)
            return {QString::fromUtf8(era.name), date.year() - era.start.year() + 1};
    return {};
}

QString number(int n, Digits digits)
{
    return digits == Digits::FullWidth ? JapaneseNumerals::toFullWidth(n) : QString::number(n);
}

QString format(const QDate &date, Digits digits)
{
    if (!date.isValid())
        return {};
    return yearText(eraYear(date), date.year(), digits) + number(date.month(), digits)
        + QString::fromUtf8("月") + number(date.day(), digits) + QString::fromUtf8("日");
}

QString formatMonth(const QDate &date, Digits digits)
{
    if (!date.isValid())
        return {};
    return yearText(eraYear(date), date.year(), digits) + number(date.month(), digits)
        + QString::fromUtf8("月");
}

} // namespace Kansa::EraDate
