#include "clauseimport/clausereview.h"

#include "clauseimport/clauseparser.h"
#include "text/textnormalizer.h"

#include <QCoreApplication>

namespace Kansa {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Kansa::ClauseReview", s);
}

constexpr qsizetype MaxUndo = 200;

// A heading is short and is no sentence: 「秘密の保持」, not 「受託者は…しなければならない。」.
bool headingLike(const QString &text)
{
    return !text.isEmpty() && text.size() <= 40 && !text.endsWith(u'。') && !text.endsWith(u'．');
}

} // namespace

ClauseReview::ClauseReview(QList<ReadLine> lines)
    : m_lines(std::move(lines))
    , m_assembled(assembleClauses(m_lines))
    , m_original(m_assembled.document)
{
}

ClauseReview ClauseReview::ofText(const QString &decodedText)
{
    return ClauseReview(ClauseParser::read(decodedText));
}

ClauseReview ClauseReview::ofDocument(const ClauseDocument &document)
{
    return ClauseReview(linesOfDocument(document));
}

int ClauseReview::omittedLines() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
        [](const ReadLine &l) { return l.reading.kind == LineReading::Omitted; }));
}

void ClauseReview::assemble()
{
    m_assembled = assembleClauses(m_lines);
    if (m_title)
        m_assembled.document.title = *m_title;
}

void ClauseReview::change(const std::function<void(State &)> &edit)
{
    State before { m_lines, m_title };
    State after = before;
    edit(after);
    if (after == before)
        return;
    m_undo.append(std::move(before));
    if (m_undo.size() > MaxUndo)
        m_undo.removeFirst();
    m_lines = std::move(after.lines);
    m_title = std::move(after.title);
    assemble();
}

void ClauseReview::undo()
{
    if (m_undo.isEmpty())
        return;
    State s = m_undo.takeLast();
    m_lines = std::move(s.lines);
    m_title = std::move(s.title);
    assemble();
}

namespace {

// The paragraph a line starts (its text and items), if it starts one.
std::optional<Paragraph> paragraphStartedBy(const AssembledClauses &a, int line)
{
    for (qsizetype i = 0; i < a.paragraphLines.size(); ++i)
        for (qsizetype k = 0; k < a.paragraphLines.at(i).size(); ++k)
            if (a.paragraphLines.at(i).at(k) == line) {
                Paragraph p = a.document.articles.at(i).paragraphs.at(k);
                p.obligation = false;
                p.ordinal = 0;
                return p;
            }
    return std::nullopt;
}

} // namespace

QList<int> ClauseReview::setKind(const QList<int> &rows, LineReading::Kind kind)
{
    const AssembledClauses before = m_assembled;
    QList<int> refused;
    change([&](State &state) {
        QList<ReadLine> &lines = state.lines;
        const QList<ReadLine> original = lines;
        for (const int row : rows) {
            if (row < 0 || row >= lines.size() || lines.at(row).reading.kind == kind)
                continue;
            QString previous;
            for (int i = 0; i < row; ++i)
                if (lines.at(i).reading.kind == LineReading::Article)
                    previous = lines.at(i).reading.number;
            lines[row].reading = readLineAs(lines.at(row).source.text, kind, previous);
        }
        AssembledClauses after = assembleClauses(lines);
        // A heading the assembly had to keep as text: the line stays as it was read.
        if (kind == LineReading::Heading) {
            for (const int row : rows)
                if (row >= 0 && row < lines.size() && lines.at(row).reading.kind == LineReading::Heading
                    && original.at(row).reading.kind != LineReading::Heading
                    && (after.placements.at(row).paragraph >= 0 || !headingLike(lines.at(row).reading.text))) {
                    lines[row] = original.at(row);
                    refused.append(row);
                }
            if (!refused.isEmpty())
                after = assembleClauses(lines);
        }
        // An obligation set by hand belongs to the paragraph as it was: where that paragraph's
        // text changed, it is classified again.
        for (int i = 0; i < lines.size(); ++i)
            if (lines.at(i).reading.obligation
                && paragraphStartedBy(before, i) != paragraphStartedBy(after, i))
                lines[i].reading.obligation.reset();
    });
    return refused;
}

int ClauseReview::articleLine(int article) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).reading.kind == LineReading::Article
            && m_assembled.placements.at(i).article == article)
            return int(i);
    return -1;
}

void ClauseReview::setArticleNumber(int article, const QString &number)
{
    const int row = articleLine(article);
    if (row < 0)
        return;
    change([&](State &state) { state.lines[row].reading.number = TextNormalizer::trimmed(number); });
}

void ClauseReview::setArticleHeading(int article, const QString &heading)
{
    // The heading lives on its own line where it was written so, else on the article's line.
    int row = -1;
    for (qsizetype i = 0; i < m_lines.size() && row < 0; ++i)
        if (m_lines.at(i).reading.kind == LineReading::Heading
            && m_assembled.placements.at(i).article == article)
            row = int(i);
    const bool ownLine = row >= 0;
    if (!ownLine)
        row = articleLine(article);
    if (row < 0)
        return;
    change([&](State &state) {
        (ownLine ? state.lines[row].reading.text : state.lines[row].reading.heading) = TextNormalizer::trimmed(heading);
    });
}

void ClauseReview::setObligation(int article, int paragraph, bool obligation)
{
    if (article < 0 || article >= m_assembled.paragraphLines.size()
        || paragraph < 0 || paragraph >= m_assembled.paragraphLines.at(article).size())
        return;
    const int row = m_assembled.paragraphLines.at(article).at(paragraph);
    change([&](State &state) { state.lines[row].reading.obligation = obligation; });
}

void ClauseReview::setTitle(const QString &title)
{
    change([&](State &state) { state.title = TextNormalizer::trimmed(title); });
}

QString ClauseReview::problem() const
{
    const ClauseDocument &doc = document();
    if (doc.title.isEmpty())
        return tr("The document has no title. Enter one above.");
    if (doc.articles.isEmpty())
        return tr("No article was found. Select the line where each article starts and mark it "
                  "as an article.");
    if (const auto twice = doc.repeatedNumber())
        return tr("The number %1 is given twice (articles %2 and %3). Correct one of them in "
                  "the Number field.")
            .arg(doc.articles.at(twice->second - 1).number)
            .arg(twice->first)
            .arg(twice->second);
    for (const Article &a : doc.articles) {
        const QString name = a.number.isEmpty() ? tr("Article %1").arg(a.ordinal) : a.number;
        if (a.number.isEmpty())
            return tr("Article %1 has no number. Enter its number (第１, 第1条, 1 …).").arg(a.ordinal);
        for (const Paragraph &p : a.paragraphs) {
            if (p.text.isEmpty() && p.items.isEmpty())
                return tr("%1 has a paragraph without text (paragraph %2). Mark the line that holds "
                          "its text as part of it, or merge the paragraph into the one before.")
                    .arg(name)
                    .arg(p.ordinal);
            for (const ClauseItem &item : p.items)
                if (item.label.isEmpty() || item.text.isEmpty())
                    return tr("%1 has an item without text (%2). Mark the line that holds its text "
                              "as part of it.")
                        .arg(name, item.label);
        }
    }
    return {};
}

} // namespace Kansa
