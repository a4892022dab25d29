#include "import/clauseparser.h"

#include "import/clauselines.h"
#include "import/clausemarkers.h"
#include "import/obligationclassifier.h"
#include "text/textnormalizer.h"

namespace Kansa {

namespace {

using namespace ClauseMarkers;

enum class ArticleStyle { Dai, TwoLevel, Bare };

void appendText(QString &target, const QString &line)
{
    if (line.isEmpty())
        return;
    if (!target.isEmpty()) {
        const QChar a = target.back(), b = line.front();
        // Only Latin words need a space when a wrapped line is joined; Japanese needs none.
        if (a.unicode() < 0x80 && b.unicode() < 0x80 && a.isLetterOrNumber()
            && b.isLetterOrNumber())
            target += u' ';
    }
    target += line;
}

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

/// One pass over the lines with one article-number style.
class StructureBuilder
{
public:
    StructureBuilder(const QList<SourceLine> &lines, ArticleStyle style)
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
    }

    ClauseDocument build()
    {
        QList<SourceLine> header;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const SourceLine &line = m_lines.at(i);
            if (isEndOfBody(line.text))
                break;
            if (isChapterLine(line.text) || twoLevelChapter(i))
                continue;
            if (line.pageEdge && !m_doc.title.isEmpty() && line.text == m_doc.title)
                continue; // running header repeated on every page
            if (const auto heading = headingLine(line.text)) {
                if (i + 1 < m_lines.size() && acceptedArticle(m_lines.at(i + 1).text, true)) {
                    m_pendingHeading = *heading;
                    m_lastOpen = false;
                    continue;
                }
            }
            if (const auto mark = acceptedArticle(line.text, !m_pendingHeading.isEmpty())) {
                if (isStrayNumber(*mark, i))
                    continue; // a page number: the sentence goes on after it
                if (m_doc.articles.isEmpty())
                    readHeader(header);
                startArticle(*mark);
                m_lastOpen = leavesSentenceOpen(mark->rest);
                continue;
            } else if (!m_doc.articles.isEmpty() && isPageNumberInText(line.text)) {
                continue;
            }
            m_pendingHeading.clear();
            if (m_doc.articles.isEmpty())
                header.append(line);
            else
                bodyLine(line.text);
            m_lastOpen = leavesSentenceOpen(line.text);
        }
        if (m_doc.articles.isEmpty())
            readHeader(header);
        return m_doc;
    }

private:
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
        if (m_style == ArticleStyle::Bare && !m_doc.articles.isEmpty() && m_sentencesMarked
            && m_lastOpen && !headingOnly(mark->rest))
            return std::nullopt;
        if (m_style == ArticleStyle::TwoLevel) {
            if (m_doc.articles.isEmpty())
                return (mark->value == 1 && mark->branch == 1) || hasHeading ? mark : std::nullopt;
            const bool sameLevel = mark->value == m_lastValue && mark->branch == m_lastBranch + 1;
            const bool nextLevel = mark->value == m_lastValue + 1 && mark->branch == 1;
            return sameLevel || nextLevel ? mark : std::nullopt;
        }
        if (m_doc.articles.isEmpty())
            return (mark->value == 1 || hasHeading) && mark->branch == 0 ? mark : std::nullopt;
        const bool next = mark->branch == 0 && mark->value == m_lastValue + 1;
        const bool branch
            = mark->value == m_lastValue && mark->branch == std::max(2, m_lastBranch + 1);
        const bool jump = hasHeading && mark->value > m_lastValue;
        return next || branch || jump ? mark : std::nullopt;
    }

    /// A number alone on a line is a page number of text copied out of a PDF when the line
    /// before leaves a sentence open, or when the next line starts the same number again
    /// (「6」 then 「6 事故等の報告」).
    bool isStrayNumber(const ArticleMark &mark, qsizetype i) const
    {
        if (m_style != ArticleStyle::Bare || !mark.rest.isEmpty() || m_doc.articles.isEmpty())
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

    void readHeader(const QList<SourceLine> &lines)
    {
        qsizetype i = 0;
        while (i < lines.size() && stripTitlePrefix(lines.at(i).text).isEmpty())
            ++i;
        if (i < lines.size() && !lines.at(i).text.contains(u'。') && lines.at(i).text.size() <= 80)
            m_doc.title = stripTitlePrefix(lines.at(i++).text);
        for (; i < lines.size(); ++i) {
            const QString &t = lines.at(i).text;
            if (m_doc.edition.isEmpty() && looksLikeEdition(t))
                m_doc.edition = t;
            else if (m_doc.issuer.isEmpty() && looksLikeIssuer(t))
                m_doc.issuer = t;
            else
                break;
        }
        QString paragraph;
        bool previousEnded = true;
        for (; i < lines.size(); ++i) {
            const SourceLine &line = lines.at(i);
            if (!paragraph.isEmpty() && (previousEnded || line.blankBefore)) {
                m_doc.preamble.append(paragraph);
                paragraph.clear();
            }
            appendText(paragraph, line.text);
            previousEnded = endsSentence(line.text);
        }
        if (!paragraph.isEmpty())
            m_doc.preamble.append(paragraph);
    }

    void startArticle(ArticleMark mark)
    {
        Article article;
        article.number = mark.number;
        article.ordinal = int(m_doc.articles.size()) + 1;
        QString rest = mark.rest;
        article.heading = m_pendingHeading.isEmpty() ? takeHeading(rest, true) : m_pendingHeading;
        m_pendingHeading.clear();
        article.paragraphs.append(Paragraph { 1, {}, false, {} });
        m_doc.articles.append(article);
        m_lastValue = mark.value;
        m_lastBranch = mark.branch;
        resetItems();
        if (!rest.isEmpty())
            bodyLine(rest);
    }

    void resetItems()
    {
        m_itemStyle.reset();
        m_subStyle.reset();
        m_lastItem = 0;
        m_lastSub = 0;
    }

    Paragraph &paragraph() { return m_doc.articles.last().paragraphs.last(); }

    void bodyLine(const QString &text)
    {
        Article &article = m_doc.articles.last();
        if (m_style == ArticleStyle::Dai) {
            const auto number = paragraphNumber(text);
            // As for sections: a number continuing an open sentence is text.
            if (number && !(m_sentencesMarked && m_lastOpen)) {
                const int expected = int(article.paragraphs.size()) + 1;
                const Paragraph &current = paragraph();
                if (number->value == expected) {
                    article.paragraphs.append(Paragraph { expected, number->rest, false, {} });
                    resetItems();
                    return;
                }
                if (number->value == 1 && expected == 2 && current.text.isEmpty()
                    && current.items.isEmpty()) {
                    paragraph().text = number->rest; // "第１条 / １ 受託者は" numbers the first too
                    return;
                }
            }
        }
        if (const auto mark = item(text, m_itemStyle)) {
            if (itemLine(*mark))
                return;
        }
        Paragraph &p = paragraph();
        if (p.items.isEmpty())
            appendText(p.text, text);
        else
            appendText(p.items.last().text, text);
    }

    bool itemLine(const ItemMark &mark)
    {
        Paragraph &p = paragraph();
        if (p.items.isEmpty() || (mark.style == *m_itemStyle && mark.value == m_lastItem + 1)) {
            if (p.items.isEmpty() && mark.value != 1)
                return false;
            p.items.append(ClauseItem { mark.label, mark.rest });
            m_itemStyle = mark.style;
            m_lastItem = mark.value;
            m_subStyle.reset();
            m_lastSub = 0;
            return true;
        }
        // A label of another style inside an item is a sub-item: kept in the item's text.
        const auto sub = item(mark.label + u' ' + mark.rest, m_subStyle);
        if (mark.style == *m_itemStyle || !sub)
            return false;
        const bool first = !m_subStyle && sub->value == 1;
        const bool next = m_subStyle && sub->style == *m_subStyle && sub->value == m_lastSub + 1;
        if (!first && !next)
            return false;
        m_subStyle = sub->style;
        m_lastSub = sub->value;
        QString &text = p.items.last().text;
        if (!text.isEmpty())
            text += u' ';
        text += sub->label + u' ' + sub->rest;
        return true;
    }

    const QList<SourceLine> &m_lines;
    ArticleStyle m_style;
    bool m_sentencesMarked = true; // most long lines end with 。
    bool m_lastOpen = false; // the previous line leaves a sentence open
    ClauseDocument m_doc;
    QString m_pendingHeading;
    int m_lastValue = 0;
    int m_lastBranch = 0;
    std::optional<ItemStyle> m_itemStyle;
    std::optional<ItemStyle> m_subStyle;
    int m_lastItem = 0;
    int m_lastSub = 0;
};

} // namespace

ClauseDocument ClauseParser::parse(const QString &text)
{
    const QList<SourceLine> lines = splitClauseLines(TextNormalizer::normalize(text));
    ClauseDocument doc = StructureBuilder(lines, ArticleStyle::Dai).build();
    for (const ArticleStyle style : { ArticleStyle::TwoLevel, ArticleStyle::Bare }) {
        if (!doc.articles.isEmpty())
            break;
        ClauseDocument other = StructureBuilder(lines, style).build();
        if (!other.articles.isEmpty())
            doc = std::move(other);
    }
    for (Article &article : doc.articles)
        for (Paragraph &p : article.paragraphs)
            p.obligation = ObligationClassifier::isObligation(p);
    return doc;
}

} // namespace Kansa
