#include "calendar/japaneseholidays.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

namespace Kansa::JapaneseHolidays {

namespace {

// The n-th given weekday (1 = Monday) of a month.
QDate nthWeekday(int year, int month, int n, int weekday)
{
    QDate d(year, month, 1);
    const int offset = (weekday - d.dayOfWeek() + 7) % 7;
    return d.addDays(offset + 7 * (n - 1));
}

// The holidays the law names (国民の祝日), before substitute and citizens' holidays.
QMap<QDate, QString> namedHolidays(int y)
{
    QMap<QDate, QString> h;
    auto add = [&h](const QDate &d, const char *name) { h.insert(d, QString::fromUtf8(name)); };

    add(QDate(y, 1, 1), "元日");
    add(y >= 2000 ? nthWeekday(y, 1, 2, 1) : QDate(y, 1, 15), "成人の日");
    if (y >= 1967)
        add(QDate(y, 2, 11), "建国記念の日");
    if (y >= 2020)
        add(QDate(y, 2, 23), "天皇誕生日");
    add(QDate(y, 3, vernalEquinoxDay(y)), "春分の日");
    add(QDate(y, 4, 29), y >= 2007 ? "昭和の日" : (y >= 1989 ? "みどりの日" : "天皇誕生日"));
    add(QDate(y, 5, 3), "憲法記念日");
    if (y >= 2007)
        add(QDate(y, 5, 4), "みどりの日");
    add(QDate(y, 5, 5), "こどもの日");
    if (y == 2020)
        add(QDate(y, 7, 23), "海の日");
    else if (y == 2021)
        add(QDate(y, 7, 22), "海の日");
    else if (y >= 2003)
        add(nthWeekday(y, 7, 3, 1), "海の日");
    else if (y >= 1996)
        add(QDate(y, 7, 20), "海の日");
    if (y == 2020)
        add(QDate(y, 8, 10), "山の日");
    else if (y == 2021)
        add(QDate(y, 8, 8), "山の日");
    else if (y >= 2016)
        add(QDate(y, 8, 11), "山の日");
    if (y >= 2003)
        add(nthWeekday(y, 9, 3, 1), "敬老の日");
    else if (y >= 1966)
        add(QDate(y, 9, 15), "敬老の日");
    add(QDate(y, 9, autumnalEquinoxDay(y)), "秋分の日");
    if (y == 2020)
        add(QDate(y, 7, 24), "スポーツの日");
    else if (y == 2021)
        add(QDate(y, 7, 23), "スポーツの日");
    else if (y >= 2020)
        add(nthWeekday(y, 10, 2, 1), "スポーツの日");
    else if (y >= 2000)
        add(nthWeekday(y, 10, 2, 1), "体育の日");
    else if (y >= 1966)
        add(QDate(y, 10, 10), "体育の日");
    add(QDate(y, 11, 3), "文化の日");
    add(QDate(y, 11, 23), "勤労感謝の日");
    if (y >= 1989 && y <= 2018)
        add(QDate(y, 12, 23), "天皇誕生日");
    // One-off days set by their own laws.
    if (y == 1989)
        add(QDate(y, 2, 24), "昭和天皇の大喪の礼");
    if (y == 1990)
        add(QDate(y, 11, 12), "即位礼正殿の儀");
    if (y == 1993)
        add(QDate(y, 6, 9), "皇太子徳仁親王の結婚の儀");
    if (y == 2019) {
        add(QDate(y, 5, 1), "天皇の即位の日");
        add(QDate(y, 10, 22), "即位礼正殿の儀");
    }
    return h;
}

QList<Holiday> compute(int y)
{
    QMap<QDate, QString> named = namedHolidays(y);
    // Citizens' holidays may depend on the neighbouring year only at its edges, where the
    // law's days never sandwich one; substitute holidays may spill into 1/2 at most, which
    // is a holiday-free day only in theory (1/1 is always one), so one year suffices.
    QMap<QDate, QString> all = named;
    const QString kyujitsu = QString::fromUtf8("休日");

    // 振替休日: from 1973; since 2007 the next day that is not a holiday, before only Monday.
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it.key().dayOfWeek() != Qt::Sunday || y < 1973)
            continue;
        QDate d = it.key().addDays(1);
        if (y >= 2007) {
            while (all.contains(d))
                d = d.addDays(1);
            all.insert(d, kyujitsu);
        } else if (!all.contains(d)) {
            all.insert(d, kyujitsu);
        }
    }
    // 国民の休日: a day that is not itself a holiday between two named holidays (from 1986;
    // until 2006 not on a Sunday).
    if (y >= 1986) {
        for (auto it = named.cbegin(); it != named.cend(); ++it) {
            const QDate between = it.key().addDays(1);
            if (named.contains(between.addDays(1)) && !all.contains(between)
                && (y >= 2007 || between.dayOfWeek() != Qt::Sunday))
                all.insert(between, kyujitsu);
        }
    }
    QList<Holiday> out;
    out.reserve(all.size());
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.key().year() == y)
            out.append({it.key(), it.value()});
    return out;
}

const QHash<QDate, QString> &yearTable(int year)
{
    static QMutex mutex;
    static QHash<int, QHash<QDate, QString>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(year);
    if (it == cache.end()) {
        QHash<QDate, QString> table;
        for (const Holiday &h : compute(year))
            table.insert(h.date, h.name);
        it = cache.insert(year, table);
    }
    return it.value();
}

int equinox(int year, double base)
{
    // 海上保安庁 / 国立天文台 approximation, 1980–2099.
    const int n = year - 1980;
    return int(base + 0.242194 * n) - n / 4;
}

} // namespace

int vernalEquinoxDay(int year) { return equinox(year, 20.8431); }
int autumnalEquinoxDay(int year) { return equinox(year, 23.2488); }

QList<Holiday> forYear(int year) { return compute(year); }

QString name(const QDate &date)
{
    if (!date.isValid())
        return {};
    return yearTable(date.year()).value(date);
}

bool isHoliday(const QDate &date) { return !name(date).isEmpty(); }

} // namespace Kansa::JapaneseHolidays
