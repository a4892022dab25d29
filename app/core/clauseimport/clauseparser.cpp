#include "clauseimport/clauseparser.h"

#include "clauseimport/clauselines.h"
#include "clauseimport/clausemarkers.h"
#include "clauseimport/obligationclassifier.h"
#include "calendar/japanesenumerals.h"
#include "text/textnormalizer.h"
#include "text/unicodepattern.h"

namespace Kansa {

namespace {

using namespace ClauseMarkers;

enum class ArticleStyle { Dai, TwoLevel, Bare };

bool endsSentence(const QString &s)
{
    return !s.isEmpty() && QStringLiteral("。．.").contains(s.back());
}

/// A line after which the sentence goes on: it ends with 、 or a particle, or it is a long line
/// without a sentence end (wrapped). A short line without one (a heading, an item such as
/// 「イ 業務の進捗状況」) closes what it says.
bool leavesSentenceOpen(const QString &s)
{
    if (s.isEmpty() || endsSentence(s))
        return false;
    static const QString open = QStringLiteral("、，,はがをにのてでともへやか");
    return open.contains(s.back()) || s.size() >= 30;
}

/// The rest of a number line is a heading alone (or nothing): 「1 業務の推進体制」.
bool headingOnly(const QString &rest)
{
    if (rest.isEmpty())
        return true;
    QString copy = rest;
    return !takeHeading(copy, true).isEmpty() && copy.isEmpty();
}

/// One pass over the lines with one article-number style: reads each line. It keeps of the
/// document only what its decisions need (how many articles, paragraphs, items); the document
/// itself is assembled from the readings (assembleClauses).
class StructureReader
{
public:
    StructureReader(const QList<SourceLine> &lines, ArticleStyle style)
        : m_lines(lines)
        , m_style(style)
    {
        // Text whose 。 were lost (some PDF extractions) gives no sentence ends to go by.
        int longLines = 0, ended = 0;
        for (const SourceLine &l : lines)
            if (l.text.size() >= 12) {
                ++longLines;
                ended += endsSentence(l.text) ? 1 : 0;
            }
        m_sentencesMarked = longLines == 0 || ended * 4 >= longLines;
        m_readings.resize(lines.size());
    }

    int articles() const { return m_articles; }

    QList<LineReading> read()
    {
        QList<qsizetype> header;
        qsizetype i = 0;
        for (; i < m_lines.size(); ++i) {
            const SourceLine &line = m_lines.at(i);
            if (isEndOfBody(line.text))
                break;
            if (isChapterLine(line.text) || twoLevelChapter(i)) {
                omit(i, LineReading::Chapter);
                continue;
            }
            // The title again among the articles is a running header (repeated on every page of
            // text copied out of a PDF), and a lone number just before it is the page's number.
            if ((line.pageEdge || m_articles > 0) && !m_title.isEmpty() && line.text == m_title) {
                omit(i, LineReading::RunningHeader);
                continue;
            }
            if (m_articles > 0 && !m_title.isEmpty() && i + 1 < m_lines.size() && m_lines.at(i + 1).text == m_title
                && isLoneNumber(line.text)) {
                omit(i, LineReading::PageNumber);
                continue;
            }
            if (const auto heading = headingLine(line.text); heading && !(m_articles == 0 && isDated(*heading))) {
                if (i + 1 < m_lines.size() && acceptedArticle(m_lines.at(i + 1).text, true)) {
                    m_readings[i].kind = LineReading::Heading;
                    m_readings[i].text = *heading;
                    m_pendingHeading = true;
                    m_lastOpen = false;
                    continue;
                }
            }
            if (const int last = deletedRange(line.text); m_articles > 0 && last > m_lastValue) {
                // 「第２条から第４条まで　削除」: those numbers are taken, nothing to check.
                omit(i, LineReading::Deleted);
                m_lastValue = last;
                m_lastBranch = 0;
                m_pendingHeading = false;
                m_lastOpen = false;
                continue;
            }
            if (const auto mark = acceptedArticle(line.text, m_pendingHeading)) {
                if (isStrayNumber(*mark, i)) {
                    omit(i, LineReading::PageNumber); // the sentence goes on after it
                    continue;
                }
                if (m_articles == 0)
                    readHeader(header);
                if (isDeletedArticle(mark->rest)) {
                    // 「第２条　削除」: the number is taken, there is nothing to check.
                    omit(i, LineReading::Deleted);
                    m_lastValue = mark->value;
                    m_lastBranch = mark->branch;
                    m_pendingHeading = false;
                    continue;
                }
                m_readings[i] = startArticle(*mark);
                m_lastOpen = leavesSentenceOpen(mark->rest);
                continue;
            } else if (m_articles > 0 && isPageNumberInText(line.text)) {
                omit(i, LineReading::PageNumber);
                continue;
            }
            m_pendingHeading = false;
            if (m_articles == 0)
                header.append(i);
            else
                m_readings[i] = bodyLine(line.text);
            m_lastOpen = leavesSentenceOpen(line.text);
        }
        for (; i < m_lines.size(); ++i)
            omit(i, LineReading::AfterBody);
        if (m_articles == 0)
            readHeader(header);
        return m_readings;
    }

private:
    void omit(qsizetype i, LineReading::Omission why)
    {
        m_readings[i].kind = LineReading::Omitted;
        m_readings[i].omission = why;
    }

    std::optional<ArticleMark> markOf(const QString &text) const
    {
        switch (m_style) {
        case ArticleStyle::Dai: return daiArticle(text);
        case ArticleStyle::TwoLevel: return twoLevelArticle(text);
        case ArticleStyle::Bare: return bareArticle(text);
        }
        return std::nullopt;
    }

    std::optional<ArticleMark> acceptedArticle(const QString &text, bool hasHeading) const
    {
        const auto mark = markOf(text);
        if (!mark)
            return std::nullopt;
        // A number that begins the continuation of a sentence (「…変更があったときは、/2 週間
        // 以内に」) is not a section, unless what follows it is a heading.
        if (m_style == ArticleStyle::Bare && m_articles > 0 && m_sentencesMarked && m_lastOpen
            && !headingOnly(mark->rest))
            return std::nullopt;
        if (m_style == ArticleStyle::TwoLevel) {
            if (m_articles == 0)
                return (mark->value == 1 && mark->branch == 1) || hasHeading ? mark : std::nullopt;
            const bool sameLevel = mark->value == m_lastValue && mark->branch == m_lastBranch + 1;
            const bool nextLevel = mark->value == m_lastValue + 1 && mark->branch == 1;
            return sameLevel || nextLevel ? mark : std::nullopt;
        }
        if (m_articles == 0)
            return (mark->value == 1 || hasHeading) && mark->branch == 0 ? mark : std::nullopt;
        const bool next = mark->branch == 0 && mark->value == m_lastValue + 1;
        const bool branch
            = mark->value == m_lastValue && mark->branch == std::max(2, m_lastBranch + 1);
        const bool jump = hasHeading && mark->value > m_lastValue;
        // Resynchronising after a miss: 「4 複写」 (a number and a heading alone, after a closed
        // sentence) where 2 was the last number taken starts the next article, so one line
        // misread never swallows every section after it.
        const bool resync = m_style == ArticleStyle::Bare && mark->branch == 0
            && mark->value == m_lastValue + 2 && !mark->rest.isEmpty() && headingOnly(mark->rest) && !m_lastOpen;
        // 「第３条」 after 「第１条」 (numbers skipped: articles deleted, or a document cut) where
        // the sentence before is closed: 第N条 at a line's start is an article, not a citation.
        const bool gap = m_style == ArticleStyle::Dai && mark->branch == 0 && mark->value > m_lastValue
            && mark->value <= m_lastValue + 20 && !m_lastOpen;
        return next || branch || jump || resync || gap ? mark : std::nullopt;
    }

    /// A number alone on a line is a page number of text copied out of a PDF when the line
    /// before leaves a sentence open, or when the next line starts the same number again
    /// (「6」 then 「6 事故等の報告」).
    bool isStrayNumber(const ArticleMark &mark, qsizetype i) const
    {
        if (m_style != ArticleStyle::Bare || !mark.rest.isEmpty() || m_articles == 0)
            return false;
        if (m_lastOpen)
            return true;
        for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
            const auto again = bareArticle(m_lines.at(j).text);
            if (again && again->value == mark.value)
                return true;
            if (again || !headingLine(m_lines.at(j).text))
                break;
        }
        return false;
    }

    /// 「（令和6年4月1日改正）」 above the first article is the edition, not its heading.
    static bool isDated(const QString &text)
    {
        static const QRegularExpression dated = unicodePattern(QStringLiteral(
            R"((令和|平成|昭和)\s*[0-9０-９元一二三四五六七八九十]+\s*年|[0-9０-９]{4}\s*年)"));
        return dated.match(text).hasMatch();
    }

    /// The last number of 「第２条から第４条まで　削除」 or 「第６条及び第７条　削除」; 0 otherwise.
    static int deletedRange(const QString &text)
    {
        static const QRegularExpression range = unicodePattern(QStringLiteral(
            R"(^第\s*([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,5})\s*条\s*(?:から|及び|乃至|ないし|～|〜|－|-)\s*第\s*([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,5})\s*条\s*(?:まで)?\s*[(（]?\s*削\s*除\s*[)）]?[。]?$)"));
        const auto m = range.match(text);
        if (!m.hasMatch())
            return 0;
        const QString last = m.captured(2);
        return JapaneseNumerals::isDigit(last.at(0)) ? JapaneseNumerals::parseDigits(last) : JapaneseNumerals::parseKanji(last);
    }

    static bool isDeletedArticle(const QString &rest)
    {
        static const QRegularExpression deleted = unicodePattern(QStringLiteral(R"(^[(（【]?\s*削\s*除\s*[)）】]?[。．.]?$)"));
        return deleted.match(rest).hasMatch();
    }

    static bool isLoneNumber(const QString &text)
    {
        static const QRegularExpression number = unicodePattern(QStringLiteral(R"(^[(（]?[0-9０-９]{1,4}[)）]?$)"));
        return number.match(text).hasMatch();
    }

    /// In a body of articles, a lone number that is not the next article (「6」 where 5 is
    /// open and 6 comes later) is a page number left by copying text out of a PDF.
    bool isPageNumberInText(const QString &text) const
    {
        if (m_style != ArticleStyle::Bare)
            return false;
        const auto mark = bareArticle(text);
        return mark && mark->rest.isEmpty() && mark->value > m_lastValue + 1;
    }

    /// Two-level numbering (1-1, 1-2, 2-1) sits under top-level headings 「1 総則」: those are
    /// chapters, not articles.
    bool twoLevelChapter(qsizetype i) const
    {
        if (m_style != ArticleStyle::TwoLevel)
            return false;
        const auto top = bareArticle(m_lines.at(i).text);
        if (!top || !headingOnly(top->rest) || i + 1 >= m_lines.size())
            return false;
        const auto first = twoLevelArticle(m_lines.at(i + 1).text);
        return first && first->value == top->value && first->branch == 1;
    }

    void readHeader(const QList<qsizetype> &lines)
    {
        qsizetype i = 0;
        auto text = [&](qsizetype k) -> const QString & { return m_lines.at(lines.at(k)).text; };
        auto set = [&](qsizetype k, LineReading::Kind kind, const QString &t) {
            m_readings[lines.at(k)].kind = kind;
            m_readings[lines.at(k)].text = t;
        };
        for (; i < lines.size() && stripTitlePrefix(text(i)).isEmpty(); ++i)
            omit(lines.at(i), LineReading::Label);
        // The title is the first of the opening lines that is neither an edition (令和6年度版)
        // nor an issuer (○○県総務部): those may stand above it as well as below.
        const auto headerLine = [&](qsizetype k) { return !text(k).contains(u'。') && text(k).size() <= 80; };
        qsizetype titleAt = -1;
        for (qsizetype k = i; k < std::min(i + 3, lines.size()) && headerLine(k) && titleAt < 0; ++k)
            if (!looksLikeEdition(text(k)) && !looksLikeIssuer(text(k)))
                titleAt = k;
        if (titleAt < 0 && i < lines.size() && headerLine(i))
            titleAt = i;
        bool issuer = false;
        const auto editionOrIssuer = [&](qsizetype k) {
            if (looksLikeEdition(text(k)))
                set(k, LineReading::Edition, text(k));
            else if (!issuer && looksLikeIssuer(text(k)))
                issuer = true, set(k, LineReading::Issuer, text(k));
            else
                return false;
            return true;
        };
        for (; titleAt >= 0 && i < titleAt; ++i)
            editionOrIssuer(i);
        if (titleAt >= 0) {
            m_title = stripTitlePrefix(text(i));
            set(i++, LineReading::Title, m_title);
        }
        for (; i < lines.size() && editionOrIssuer(i); ++i) {
        }
        bool previousEnded = true;
        for (; i < lines.size(); ++i) {
            const SourceLine &line = m_lines.at(lines.at(i));
            set(i, previousEnded || line.blankBefore ? LineReading::Preamble : LineReading::Continued,
                line.text);
            previousEnded = endsSentence(line.text);
        }
    }

    LineReading startArticle(ArticleMark mark)
    {
        LineReading r;
        r.kind = LineReading::Article;
        r.number = mark.number;
        QString rest = mark.rest;
        if (!m_pendingHeading)
            r.heading = takeHeading(rest, true);
        m_pendingHeading = false;
        ++m_articles;
        m_paragraphs = 1;
        m_paragraphEmpty = true;
        m_lastValue = mark.value;
        m_lastBranch = mark.branch;
        resetItems();
        if (!rest.isEmpty()) {
            const LineReading body = bodyLine(rest);
            // 「第１条 １ 受託者は」: the article's first paragraph; anything else stays as written.
            r.text = body.kind == LineReading::Continued || body.kind == LineReading::Paragraph
                ? body.text
                : rest;
            m_paragraphs = 1;
            m_items = 0;
            m_paragraphEmpty = r.text.isEmpty();
        }
        return r;
    }

    void resetItems()
    {
        m_itemStyle.reset();
        m_subStyle.reset();
        m_items = 0;
        m_lastItem = 0;
        m_lastSub = 0;
    }

    LineReading bodyLine(const QString &text)
    {
        LineReading r;
        r.text = text;
        if (m_style == ArticleStyle::Dai) {
            const auto number = paragraphNumber(text);
            // As for sections: a number continuing an open sentence is text.
            if (number && !(m_sentencesMarked && m_lastOpen)) {
                const int expected = m_paragraphs + 1;
                if (number->value == expected && isDeletedArticle(number->rest)) {
                    // 「２　削除」: a paragraph an amendment deleted; the next is still ３.
                    ++m_paragraphs;
                    resetItems();
                    r.kind = LineReading::Omitted;
                    r.omission = LineReading::Deleted;
                    r.text.clear();
                    return r;
                }
                if (number->value == expected || (number->value == 1 && expected == 2 && m_paragraphEmpty)) {
                    if (number->value == expected) {
                        ++m_paragraphs;
                        resetItems();
                    }
                    m_paragraphEmpty = number->rest.isEmpty();
                    r.kind = LineReading::Paragraph;
                    r.number = QString::number(number->value);
                    r.text = number->rest;
                    return r;
                }
            }
        }
        if (const auto mark = item(text, m_itemStyle)) {
            if (auto itemReading = itemLine(*mark)) {
                m_paragraphEmpty = false;
                return *itemReading;
            }
        }
        m_paragraphEmpty = m_paragraphEmpty && text.isEmpty();
        return r;
    }

    std::optional<LineReading> itemLine(ItemMark mark)
    {
        if (mark.style == ItemStyle::Bullet && m_items > 0 && m_itemStyle == ItemStyle::Bullet)
            mark.value = m_lastItem + 1; // bullets are counted, not numbered
        LineReading r;
        if (m_items == 0 || (mark.style == *m_itemStyle && mark.value == m_lastItem + 1)) {
            if (m_items == 0 && mark.value != 1)
                return std::nullopt;
            ++m_items;
            m_itemStyle = mark.style;
            m_lastItem = mark.value;
            m_subStyle.reset();
            m_lastSub = 0;
            r.kind = LineReading::Item;
            r.number = mark.label;
            r.text = mark.rest;
            return r;
        }
        // A label of another style inside an item is a sub-item: kept in the item's text.
        const auto sub = item(mark.label + u' ' + mark.rest, m_subStyle);
        if (mark.style == *m_itemStyle || !sub)
            return std::nullopt;
        const bool first = !m_subStyle && sub->value == 1;
        const bool next = m_subStyle && sub->style == *m_subStyle && sub->value == m_lastSub + 1;
        if (!first && !next)
            return std::nullopt;
        m_subStyle = sub->style;
        m_lastSub = sub->value;
        r.kind = LineReading::SubItem;
        r.number = sub->label;
        r.text = sub->rest;
        return r;
    }

    const QList<SourceLine> &m_lines;
    ArticleStyle m_style;
    QList<LineReading> m_readings;
    bool m_sentencesMarked = true; // most long lines end with 。
    bool m_lastOpen = false; // the previous line leaves a sentence open
    bool m_pendingHeading = false;
    QString m_title;
    int m_articles = 0;
    int m_paragraphs = 0; // in the current article
    bool m_paragraphEmpty = true; // the current paragraph has no text and no items yet
    int m_items = 0; // in the current paragraph
    int m_lastValue = 0;
    int m_lastBranch = 0;
    std::optional<ItemStyle> m_itemStyle;
    std::optional<ItemStyle> m_subStyle;
    int m_lastItem = 0;
    int m_lastSub = 0;
};

} // namespace

QList<ReadLine> ClauseParser::read(const QString &text)
{
    const QList<SourceLine> all = splitClauseLines(TextNormalizer::normalize(text), true);
    QList<SourceLine> lines;
    for (const SourceLine &l : all)
        if (!l.pageNumber)
            lines.append(l);
    // The first style that finds articles; where none does, the lines as the header.
    QList<LineReading> readings;
    for (const ArticleStyle style : { ArticleStyle::Dai, ArticleStyle::TwoLevel, ArticleStyle::Bare }) {
        StructureReader reader(lines, style);
        QList<LineReading> r = reader.read();
        if (readings.isEmpty() || reader.articles() > 0)
            readings = std::move(r);
        if (reader.articles() > 0)
            break;
    }
    QList<ReadLine> out;
    out.reserve(all.size());
    qsizetype k = 0;
    for (const SourceLine &l : all) {
        LineReading r;
        if (l.pageNumber) {
            r.kind = LineReading::Omitted;
            r.omission = LineReading::PageNumber;
        } else {
            r = readings.at(k++);
        }
        out.append(ReadLine { l, std::move(r) });
    }
    return out;
}

ClauseDocument ClauseParser::parse(const QString &text)
{
    return assembleClauses(read(text)).document;
}

} // namespace Kansa
