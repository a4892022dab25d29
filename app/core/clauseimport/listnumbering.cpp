#include "clauseimport/listnumbering.h"

#include "calendar/japanesenumerals.h"

#include <QHash>

namespace Kansa::ListNumbering {

namespace {

const QString kKanjiDigits = QStringLiteral("〇一二三四五六七八九");
const QString kIdeograph = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
const QString kZodiac = QStringLiteral("子丑寅卯辰巳午未申酉戌亥");
const QString kAiueo = QStringLiteral(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン");
const QString kAiueoHalf = QStringLiteral(
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ");
const QString kIroha = QStringLiteral("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス");
const QString kIrohaHalf = QStringLiteral("ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳｲﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼｴﾋﾓｾｽ");

QString nth(const QString &series, int n)
{
    return n >= 1 && n <= series.size() ? QString(series.at(n - 1)) : QString::number(n);
}

QString letters(int n, char base)
{
    QString s;
    for (; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(base + (n - 1) % 26));
    return s;
}

QString roman(int n, bool upper)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const std::pair<int, const char *> parts[] = { { 1000, "m" }, { 900, "cm" }, { 500, "d" },
        { 400, "cd" }, { 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" },
        { 5, "v" }, { 4, "iv" }, { 1, "i" } };
    QString s;
    for (const auto &[value, text] : parts)
        for (; n >= value; n -= value)
            s += QLatin1String(text);
    return upper ? s.toUpper() : s;
}

QString enclosed(int n, char16_t first, int count)
{
    return n >= 1 && n <= count ? QString(QChar(char16_t(first + n - 1))) : QString::number(n);
}

} // namespace

QString kanji(int n)
{
    if (n <= 0)
        return QString(kKanjiDigits.at(0));
    if (n >= 10000)
        return QString::number(n);
    QString s;
    static const std::pair<int, QChar> units[] = { { 1000, u'千' }, { 100, u'百' }, { 10, u'十' } };
    for (const auto &[unit, mark] : units) {
        const int d = n / unit;
        n %= unit;
        if (d == 0)
            continue;
        if (d > 1)
            s += kKanjiDigits.at(d);
        s += mark;
    }
    if (n > 0)
        s += kKanjiDigits.at(n);
    return s;
}

QString format(int n, Format f)
{
    switch (f) {
    case Format::Decimal: return QString::number(n);
    case Format::DecimalFullWidth: return JapaneseNumerals::toFullWidth(n);
    case Format::DecimalZero: return n < 10 && n >= 0 ? QStringLiteral("0%1").arg(n) : QString::number(n);
    case Format::KanjiCounting: return kanji(n);
    case Format::KanjiDigits: {
        QString s;
        for (const QChar c : QString::number(n))
            s += kKanjiDigits.at(c.digitValue());
        return s;
    }
    case Format::Ideograph: return nth(kIdeograph, n);
    case Format::Zodiac: return nth(kZodiac, n);
    case Format::Aiueo: return nth(kAiueo, n);
    case Format::AiueoHalfWidth: return nth(kAiueoHalf, n);
    case Format::Iroha: return nth(kIroha, n);
    case Format::IrohaHalfWidth: return nth(kIrohaHalf, n);
    case Format::EnclosedParen: return enclosed(n, 0x2474, 20);
    case Format::EnclosedCircle: return enclosed(n, 0x2460, 20);
    case Format::EnclosedFullStop: return enclosed(n, 0x2488, 20);
    case Format::UpperLetter: return letters(n, 'A');
    case Format::LowerLetter: return letters(n, 'a');
    case Format::UpperRoman: return roman(n, true);
    case Format::LowerRoman: return roman(n, false);
    case Format::Bullet:
    case Format::None: return {};
    }
    return QString::number(n);
}

Format fromWord(QStringView numFmt)
{
    static const QHash<QString, Format> formats {
        { QStringLiteral("decimal"), Format::Decimal },
        { QStringLiteral("decimalHalfWidth"), Format::Decimal },
        { QStringLiteral("decimalFullWidth"), Format::DecimalFullWidth },
        { QStringLiteral("decimalFullWidth2"), Format::DecimalFullWidth },
        { QStringLiteral("decimalZero"), Format::DecimalZero },
        { QStringLiteral("japaneseCounting"), Format::KanjiCounting },
        { QStringLiteral("japaneseLegal"), Format::KanjiCounting },
        { QStringLiteral("chineseCounting"), Format::KanjiCounting },
        { QStringLiteral("chineseCountingThousand"), Format::KanjiCounting },
        { QStringLiteral("ideographDigital"), Format::KanjiDigits },
        { QStringLiteral("japaneseDigitalTenThousand"), Format::KanjiDigits },
        { QStringLiteral("ideographTraditional"), Format::Ideograph },
        { QStringLiteral("ideographZodiac"), Format::Zodiac },
        { QStringLiteral("aiueo"), Format::AiueoHalfWidth },
        { QStringLiteral("aiueoFullWidth"), Format::Aiueo },
        { QStringLiteral("iroha"), Format::IrohaHalfWidth },
        { QStringLiteral("irohaFullWidth"), Format::Iroha },
        { QStringLiteral("decimalEnclosedParen"), Format::EnclosedParen },
        { QStringLiteral("decimalEnclosedCircle"), Format::EnclosedCircle },
        { QStringLiteral("decimalEnclosedCircleChinese"), Format::EnclosedCircle },
        { QStringLiteral("decimalEnclosedFullstop"), Format::EnclosedFullStop },
        { QStringLiteral("upperLetter"), Format::UpperLetter },
        { QStringLiteral("lowerLetter"), Format::LowerLetter },
        { QStringLiteral("upperRoman"), Format::UpperRoman },
        { QStringLiteral("lowerRoman"), Format::LowerRoman },
        { QStringLiteral("bullet"), Format::Bullet },
        { QStringLiteral("none"), Format::None },
    };
    return formats.value(numFmt.toString(), Format::Decimal);
}

Format fromOdf(QStringView numFormat)
{
    if (numFormat.isEmpty())
        return Format::None;
    static const QHash<QString, Format> formats {
        { QStringLiteral("1"), Format::Decimal },
        { QStringLiteral("１"), Format::DecimalFullWidth },
        { QStringLiteral("一"), Format::KanjiCounting },
        { QStringLiteral("壱"), Format::KanjiCounting },
        { QStringLiteral("甲"), Format::Ideograph },
        { QStringLiteral("子"), Format::Zodiac },
        { QStringLiteral("ア"), Format::Aiueo },
        { QStringLiteral("ｱ"), Format::AiueoHalfWidth },
        { QStringLiteral("イ"), Format::Iroha },
        { QStringLiteral("ｲ"), Format::IrohaHalfWidth },
        { QStringLiteral("①"), Format::EnclosedCircle },
        { QStringLiteral("⑴"), Format::EnclosedParen },
        { QStringLiteral("⒈"), Format::EnclosedFullStop },
        { QStringLiteral("A"), Format::UpperLetter },
        { QStringLiteral("a"), Format::LowerLetter },
        { QStringLiteral("I"), Format::UpperRoman },
        { QStringLiteral("i"), Format::LowerRoman },
    };
    return formats.value(numFormat.toString(), Format::Decimal);
}

} // namespace Kansa::ListNumbering
