#include "clauseimport/docxtextextractor.h"

#include "clauseimport/safexml.h"
#include "clauseimport/wordnumbering.h"
#include "clauseimport/zippackage.h"

#include <QHash>

namespace Kansa {

namespace {

struct StyleNumbering
{
    int numId = -1;
    int ilvl = -1;
    QString basedOn;
};

// Paragraph styles that number their paragraphs (a heading style 「第%1条」).
bool readStyles(const QByteArray &xml, QHash<QString, StyleNumbering> &styles)
{
    SafeXml x(xml);
    QString current;
    while (x.nextStart()) {
        const QStringView n = x.qualifiedName();
        if (n == u"w:style")
            current = x.attr(u"w:type") == u"paragraph" ? x.attr(u"w:styleId") : QString();
        else if (current.isEmpty())
            continue;
        else if (n == u"w:basedOn")
            styles[current].basedOn = x.attr(u"w:val");
        else if (n == u"w:numId")
            styles[current].numId = x.intAttr(u"w:val", -1);
        else if (n == u"w:ilvl")
            styles[current].ilvl = x.intAttr(u"w:val", -1);
    }
    return !x.failed();
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
        while (m_x.nextStart())
            if (m_x.qualifiedName() == u"w:body")
                body();
        if (m_x.failed())
            return false;
        *text = m_out;
        return true;
    }

private:
    void body()
    {
        while (m_x.child()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"w:p")
                paragraph();
            else if (n == u"w:sdt" || n == u"w:sdtContent" || n == u"w:customXml" || n == u"w:ins"
                || n == u"w:moveTo")
                m_x.nested([this] { body(); }); // containers of paragraphs: their paragraphs count
            else
                m_x.skip(); // w:tbl, w:sectPr, deletions …
        }
    }

    void paragraph()
    {
        int numId = -1, ilvl = -1;
        QString style;
        bool markDeleted = false;
        QString text;
        while (m_x.child()) {
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
        while (m_x.child()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"w:pStyle") {
                *style = m_x.attr(u"w:val");
                m_x.skip();
            } else if (n == u"w:numPr") {
                while (m_x.child()) {
                    if (m_x.qualifiedName() == u"w:numId")
                        *numId = m_x.intAttr(u"w:val", -1);
                    else if (m_x.qualifiedName() == u"w:ilvl")
                        *ilvl = m_x.intAttr(u"w:val", -1);
                    m_x.skip();
                }
            } else if (n == u"w:rPr") {
                while (m_x.child()) {
                    if (m_x.qualifiedName() == u"w:del")
                        *markDeleted = true;
                    m_x.skip();
                }
            } else {
                m_x.skip(); // pPrChange (the properties before a change) included
            }
        }
    }

    // Runs and what holds runs, inside a paragraph.
    void inlineContent(QString &text)
    {
        const QStringView n = m_x.qualifiedName();
        if (n == u"w:t") {
            text += m_x.elementText();
            return;
        }
        if (n == u"w:tab" || n == u"w:ptab") {
            text += u' ';
            m_x.skip();
            return;
        }
        if (n == u"w:br" || n == u"w:cr") {
            text += u'\n';
            m_x.skip();
            return;
        }
        if (n == u"w:noBreakHyphen") {
            text += u'-';
            m_x.skip();
            return;
        }
        // Deleted text, field codes, text boxes, drawings, footnote marks, comments: not text.
        static const QStringView skipped[] = { u"w:del", u"w:moveFrom", u"w:delText", u"w:instrText",
            u"w:delInstrText", u"w:drawing", u"w:pict", u"w:object", u"w:txbxContent", u"mc:AlternateContent",
            u"w:rPr", u"w:footnoteReference", u"w:endnoteReference", u"w:commentReference" };
        for (const QStringView s : skipped)
            if (n == s) {
                m_x.skip();
                return;
            }
        // w:r, w:ins, w:moveTo, w:hyperlink, w:smartTag, w:fldSimple, w:sdt …: their content.
        m_x.nested([this, &text] {
            while (m_x.child())
                inlineContent(text);
        });
    }

    SafeXml m_x;
    WordNumbering &m_numbering;
    const QHash<QString, StyleNumbering> &m_styles;
    QString m_out;
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
