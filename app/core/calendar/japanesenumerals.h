#pragma once

#include <QString>
#include <QStringView>

namespace Kansa::JapaneseNumerals {

/// Value of a run of digits, full-width or half-width ("１０", "10"); -1 if not digits.
int parseDigits(QStringView s);

/// Value of a kanji numeral ("十一", "二十三", "百"); -1 if not one.
int parseKanji(QStringView s);

/// Either of the above.
int parse(QStringView s);

/// n in full-width digits, as Japanese documents write numbers: 12 → "１２".
QString toFullWidth(int n);

/// Every half-width ASCII digit of text made full-width; everything else stays.
QString toFullWidthDigits(QString text);

/// n in the digits another number is written in: full-width when it has a full-width digit
/// (第２条 → ２), else ASCII (第10条 → 2). A paragraph's number beside its article's.
QString inDigitsOf(int n, const QString &reference);

/// Every full-width digit of text made ASCII; everything else stays.
QString toHalfWidthDigits(QString text);
/// A number as numbers are compared: digits as ASCII, spaces removed (第 ３ 条 = 第3条,
/// 第１５号 = 第15号), a full-width period as a period (１． = 1.).
QString foldedForComparison(const QString &number);

bool isDigit(QChar c);
bool isKanjiDigit(QChar c);

} // namespace Kansa::JapaneseNumerals
