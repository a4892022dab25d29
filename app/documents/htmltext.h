#pragma once

#include <QString>

namespace Kansa::HtmlText {

/// Text as HTML: escaped, with line breaks kept and words kept whole (keepWordsWhole).
QString para(const QString &text);

/// The text with a word joiner (U+2060, not printed) wherever a line must not break inside a
/// word: within katakana words and their Latin part (USBメモリ), and within kanji compounds of
/// up to four (有効期限). Japanese otherwise breaks between any two characters.
QString keepWordsWhole(const QString &text);

/// Text as HTML that never breaks across lines (a date with its label, a document number):
/// white-space:nowrap is not honoured on a span by Qt's rich text.
QString unbreakable(const QString &text);

} // namespace Kansa::HtmlText
