#include "calendar/japanesenumerals.h"

#include <QTest>

using namespace Kansa;

class TestJapaneseNumerals : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::newRow("half-width") << QStringLiteral("10") << 10;
        QTest::newRow("full-width") << QStringLiteral("１４") << 14;
        QTest::newRow("mixed width") << QStringLiteral("1４") << 14;
        QTest::newRow("kanji one") << QStringLiteral("一") << 1;
        QTest::newRow("kanji ten") << QStringLiteral("十") << 10;
        QTest::newRow("kanji eleven") << QStringLiteral("十一") << 11;
        QTest::newRow("kanji twenty-three") << QStringLiteral("二十三") << 23;
        QTest::newRow("kanji hundred and five") << QStringLiteral("百五") << 105;
        QTest::newRow("positional kanji") << QStringLiteral("二〇") << 20;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("letters") << QStringLiteral("abc") << -1;
        QTest::newRow("digit then letter") << QStringLiteral("1a") << -1;
        QTest::newRow("two kanji digits before ten") << QStringLiteral("二三十") << -1;
        QTest::newRow("too long") << QStringLiteral("1234567") << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(JapaneseNumerals::parse(text), value);
    }

    void toFullWidth()
    {
        QCOMPARE(JapaneseNumerals::toFullWidth(2), QStringLiteral("２"));
        QCOMPARE(JapaneseNumerals::toFullWidth(14), QStringLiteral("１４"));
        QCOMPARE(JapaneseNumerals::parse(JapaneseNumerals::toFullWidth(907)), 907);
        // In running text only ASCII digits change; letters and full-width digits stay.
        QCOMPARE(JapaneseNumerals::toFullWidthDigits(QStringLiteral("契約番号R8-0142（１件）")),
            QStringLiteral("契約番号R８-０１４２（１件）"));
        // And back: only full-width digits change.
        QCOMPARE(JapaneseNumerals::toHalfWidthDigits(QStringLiteral("小諸市情第１５号（R8）")),
            QStringLiteral("小諸市情第15号（R8）"));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseNumerals)
#include "tst_japanesenumerals.moc"
