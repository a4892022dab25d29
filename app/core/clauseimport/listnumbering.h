#pragma once

#include <QString>
#include <QStringView>

namespace Kansa::ListNumbering {

/// How a word processor writes the n-th number of a list level: Word's numFmt and ODF's
/// style:num-format, in the styles Japanese documents use.
enum class Format {
    Decimal, // 1
    DecimalFullWidth, // １
    DecimalZero, // 01
    KanjiCounting, // 一, 十一, 二十
    KanjiDigits, // 一〇 (digit by digit)
    Ideograph, // 甲, 乙, 丙 …
    Zodiac, // 子, 丑, 寅 …
    Aiueo, // ア, イ, ウ …
    AiueoHalfWidth, // ｱ, ｲ, ｳ …
    Iroha, // イ, ロ, ハ …
    IrohaHalfWidth, // ｲ, ﾛ, ﾊ …
    EnclosedParen, // ⑴
    EnclosedCircle, // ①
    EnclosedFullStop, // ⒈
    UpperLetter,
    LowerLetter,
    UpperRoman,
    LowerRoman,
    Bullet, // a symbol, not a number: no label
    None, // no label at all
};

/// n (1-based) in the format; past the end of a finite series (⑳, ン) the decimal number.
QString format(int n, Format f);

/// Word's w:numFmt value ("decimalFullWidth", "japaneseCounting", "aiueoFullWidth" …);
/// an unknown value is Decimal.
Format fromWord(QStringView numFmt);

/// ODF's style:num-format ("1", "１", "一", "ア", "イ", "①", "a", "i" …); empty is None.
Format fromOdf(QStringView numFormat);

/// n in kanji as counted: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 百五.
QString kanji(int n);

} // namespace Kansa::ListNumbering
