#pragma once

#include <QString>

namespace Kansa::TextNormalizer {

/// Line breaks to LF, Kangxi-radical code points (U+2F00–U+2FD5, as many PDF writers emit
/// for 月, 日 …) and CJK-radical supplements to the ordinary kanji, stray BOMs and zero-width
/// characters removed. Form feeds (page breaks) are kept.
QString normalize(const QString &text);

/// The ordinary kanji for a Kangxi radical or radical-supplement code point; c otherwise.
QChar unifyRadical(QChar c);

/// Whitespace including U+3000 (ideographic space).
bool isSpace(QChar c);

/// Copy of s without leading/trailing whitespace (including U+3000).
QString trimmed(QStringView s);

} // namespace Kansa::TextNormalizer
