#include "htmltext.h"

namespace Kansa::HtmlText {

namespace {

bool isKatakana(QChar c)
{
    return (c.unicode() >= 0x30A1 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC; // ア…ヺ, ー
}

bool isKanji(QChar c)
{
    return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || c.unicode() == 0x3005; // 々
}

bool isLatin(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
        || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

// The longest run of kanji kept on one line: compounds of two to four (有効期限, 情報資産) are one
// word; a longer run (情報資産管理責任者) may break, or a narrow column could not hold it.
constexpr int kKanjiWord = 4;

} // namespace

QString keepWordsWhole(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype runStart = 0; // of the kanji run the current character is in
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0) {
            const QChar p = text.at(i - 1);
            if (!isKanji(p))
                runStart = i;
            qsizetype runEnd = i;
            while (runEnd < text.size() && isKanji(text.at(runEnd)))
                ++runEnd;
            const bool katakana = isKatakana(c) && (isKatakana(p) || isLatin(p));
            const bool latin = isLatin(c) && isKatakana(p);
            const bool kanji = isKanji(c) && isKanji(p) && runEnd - runStart <= kKanjiWord;
            if (katakana || latin || kanji)
                out += QChar(0x2060); // WORD JOINER: no line break here
        } else {
            runStart = 0;
        }
        out += c;
    }
    return out;
}

QString unbreakable(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i) == u' ' ? QChar(0x00A0) : text.at(i);
        if (i > 0)
            out += QChar(0x2060);
        out += c;
    }
    return out.toHtmlEscaped();
}

QString para(const QString &text)
{
    return keepWordsWhole(text.toHtmlEscaped()).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace Kansa::HtmlText
