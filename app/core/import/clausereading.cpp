#include "import/clausereading.h"

#include "calendar/japanesenumerals.h"
#include "import/clausemarkers.h"
#include "import/obligationclassifier.h"

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
        case LineReading::Edition: doc().edition = r.text; return;
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

    /// A heading line heads the article that follows it; one inside an article (the user turned
    /// a line of its text into its heading) heads that article.
    void heading(qsizetype i, const LineReading &r)
    {
        bool beforeArticle = !inBody();
        for (qsizetype j = i + 1; j < m_lines.size() && !beforeArticle; ++j) {
            const LineReading::Kind next = m_lines.at(j).reading.kind;
            beforeArticle = next == LineReading::Article;
            if (next != LineReading::Omitted && next != LineReading::Heading)
                break;
        }
        if (beforeArticle) {
            m_pendingHeading = r.text;
            m_pendingLine = i;
            return;
        }
        doc().articles.last().heading = r.text;
        m_out.placements[i].article = int(doc().articles.size()) - 1;
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
                a.paragraphs.append(Paragraph { int(a.paragraphs.size()) + 1, r.text, false, {} });
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

} // namespace

AssembledClauses assembleClauses(const QList<ReadLine> &lines)
{
    return Assembler(lines).run();
}

LineReading readLineAs(const QString &lineText, LineReading::Kind kind, int articleOrdinal)
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
        auto mark = daiArticle(lineText);
        if (!mark)
            mark = twoLevelArticle(lineText);
        if (!mark)
            mark = bareArticle(lineText);
        if (mark) {
            r.number = mark->number;
            r.text = mark->rest;
            r.heading = takeHeading(r.text, true);
        } else { // a line of its own: 「秘密の保持」 is the heading of the article it starts
            r.number = QStringLiteral("第%1").arg(articleOrdinal);
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
