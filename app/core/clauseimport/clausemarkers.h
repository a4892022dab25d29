#pragma once

#include <QString>

#include <optional>

namespace Kansa::ClauseMarkers {

/// An article number at the start of a line: 第１, 第10, 第1条, 第十一条, 第三条の二, or a bare
/// top-level 1 / 1.
struct ArticleMark
{
    QString number; // as written, spaces removed
    int value = 0;
    int branch = 0; // 2 for 第三条の二
    QString rest; // the rest of the line
};
std::optional<ArticleMark> daiArticle(const QString &line);
std::optional<ArticleMark> bareArticle(const QString &line);
/// Two-level numbering, 1-1 / 1－2 / 2.3: value is the first level, branch the second.
std::optional<ArticleMark> twoLevelArticle(const QString &line);

/// A paragraph number (２, 2, 2.) at the start of a line.
struct NumberMark
{
    int value = 0;
    QString rest;
};
std::optional<NumberMark> paragraphNumber(const QString &line);

/// An item label at the start of a line: (1), （１）, ⑴, ①, 一, ア, イ (いろは), (ア).
enum class ItemStyle { Paren, ParenChar, Circled, Kanji, Katakana, Iroha, ParenKatakana, DigitParen, LetterParen, Letter, Bullet, Ideograph };
struct ItemMark
{
    ItemStyle style = ItemStyle::Paren;
    int value = 0;
    QString label;
    QString rest;
};
/// All readings of the line as an item (イ is both the 2nd of アイウ and the 1st of いろは).
std::optional<ItemMark> item(const QString &line, std::optional<ItemStyle> preferred = {});

/// A heading on its own line: （基本的事項）, (総則), 【秘密の保持】. Not an item label such as (1).
std::optional<QString> headingLine(const QString &line);

/// Splits a heading written on the article line ("（目的）受託者は…", "業務の推進体制") from the
/// text that follows it. Returns the heading; rest keeps the text.
QString takeHeading(QString &rest, bool allowBareHeading);

/// 第1章 総則, 第2節 … (structure above articles, not kept).
bool isChapterLine(const QString &line);
/// 以上 / 附則: the end of the clause body.
bool isEndOfBody(const QString &line);

/// "別紙２", "【別紙４】", "別記１" before a title: returns the line without it.
QString stripTitlePrefix(const QString &line);
bool looksLikeEdition(const QString &line);
bool looksLikeIssuer(const QString &line);

/// Unit or counter after a number ("15年", "2日"): the number is not a label.
bool startsWithCounter(const QString &rest);

} // namespace Kansa::ClauseMarkers
