#include "clauseimport/clausereading.h"

#include "calendar/japanesenumerals.h"
#include "clauseimport/clausemarkers.h"
#include "clauseimport/obligationclassifier.h"

namespace Kansa {

namespace {

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

/// Assembles line by line, remembering where each line went.
class Assembler
{
public:
    explicit Assembler(const QList<ReadLine> &lines)
        : m_lines(lines)
    {
        m_out.placements.resize(lines.size());
    }

    AssembledClauses run()
    {
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            add(i, m_lines.at(i).reading);
        classify();
        return std::move(m_out);
    }

private:
    ClauseDocument &doc() { return m_out.document; }
    bool inBody() const { return !m_out.document.articles.isEmpty(); }

    void add(qsizetype i, const LineReading &r)
    {
        switch (r.kind) {
        case LineReading::Omitted: return;
        case LineReading::Title: appendText(doc().title, r.text); return;
        case LineReading::Edition: // 「令和6年度版」 and 「（令和6年4月1日改正）」: both are kept
            doc().edition = doc().edition.isEmpty() ? r.text : doc().edition + u' ' + r.text;
            return;
        case LineReading::Issuer: doc().issuer = r.text; return;
        case LineReading::Heading: heading(i, r); return;
        case LineReading::Article: article(i, r); return;
        case LineReading::Paragraph:
        case LineReading::Item:
        case LineReading::SubItem:
        case LineReading::Continued:
        case LineReading::Preamble:
            if (!inBody())
                preamble(r);
            else
                body(i, r);
            return;
        }
    }

    void preamble(const LineReading &r)
    {
        QString text = r.text;
        if (r.kind == LineReading::Item || r.kind == LineReading::SubItem)
            text = r.number + u' ' + r.text;
        if (r.kind == LineReading::Continued && !doc().preamble.isEmpty())
            appendText(doc().preamble.last(), text);
        else if (!text.isEmpty())
            doc().preamble.append(text);
    }

    /// A heading line heads the article that follows it, or the article it is in when that has
    /// none yet and nothing after its number; else it stays text where it is (a heading is never
    /// replaced, and none is dropped).
    void heading(qsizetype i, const LineReading &r)
    {
        qsizetype next = i + 1;
        while (next < m_lines.size() && m_lines.at(next).reading.kind == LineReading::Omitted)
            ++next;
        if (next < m_lines.size() && m_lines.at(next).reading.kind == LineReading::Article) {
            m_pendingHeading = r.text;
            m_pendingLine = i;
            return;
        }
        if (inBody()) {
            Article &a = doc().articles.last();
            const bool fresh = a.heading.isEmpty() && a.paragraphs.size() == 1
                && a.paragraphs.first().text.isEmpty() && a.paragraphs.first().items.isEmpty();
            if (fresh) {
                a.heading = r.text;
                m_out.placements[i].article = int(doc().articles.size()) - 1;
                return;
            }
        }
        LineReading asText;
        asText.kind = inBody() ? LineReading::Continued : LineReading::Preamble;
        asText.text = m_lines.at(i).source.text;
        if (inBody())
            body(i, asText);
        else
            preamble(asText);
    }

    void article(qsizetype i, const LineReading &r)
    {
        Article a;
        a.number = r.number;
        a.ordinal = int(doc().articles.size()) + 1;
        a.heading = m_pendingHeading.isEmpty() ? r.heading : m_pendingHeading;
        if (!m_pendingHeading.isEmpty())
            m_out.placements[m_pendingLine].article = a.ordinal - 1;
        m_pendingHeading.clear();
        a.paragraphs.append(Paragraph { 1, r.text, false, {} });
        doc().articles.append(a);
        m_out.paragraphLines.append(QList<int> { int(i) });
        m_out.placements[i] = { a.ordinal - 1, 0, -1 };
    }

    void body(qsizetype i, const LineReading &r)
    {
        Article &a = doc().articles.last();
        LinePlacement &at = m_out.placements[i];
        at.article = int(doc().articles.size()) - 1;
        if (r.kind == LineReading::Paragraph || r.kind == LineReading::Preamble) {
            Paragraph &only = a.paragraphs.last();
            const int value = JapaneseNumerals::parseDigits(
                JapaneseNumerals::toHalfWidthDigits(r.number));
            // 「第１条 / １ 受託者は」 numbers the first paragraph too.
            if (a.paragraphs.size() == 1 && only.text.isEmpty() && only.items.isEmpty() && value <= 1) {
                only.text = r.text;
                m_out.paragraphLines.last()[0] = int(i);
            } else {
                // Its number as written where a deleted one (「２　削除」) was left out before it.
                const int ordinal = std::max(int(a.paragraphs.last().ordinal) + 1, r.kind == LineReading::Paragraph ? value : 0);
                a.paragraphs.append(Paragraph { ordinal, r.text, false, {} });
                m_out.paragraphLines.last().append(int(i));
            }
            at.paragraph = int(a.paragraphs.size()) - 1;
            return;
        }
        Paragraph &p = a.paragraphs.last();
        at.paragraph = int(a.paragraphs.size()) - 1;
        if (r.kind == LineReading::Item || (r.kind == LineReading::SubItem && p.items.isEmpty())) {
            p.items.append(ClauseItem { r.number, r.text });
        } else if (r.kind == LineReading::SubItem) {
            QString &text = p.items.last().text;
            if (!text.isEmpty())
                text += u' ';
            text += r.number + u' ' + r.text;
        } else if (p.items.isEmpty()) {
            appendText(p.text, r.text);
        } else {
            appendText(p.items.last().text, r.text);
        }
        at.item = int(p.items.size()) - 1;
    }

    void classify()
    {
        for (qsizetype a = 0; a < doc().articles.size(); ++a) {
            QList<Paragraph> &paragraphs = doc().articles[a].paragraphs;
            for (qsizetype p = 0; p < paragraphs.size(); ++p) {
                const auto set = m_lines.at(m_out.paragraphLines.at(a).at(p)).reading.obligation;
                paragraphs[p].obligation
                    = set ? *set : ObligationClassifier::isObligation(paragraphs.at(p));
            }
        }
    }

    const QList<ReadLine> &m_lines;
    AssembledClauses m_out;
    QString m_pendingHeading;
    qsizetype m_pendingLine = -1;
};

/// The number after this one, in its own writing: the first run of digits counted up.
QString nextNumber(const QString &previous)
{
    if (previous.isEmpty())
        return QStringLiteral("第１条");
    qsizetype start = 0;
    while (start < previous.size() && !JapaneseNumerals::isDigit(previous.at(start)))
        ++start;
    qsizetype end = start;
    while (end < previous.size() && JapaneseNumerals::isDigit(previous.at(end)))
        ++end;
    if (start == end) // 第十一条 and the like: the next is given in digits
        return QStringLiteral("第%1").arg(JapaneseNumerals::parse(QStringView(previous).mid(1)) + 1);
    const QStringView digits = QStringView(previous).mid(start, end - start);
    const int value = JapaneseNumerals::parseDigits(digits) + 1;
    const bool full = digits.front().unicode() > 0x7f;
    return previous.left(start) + (full ? JapaneseNumerals::toFullWidth(value) : QString::number(value))
        + previous.mid(end);
}

} // namespace

AssembledClauses assembleClauses(const QList<ReadLine> &lines)
{
    return Assembler(lines).run();
}

LineReading readLineAs(const QString &lineText, LineReading::Kind kind, const QString &previousNumber)
{
    using namespace ClauseMarkers;
    LineReading r;
    r.kind = kind;
    r.text = lineText;
    switch (kind) {
    case LineReading::Title:
        r.text = stripTitlePrefix(lineText);
        break;
    case LineReading::Heading:
        if (const auto h = headingLine(lineText))
            r.text = *h;
        break;
    case LineReading::Article: {
        // The line's own number where it has one in the document's style; else the number
        // after the previous article's, written as it is (第２条 → 第３条, 第１０ → 第１１).
        const bool dai = previousNumber.isEmpty() || previousNumber.startsWith(u'第');
        auto mark = daiArticle(lineText);
        if (!mark && !dai)
            mark = twoLevelArticle(lineText);
        if (!mark && !dai)
            mark = bareArticle(lineText);
        if (mark) {
            r.number = mark->number;
            r.text = mark->rest;
            r.heading = takeHeading(r.text, true);
        } else { // a line of its own: 「秘密の保持」 is the heading of the article it starts
            r.number = nextNumber(previousNumber);
            if (const auto n = paragraphNumber(lineText)) // 「２ 受託者は」: the number goes
                r.text = n->rest;
            r.heading = takeHeading(r.text, true);
        }
        break;
    }
    case LineReading::Paragraph:
        if (const auto n = paragraphNumber(lineText)) {
            r.number = QString::number(n->value);
            r.text = n->rest;
        }
        break;
    case LineReading::Item:
    case LineReading::SubItem:
        if (const auto m = item(lineText)) {
            r.number = m->label;
            r.text = m->rest;
        } else {
            r.number = QStringLiteral("・");
        }
        break;
    case LineReading::Omitted:
        r.omission = LineReading::ByUser;
        break;
    default:
        break;
    }
    return r;
}

QList<ReadLine> linesOfDocument(const ClauseDocument &document)
{
    QList<ReadLine> out;
    auto add = [&](const QString &source, LineReading r) {
        out.append(ReadLine { SourceLine { source, false, false }, std::move(r) });
    };
    auto reading = [](LineReading::Kind kind, const QString &text) {
        LineReading r;
        r.kind = kind;
        r.text = text;
        return r;
    };
    if (!document.title.isEmpty())
        add(document.title, reading(LineReading::Title, document.title));
    if (!document.edition.isEmpty())
        add(document.edition, reading(LineReading::Edition, document.edition));
    if (!document.issuer.isEmpty())
        add(document.issuer, reading(LineReading::Issuer, document.issuer));
    for (const QString &p : document.preamble)
        add(p, reading(LineReading::Preamble, p));
    for (const Article &a : document.articles) {
        for (qsizetype k = 0; k < a.paragraphs.size(); ++k) {
            const Paragraph &p = a.paragraphs.at(k);
            LineReading r = reading(k == 0 ? LineReading::Article : LineReading::Paragraph, p.text);
            r.obligation = p.obligation;
            QString source;
            if (k == 0) {
                r.number = a.number;
                r.heading = a.heading;
                source = a.number + (a.heading.isEmpty() ? QString() : u'（' + a.heading + u'）');
            } else {
                r.number = QString::number(p.ordinal);
                source = r.number;
            }
            add(p.text.isEmpty() ? source : source + u' ' + p.text, r);
            for (const ClauseItem &item : p.items) {
                LineReading ir = reading(LineReading::Item, item.text);
                ir.number = item.label;
                add(item.label + u' ' + item.text, ir);
            }
        }
    }
    return out;
}

} // namespace Kansa
