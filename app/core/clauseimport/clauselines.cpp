#include "clauseimport/clauselines.h"

#include "text/textnormalizer.h"
#include "text/unicodepattern.h"

namespace Kansa {

namespace {

bool isPageNumber(const QString &line, bool atPageEdge)
{
    static const QRegularExpression always = unicodePattern(QStringLiteral(
        R"(^(?:[-－‐―–—]\s*[0-9０-９]{1,4}\s*[-－‐―–—]|[-－]?\s*[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}\s*[-－]?|(?:[Pp]age|[Pp]\.)\s*[0-9]{1,4}|[0-9０-９]{1,4}\s*ページ|[0-9０-９]{1,4}\s*頁)$)"));
    static const QRegularExpression edge
        = unicodePattern(QStringLiteral(R"(^[(（]?[0-9０-９]{1,4}[)）]?$)"));
    return always.match(line).hasMatch() || (atPageEdge && edge.match(line).hasMatch());
}

// 「（目的）」, 「【監査】」: a heading alone on its line.
bool isHeadingOnly(const QString &line)
{
    static const QRegularExpression heading
        = unicodePattern(QStringLiteral(R"(^(?:[（(][^（）()]{1,40}[）)]|【[^【】]{1,40}】)$)"));
    return heading.match(line).hasMatch();
}

QString collapseSpaces(const QString &line)
{
    static const QRegularExpression runs = unicodePattern(QStringLiteral("[ \\t]{2,}"));
    QString s = line;
    s.replace(runs, QStringLiteral(" "));
    return s;
}

// Kana, kanji and Japanese punctuation; not full-width digits, which are numbers' labels.
bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3001 && u <= 0x303F) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF)
        || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20);
}

// Where the line's label ends (「一 」「ア 」「① 」): the space after it separates, and stays.
qsizetype labelEnd(const QString &line)
{
    static const QRegularExpression label
        = unicodePattern(QStringLiteral(R"(^(?:[一二三四五六七八九十]{1,3}|[ア-ン]|[①-⑳]|[甲乙丙丁戊己庚辛壬癸]|[・•●○◆■□◇]|第\s*[0-9０-９一二三四五六七八九十百]{1,6}\s*(?:条|章|節)?(?:の[0-9０-９一二三四五六七八九十]{1,3})?)(?=\s))"));
    const auto m = label.match(line);
    return m.hasMatch() ? m.capturedEnd(0) : 0;
}

// The spaces between two Japanese characters of a line, after its label.
QList<qsizetype> insertedSpaces(const QString &line)
{
    QList<qsizetype> out;
    // A space after a closing bracket or before an opening one separates (「第３条（定義）　受託者は」,
    // 「（１）　業務の記録」): it is not inside a word (issue 26: counted as such, they made a
    // document's 「第２章　総則」 lose its space, and the chapter line became text).
    static const QString closing = QStringLiteral("）)】」』］"), opening = QStringLiteral("（(【「『［");
    for (qsizetype i = qMax<qsizetype>(1, labelEnd(line) + 1); i + 1 < line.size(); ++i)
        if (TextNormalizer::isSpace(line.at(i)) && isJapanese(line.at(i - 1)) && isJapanese(line.at(i + 1))
            && !closing.contains(line.at(i - 1)) && !opening.contains(line.at(i + 1)))
            out.append(i);
    return out;
}

// Some PDF extractions put spaces inside words (「受注 者は、こ の契約」) and turn 、。 into
// spaces. Japanese puts none between its characters: when they are common in a document
// (one per 20 Japanese characters or more), they are taken out.
void removeInsertedSpaces(QList<SourceLine> &lines)
{
    qsizetype spaces = 0, japanese = 0;
    for (const SourceLine &l : std::as_const(lines)) {
        if (l.pageNumber)
            continue;
        spaces += insertedSpaces(l.text).size();
        japanese += std::count_if(l.text.cbegin(), l.text.cend(), isJapanese);
    }
    if (spaces < 5 || spaces * 20 < japanese)
        return;
    for (SourceLine &l : lines) {
        const QList<qsizetype> at = insertedSpaces(l.text);
        for (auto it = at.crbegin(); it != at.crend(); ++it)
            l.text.remove(*it, 1);
    }
}

} // namespace

QList<SourceLine> splitClauseLines(const QString &normalizedText, bool keepPageNumbers)
{
    const bool paged = normalizedText.contains(u'\f');
    QList<SourceLine> out;
    const QStringList pages = normalizedText.split(u'\f');
    bool afterPageNumber = false;
    for (const QString &page : pages) {
        const QStringList raw = page.split(u'\n');
        int first = -1, last = -1;
        for (int i = 0; i < raw.size(); ++i) {
            if (!TextNormalizer::trimmed(raw.at(i)).isEmpty()) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        bool blank = false;
        for (int i = 0; i < raw.size(); ++i) {
            const QString text = collapseSpaces(TextNormalizer::trimmed(raw.at(i)));
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            const bool edge = paged && (i == first || i == last);
            // A number at a page's edge right under a heading line (「（目的）/２」) is the
            // article's number on its own line, not the page's.
            const bool pageNumber = isPageNumber(text, edge && (out.isEmpty() || !isHeadingOnly(out.constLast().text)));
            if (pageNumber) {
                // A page number in text copied out of a PDF is a page break: the lines next to
                // it are a page's edge (where a running header sits).
                if (!out.isEmpty() && !out.constLast().pageNumber)
                    out.last().pageEdge = true;
                afterPageNumber = true;
                if (!keepPageNumbers)
                    continue;
            }
            out.append({ text, blank && !pageNumber, edge || (afterPageNumber && !pageNumber), pageNumber });
            if (pageNumber)
                continue; // the blank before it still counts for the next line
            afterPageNumber = false;
            blank = false;
        }
    }
    removeInsertedSpaces(out);
    return out;
}

} // namespace Kansa
