// The deadline calculator and era dates. The Cabinet Office's holiday list for 2024–2027
// (tests/data) is used only as an oracle: the calculator derives holidays from the law.
#include "calendar/businesscalendar.h"
#include "calendar/eradate.h"
#include "calendar/japaneseholidays.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace Kansa;

namespace {

QMap<QDate, QString> officialHolidays()
{
    QMap<QDate, QString> out;
    QFile f(QStringLiteral(KANSA_TEST_DATA "/holidays-jp-2024-2027.csv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        if (cols.size() == 2)
            out.insert(QDate::fromString(cols[0], Qt::ISODate), cols[1]);
    }
    return out;
}

// The oracle's idea of a business day, from the official list alone.
bool oracleBusinessDay(const QDate &d, const QMap<QDate, QString> &holidays)
{
    if (d.dayOfWeek() >= 6 || holidays.contains(d))
        return false;
    return !((d.month() == 12 && d.day() >= 29) || (d.month() == 1 && d.day() <= 3));
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private slots:
    void officialListIsThere()
    {
        QCOMPARE(officialHolidays().size(), 75); // 2024–2027 as the Cabinet Office lists them
    }

    // Every day of 2024–2027: a holiday exactly when the official list says so, same name.
    void holidaysMatchOfficialList_data()
    {
        QTest::addColumn<int>("year");
        for (int y = 2024; y <= 2027; ++y)
            QTest::addRow("%d", y) << y;
    }
    void holidaysMatchOfficialList()
    {
        QFETCH(int, year);
        const QMap<QDate, QString> official = officialHolidays();
        QMap<QDate, QString> expected;
        for (auto it = official.cbegin(); it != official.cend(); ++it)
            if (it.key().year() == year)
                expected.insert(it.key(), it.value());
        QMap<QDate, QString> derived;
        for (const auto &h : JapaneseHolidays::forYear(year))
            derived.insert(h.date, h.name);
        QCOMPARE(derived, expected);
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            QCOMPARE(JapaneseHolidays::isHoliday(d), expected.contains(d));
    }

    // Years outside the oracle, from the law's rules and published calendars.
    void rulesOutsideTheList_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name");
        QTest::newRow("citizens' holiday 2015") << QDate(2015, 9, 22) << QStringLiteral("休日");
        QTest::newRow("citizens' holiday 2009") << QDate(2009, 9, 22) << QStringLiteral("休日");
        QTest::newRow("enthronement 2019") << QDate(2019, 5, 1) << QStringLiteral("天皇の即位の日");
        QTest::newRow("sandwiched 2019-04-30") << QDate(2019, 4, 30) << QStringLiteral("休日");
        QTest::newRow("sandwiched 2019-05-02") << QDate(2019, 5, 2) << QStringLiteral("休日");
        QTest::newRow("Olympic sports day 2021") << QDate(2021, 7, 23) << QStringLiteral("スポーツの日");
        QTest::newRow("substitute of 2021-08-08") << QDate(2021, 8, 9) << QStringLiteral("休日");
        QTest::newRow("emperor Heisei 2018") << QDate(2018, 12, 23) << QStringLiteral("天皇誕生日");
        QTest::newRow("no emperor's birthday 2019") << QDate(2019, 12, 23) << QString();
        QTest::newRow("vernal equinox 2028") << QDate(2028, 3, 20) << QStringLiteral("春分の日");
        QTest::newRow("autumnal equinox 2030") << QDate(2030, 9, 23) << QStringLiteral("秋分の日");
        QTest::newRow("citizens' holiday 2032") << QDate(2032, 9, 21) << QStringLiteral("休日");
        QTest::newRow("substitute after 5/3-5/5 2020") << QDate(2020, 5, 6) << QStringLiteral("休日");
        QTest::newRow("ordinary Tuesday") << QDate(2026, 11, 24) << QString();
    }
    void rulesOutsideTheList()
    {
        QFETCH(QDate, date);
        QFETCH(QString, name);
        QCOMPARE(JapaneseHolidays::name(date), name);
    }

    // Deadlines: hand-picked cases, each one naming why it moves.
    void deadline_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("deadline");
        QTest::newRow("weekday stays") << QDate(2026, 11, 22) << 14 << QDate(2026, 12, 7);
        QTest::newRow("Saturday to Monday") << QDate(2026, 11, 14) << 14 << QDate(2026, 11, 30);
        QTest::newRow("Sunday to Monday") << QDate(2026, 11, 1) << 14 << QDate(2026, 11, 16);
        QTest::newRow("year-end 12/29 to 1/4") << QDate(2026, 11, 29) << 30 << QDate(2027, 1, 4);
        QTest::newRow("1/3 to 1/4") << QDate(2026, 12, 4) << 30 << QDate(2027, 1, 4);
        QTest::newRow("silver week 2026") << QDate(2026, 9, 7) << 14 << QDate(2026, 9, 24);
        QTest::newRow("vernal equinox Friday") << QDate(2026, 3, 6) << 14 << QDate(2026, 3, 23);
        QTest::newRow("substitute holiday 2027-03-22") << QDate(2027, 3, 8) << 14 << QDate(2027, 3, 23);
        QTest::newRow("golden week 2026") << QDate(2026, 4, 3) << 30 << QDate(2026, 5, 7);
        QTest::newRow("coming-of-age day 2027") << QDate(2026, 12, 12) << 30 << QDate(2027, 1, 12);
        QTest::newRow("zero days on a business day") << QDate(2026, 11, 24) << 0 << QDate(2026, 11, 24);
    }
    void deadline()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, deadline);
        QCOMPARE(BusinessCalendar::deadline(from, days), deadline);
        QVERIFY(BusinessCalendar::isBusinessDay(deadline));
    }

    // Every start date of 2024–2027 and the default periods: the same day the oracle gives.
    void deadlineAgreesWithOracleEveryDay()
    {
        const QMap<QDate, QString> official = officialHolidays();
        int moved = 0;
        for (QDate d(2024, 1, 1); d <= QDate(2027, 12, 20); d = d.addDays(1)) {
            QDate expected = d;
            while (!oracleBusinessDay(expected, official))
                expected = expected.addDays(1);
            QCOMPARE(BusinessCalendar::onOrAfter(d), expected);
            moved += expected != d;
        }
        QVERIFY(moved > 400); // weekends alone are ~415 days in four years
    }

    void eraDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("fullWidth");
        QTest::addColumn<QString>("text");
        QTest::newRow("today full") << QDate(2026, 11, 22) << true << QStringLiteral("令和８年１１月２２日");
        QTest::newRow("today half") << QDate(2026, 11, 22) << false << QStringLiteral("令和8年11月22日");
        QTest::newRow("Reiwa first day") << QDate(2019, 5, 1) << true << QStringLiteral("令和元年５月１日");
        QTest::newRow("last Heisei day") << QDate(2019, 4, 30) << true << QStringLiteral("平成３１年４月３０日");
        QTest::newRow("Heisei first day") << QDate(1989, 1, 8) << false << QStringLiteral("平成元年1月8日");
        QTest::newRow("last Showa day") << QDate(1989, 1, 7) << false << QStringLiteral("昭和64年1月7日");
        QTest::newRow("Heisei 30") << QDate(2018, 12, 7) << true << QStringLiteral("平成３０年１２月７日");
        QTest::newRow("Reiwa 2 new year") << QDate(2020, 1, 1) << false << QStringLiteral("令和2年1月1日");
        QTest::newRow("invalid") << QDate() << true << QString();
    }
    void eraDate()
    {
        QFETCH(QDate, date);
        QFETCH(bool, fullWidth);
        QFETCH(QString, text);
        QCOMPARE(EraDate::format(date, fullWidth ? EraDate::Digits::FullWidth : EraDate::Digits::HalfWidth),
            text);
    }
};

QTEST_APPLESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
