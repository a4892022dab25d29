#include "import/clauseparser.h"

#include "import/clauselines.h"
#include "import/clausemarkers.h"
#include "import/obligationclassifier.h"
#include "text/textnormalizer.h"

namespace Kansa {

namespace {

using namespace ClauseMarkers;

enum class ArticleStyle { Dai, Bare };

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

/// One pass over the lines with one article-number style.
class StructureBuilder
{
public:
    StructureBuilder(const QList<SourceLine> &lines, ArticleStyle style)
        : m_lines(lines)
        , m_style(style)
    {
    }

    ClauseDocument build()
    {
        QList<SourceLine> header;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const SourceLine &line = m_lines.at(i);
            if (isEndOfBody(line.text))
                break;
            if (isChapterLine(line.text))
                continue;
            if (line.pageEdge && !m_doc.title.isEmpty() && line.text == m_doc.title)
                continue; // running header repeated on every page
            if (const auto heading = headingLine(line.text)) {
                if (i + 1 < m_lines.size() && acceptedArticle(m_lines.at(i + 1).text, true)) {
                    m_pendingHeading = *heading;
                    continue;
                }
            }
            if (const auto mark = acceptedArticle(line.text, !m_pendingHeading.isEmpty())) {
                if (m_doc.articles.isEmpty())
                    readHeader(header);
                startArticle(*mark);
                continue;
            }
            m_pendingHeading.clear();
            if (m_doc.articles.isEmpty())
                header.append(line);
            else
                bodyLine(line.text);
        }
        if (m_doc.articles.isEmpty())
            readHeader(header);
        return m_doc;
    }

private:
    std::optional<ArticleMark> acceptedArticle(const QString &text, bool hasHeading) const
    {
        const auto mark = m_style == ArticleStyle::Dai ? daiArticle(text) : bareArticle(text);
        if (!mark)
            return std::nullopt;
        if (m_doc.articles.isEmpty())
            return (mark->value == 1 || hasHeading) && mark->branch == 0 ? mark : std::nullopt;
        const bool next = mark->branch == 0 && mark->value == m_lastValue + 1;
        const bool branch
            = mark->value == m_lastValue && mark->branch == std::max(2, m_lastBranch + 1);
        const bool jump = hasHeading && mark->value > m_lastValue;
        return next || branch || jump ? mark : std::nullopt;
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
            if (const auto number = paragraphNumber(text)) {
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
    if (doc.articles.isEmpty()) {
        ClauseDocument bare = StructureBuilder(lines, ArticleStyle::Bare).build();
        if (!bare.articles.isEmpty())
            doc = std::move(bare);
    }
    for (Article &article : doc.articles)
        for (Paragraph &p : article.paragraphs)
            p.obligation = ObligationClassifier::isObligation(p);
    return doc;
}

} // namespace Kansa
