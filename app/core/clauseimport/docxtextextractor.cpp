#include "clauseimport/docxtextextractor.h"

#include "clauseimport/wordnumbering.h"
#include "clauseimport/zippackage.h"

#include <QHash>
#include <QXmlStreamReader>

namespace Kansa {

namespace {

struct StyleNumbering
{
    int numId = -1;
    int ilvl = -1;
    QString basedOn;
};

int intVal(const QXmlStreamReader &x, int fallback = -1)
{
    bool ok = false;
    const int v = x.attributes().value(QStringLiteral("w:val")).toInt(&ok);
    return ok ? v : fallback;
}

// Paragraph styles that number their paragraphs (a heading style 「第%1条」).
bool readStyles(const QByteArray &xml, QHash<QString, StyleNumbering> &styles)
{
    QXmlStreamReader x(xml);
    QString current;
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::DTD)
            return false;
        if (!x.isStartElement())
            continue;
        const QStringView n = x.qualifiedName();
        if (n == u"w:style")
            current = x.attributes().value(QStringLiteral("w:type")) == u"paragraph"
                ? x.attributes().value(QStringLiteral("w:styleId")).toString()
                : QString();
        else if (current.isEmpty())
            continue;
        else if (n == u"w:basedOn")
            styles[current].basedOn = x.attributes().value(QStringLiteral("w:val")).toString();
        else if (n == u"w:numId")
            styles[current].numId = intVal(x);
        else if (n == u"w:ilvl")
            styles[current].ilvl = intVal(x);
    }
    return !x.hasError();
}

class BodyReader
{
public:
    BodyReader(const QByteArray &xml, WordNumbering &numbering, const QHash<QString, StyleNumbering> &styles)
        : m_x(xml)
        , m_numbering(numbering)
        , m_styles(styles)
    {
    }

    bool read(QString *text)
    {
        while (!m_x.atEnd()) {
            if (m_x.readNext() == QXmlStreamReader::DTD)
                return false;
            if (m_x.isStartElement() && m_x.qualifiedName() == u"w:body")
                body();
        }
        if (m_x.hasError())
            return false;
        *text = m_out;
        return true;
    }

private:
    // Untrusted XML nests as deep as it likes; the recursion stops here (Word nests a few).
    static constexpr int MaxDepth = 64;

    void body()
    {
        if (++m_depth > MaxDepth) {
            m_x.skipCurrentElement();
            --m_depth;
            return;
        }
        while (m_x.readNextStartElement()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"w:p")
                paragraph();
            else if (n == u"w:sdt" || n == u"w:sdtContent" || n == u"w:customXml" || n == u"w:ins"
                || n == u"w:moveTo")
                body(); // containers of paragraphs: their paragraphs count
            else
                m_x.skipCurrentElement(); // w:tbl, w:sectPr, deletions …
        }
        --m_depth;
    }

    void paragraph()
    {
        int numId = -1, ilvl = -1;
        QString style;
        bool markDeleted = false;
        QString text;
        while (m_x.readNextStartElement()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"w:pPr")
                properties(&numId, &ilvl, &style, &markDeleted);
            else
                inlineContent(text);
        }
        // Numbering given by the paragraph, else by its style (and the styles it is based on).
        for (QString s = style; numId < 0 && !s.isEmpty() && m_styles.contains(s); s = m_styles.value(s).basedOn) {
            numId = m_styles.value(s).numId;
            if (ilvl < 0)
                ilvl = m_styles.value(s).ilvl;
        }
        // Word shows the number of an empty paragraph too: 「第１条」 alone on its line, the
        // article's text in the next paragraph.
        if (numId > 0)
            text.prepend(m_numbering.next(numId, qMax(ilvl, 0)));
        m_out += text;
        // A deleted paragraph mark joins this paragraph to the next, as accepting does.
        if (!markDeleted)
            m_out += u'\n';
    }

    void properties(int *numId, int *ilvl, QString *style, bool *markDeleted)
    {
        while (m_x.readNextStartElement()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"w:pStyle") {
                *style = m_x.attributes().value(QStringLiteral("w:val")).toString();
                m_x.skipCurrentElement();
            } else if (n == u"w:numPr") {
                while (m_x.readNextStartElement()) {
                    if (m_x.qualifiedName() == u"w:numId")
                        *numId = intVal(m_x);
                    else if (m_x.qualifiedName() == u"w:ilvl")
                        *ilvl = intVal(m_x);
                    m_x.skipCurrentElement();
                }
            } else if (n == u"w:rPr") {
                while (m_x.readNextStartElement()) {
                    if (m_x.qualifiedName() == u"w:del")
                        *markDeleted = true;
                    m_x.skipCurrentElement();
                }
            } else {
                m_x.skipCurrentElement(); // pPrChange (the properties before a change) included
            }
        }
    }

    // Runs and what holds runs, inside a paragraph.
    void inlineContent(QString &text)
    {
        const QStringView n = m_x.qualifiedName();
        if (n == u"w:t") {
            text += m_x.readElementText(QXmlStreamReader::SkipChildElements);
            return;
        }
        if (n == u"w:tab" || n == u"w:ptab") {
            text += u' ';
            m_x.skipCurrentElement();
            return;
        }
        if (n == u"w:br" || n == u"w:cr") {
            text += u'\n';
            m_x.skipCurrentElement();
            return;
        }
        if (n == u"w:noBreakHyphen") {
            text += u'-';
            m_x.skipCurrentElement();
            return;
        }
        // Deleted text, field codes, text boxes, drawings, footnote marks, comments: not text.
        static const QStringView skipped[] = { u"w:del", u"w:moveFrom", u"w:delText", u"w:instrText",
            u"w:delInstrText", u"w:drawing", u"w:pict", u"w:object", u"w:txbxContent", u"mc:AlternateContent",
            u"w:rPr", u"w:footnoteReference", u"w:endnoteReference", u"w:commentReference" };
        for (const QStringView s : skipped)
            if (n == s) {
                m_x.skipCurrentElement();
                return;
            }
        // w:r, w:ins, w:moveTo, w:hyperlink, w:smartTag, w:fldSimple, w:sdt …: their content.
        if (++m_depth > MaxDepth) {
            m_x.skipCurrentElement();
        } else {
            while (m_x.readNextStartElement())
                inlineContent(text);
        }
        --m_depth;
    }

    QXmlStreamReader m_x;
    WordNumbering &m_numbering;
    const QHash<QString, StyleNumbering> &m_styles;
    QString m_out;
    int m_depth = 0;
};

} // namespace

bool DocxTextExtractor::isDocx(const ZipPackage &package)
{
    return package.contains(QStringLiteral("word/document.xml"));
}

DocxTextExtractor::Result DocxTextExtractor::extract(const ZipPackage &package)
{
    Result r;
    QByteArray parts[3];
    const QString names[3] = { QStringLiteral("word/document.xml"), QStringLiteral("word/numbering.xml"),
        QStringLiteral("word/styles.xml") };
    for (int i = 0; i < 3; ++i) {
        if (i > 0 && !package.contains(names[i]))
            continue; // numbering and styles are optional
        ZipPackage::Error e = ZipPackage::Error::None;
        const std::optional<QByteArray> xml = package.read(names[i], &e);
        if (!xml) {
            r.error = { ZipPackage::importError(e), {} };
            return r;
        }
        parts[i] = *xml;
    }
    return extractXml(parts[0], parts[1], parts[2]);
}

DocxTextExtractor::Result DocxTextExtractor::extractXml(
    const QByteArray &document, const QByteArray &numberingXml, const QByteArray &stylesXml)
{
    Result r;
    WordNumbering numbering;
    if (!numberingXml.isEmpty() && !numbering.read(numberingXml)) {
        r.error = { ImportError::OfficeDamaged, QStringLiteral("numbering.xml") };
        return r;
    }
    QHash<QString, StyleNumbering> styles;
    if (!stylesXml.isEmpty() && !readStyles(stylesXml, styles)) {
        r.error = { ImportError::OfficeDamaged, QStringLiteral("styles.xml") };
        return r;
    }
    if (!BodyReader(document, numbering, styles).read(&r.text))
        r.error = { ImportError::OfficeDamaged, QStringLiteral("document.xml") };
    return r;
}

} // namespace Kansa
