#include "import/docxtextextractor.h"

#include "import/wordnumbering.h"
#include "import/zippackage.h"

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
    void body()
    {
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
        if (numId > 0 && !text.isEmpty())
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
        while (m_x.readNextStartElement())
            inlineContent(text);
    }

    QXmlStreamReader m_x;
    WordNumbering &m_numbering;
    const QHash<QString, StyleNumbering> &m_styles;
    QString m_out;
};

ImportError damaged(ZipPackage::Error e)
{
    switch (e) {
    case ZipPackage::Error::TooLarge: return { ImportError::OfficeTooLarge, {} };
    case ZipPackage::Error::Encrypted: return { ImportError::OfficeEncrypted, {} };
    default: return { ImportError::OfficeDamaged, {} };
    }
}

} // namespace

bool DocxTextExtractor::isDocx(const ZipPackage &package)
{
    return package.contains(QStringLiteral("word/document.xml"));
}

DocxTextExtractor::Result DocxTextExtractor::extract(const ZipPackage &package)
{
    Result r;
    ZipPackage::Error e = ZipPackage::Error::None;
    const std::optional<QByteArray> document = package.read(QStringLiteral("word/document.xml"), &e);
    if (!document) {
        r.error = damaged(e);
        return r;
    }
    WordNumbering numbering;
    if (package.contains(QStringLiteral("word/numbering.xml"))) {
        const std::optional<QByteArray> xml = package.read(QStringLiteral("word/numbering.xml"), &e);
        if (!xml || !numbering.read(*xml)) {
            r.error = xml ? ImportError { ImportError::OfficeDamaged, QStringLiteral("numbering.xml") } : damaged(e);
            return r;
        }
    }
    QHash<QString, StyleNumbering> styles;
    if (package.contains(QStringLiteral("word/styles.xml"))) {
        const std::optional<QByteArray> xml = package.read(QStringLiteral("word/styles.xml"), &e);
        if (!xml || !readStyles(*xml, styles)) {
            r.error = xml ? ImportError { ImportError::OfficeDamaged, QStringLiteral("styles.xml") } : damaged(e);
            return r;
        }
    }
    if (!BodyReader(*document, numbering, styles).read(&r.text))
        r.error = { ImportError::OfficeDamaged, QStringLiteral("document.xml") };
    return r;
}

} // namespace Kansa
