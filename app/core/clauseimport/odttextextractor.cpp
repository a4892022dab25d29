#include "clauseimport/odttextextractor.h"

#include "clauseimport/listnumbering.h"
#include "clauseimport/zippackage.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

namespace Kansa {

namespace {

struct OdfLevel
{
    ListNumbering::Format format = ListNumbering::Format::None;
    QString prefix, suffix;
    int start = 1;
    int displayLevels = 1; // text:display-levels: 「1.2」 shows two
};
using ListStyle = QHash<int, OdfLevel>; // by level, 1-based

QString attr(const QXmlStreamReader &x, const char *name)
{
    return x.attributes().value(QLatin1String(name)).toString();
}

// Every text:list-style and the text:outline-style of a part (styles.xml, content.xml).
bool readListStyles(const QByteArray &xml, QHash<QString, ListStyle> &styles, ListStyle &outline)
{
    QXmlStreamReader x(xml);
    ListStyle *current = nullptr;
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::DTD)
            return false;
        if (!x.isStartElement())
            continue;
        const QStringView n = x.qualifiedName();
        if (n == u"text:list-style")
            current = &styles[attr(x, "style:name")];
        else if (n == u"text:outline-style")
            current = &outline;
        else if (current && (n == u"text:list-level-style-number" || n == u"text:outline-level-style")) {
            OdfLevel l;
            l.format = ListNumbering::fromOdf(attr(x, "style:num-format"));
            l.prefix = attr(x, "style:num-prefix");
            l.suffix = attr(x, "style:num-suffix");
            l.start = attr(x, "text:start-value").isEmpty() ? 1 : qBound(0, attr(x, "text:start-value").toInt(), 100000);
            l.displayLevels = qBound(1, attr(x, "text:display-levels").toInt(), 10);
            current->insert(attr(x, "text:level").toInt(), l);
        } else if (current && n == u"text:list-level-style-bullet") {
            current->insert(attr(x, "text:level").toInt(), OdfLevel {});
        }
    }
    return !x.hasError();
}

class TextReader
{
public:
    TextReader(const QByteArray &xml, const QHash<QString, ListStyle> &styles, const ListStyle &outline)
        : m_x(xml)
        , m_styles(styles)
        , m_outline(outline)
    {
    }

    bool read(QString *text)
    {
        while (!m_x.atEnd()) {
            if (m_x.readNext() == QXmlStreamReader::DTD)
                return false;
            if (m_x.isStartElement() && m_x.qualifiedName() == u"office:text")
                blocks();
        }
        if (m_x.hasError())
            return false;
        *text = m_out;
        return true;
    }

private:
    struct ListContext
    {
        QString style;
        QList<int> counters; // per level, the last number given
    };

    void blocks()
    {
        while (m_x.readNextStartElement()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"text:p" || n == u"text:h")
                paragraph(n == u"text:h" ? attr(m_x, "text:outline-level").toInt() : 0, QString());
            else if (n == u"text:list")
                list();
            else if ((n == u"text:section" || n == u"text:soft-page-break") && m_depth < MaxDepth) {
                ++m_depth;
                blocks();
                --m_depth;
            }
            else
                m_x.skipCurrentElement(); // tables, frames, tracked changes (the deleted text)
        }
    }

    // Untrusted XML nests as deep as it likes; the recursion stops here.
    static constexpr int MaxDepth = 64;

    void list()
    {
        if (m_lists.size() >= 10 || m_depth > MaxDepth) { // ODF lists have 10 levels
            m_x.skipCurrentElement();
            return;
        }
        const QString style = attr(m_x, "text:style-name");
        const bool continues = attr(m_x, "text:continue-numbering") == u"true"
            || !attr(m_x, "text:continue-list").isEmpty();
        ListContext context;
        context.style = style.isEmpty() && !m_lists.isEmpty() ? m_lists.last().style : style;
        if (m_lists.isEmpty() && continues && m_lastTopList.style == context.style)
            context = m_lastTopList;
        m_lists.append(context);
        while (m_x.readNextStartElement()) {
            if (m_x.qualifiedName() == u"text:list-item" || m_x.qualifiedName() == u"text:list-header")
                listItem(m_x.qualifiedName() == u"text:list-item");
            else
                m_x.skipCurrentElement();
        }
        if (m_lists.size() == 1)
            m_lastTopList = m_lists.last();
        else
            m_lists[m_lists.size() - 2].counters = m_lists.last().counters; // nested levels share
        m_lists.removeLast();
    }

    void listItem(bool numbered)
    {
        bool first = true;
        while (m_x.readNextStartElement()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"text:p" || n == u"text:h") {
                paragraph(0, numbered && first ? nextLabel() : QString());
                first = false;
            } else if (n == u"text:list") {
                list();
                first = false;
            } else {
                m_x.skipCurrentElement();
            }
        }
    }

    QString nextLabel()
    {
        ListContext &top = m_lists.first();
        const int level = int(m_lists.size()); // 1-based
        const ListStyle style = m_styles.value(m_lists.last().style);
        const OdfLevel l = style.value(level);
        while (top.counters.size() < level)
            top.counters.append(0);
        top.counters.resize(level);
        top.counters[level - 1] = top.counters[level - 1] == 0 ? l.start : qMin(top.counters[level - 1] + 1, 1000000);
        for (ListContext &c : m_lists)
            c.counters = top.counters;
        return label(style, top.counters, level);
    }

    static QString label(const ListStyle &style, const QList<int> &counters, int level)
    {
        const OdfLevel l = style.value(level);
        if (l.format == ListNumbering::Format::None)
            return {};
        QStringList parts;
        for (int k = qMax(1, level - l.displayLevels + 1); k <= level; ++k)
            parts << ListNumbering::format(counters.value(k - 1, 1), style.value(k).format);
        return l.prefix + parts.join(u'.') + l.suffix + u' ';
    }

    void paragraph(int outlineLevel, QString text)
    {
        if (outlineLevel > 0 && outlineLevel <= 10 && m_outline.contains(outlineLevel)) {
            m_outlineCounters.resize(outlineLevel);
            int &c = m_outlineCounters[outlineLevel - 1];
            c = c == 0 ? m_outline.value(outlineLevel).start : qMin(c + 1, 1000000);
            text = label(m_outline, m_outlineCounters, outlineLevel);
        }
        QString body;
        bool stored = false;
        inlineContent(body, &stored);
        if (stored)
            text.clear(); // the label LibreOffice wrote (text:number) is in body already
        m_out += text + body + u'\n';
    }

    void inlineContent(QString &text, bool *storedLabel)
    {
        while (!m_x.atEnd()) {
            const QXmlStreamReader::TokenType t = m_x.readNext();
            if (t == QXmlStreamReader::EndElement)
                return;
            if (t == QXmlStreamReader::Characters) {
                text += m_x.text();
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = m_x.qualifiedName();
            if (n == u"text:s") {
                text += QString(qBound(1, attr(m_x, "text:c").toInt(), 100), u' ');
                m_x.skipCurrentElement();
            } else if (n == u"text:tab") {
                text += u' ';
                m_x.skipCurrentElement();
            } else if (n == u"text:line-break") {
                text += u'\n';
                m_x.skipCurrentElement();
            } else if (n == u"text:number") {
                text += m_x.readElementText(QXmlStreamReader::SkipChildElements) + u' ';
                *storedLabel = true;
            } else if (n == u"text:note" || n == u"office:annotation" || n == u"draw:frame"
                || n == u"text:tracked-changes" || n == u"draw:custom-shape") {
                m_x.skipCurrentElement();
            } else if (m_depth < MaxDepth) {
                ++m_depth;
                inlineContent(text, storedLabel); // text:span, text:a, text:change-start …
                --m_depth;
            } else {
                m_x.skipCurrentElement();
            }
        }
    }

    QXmlStreamReader m_x;
    const QHash<QString, ListStyle> &m_styles;
    const ListStyle &m_outline;
    QList<ListContext> m_lists;
    ListContext m_lastTopList;
    QList<int> m_outlineCounters;
    QString m_out;
    int m_depth = 0;
};

} // namespace

bool OdtTextExtractor::isOdt(const ZipPackage &package)
{
    const std::optional<QByteArray> mime = package.read(QStringLiteral("mimetype"));
    return mime && mime->trimmed() == "application/vnd.oasis.opendocument.text";
}

OdtTextExtractor::Result OdtTextExtractor::extract(const ZipPackage &package)
{
    Result r;
    // A password-protected ODF package lists its encrypted parts in the manifest.
    if (const auto manifest = package.read(QStringLiteral("META-INF/manifest.xml"));
        manifest && manifest->contains("encryption-data")) {
        r.error = { ImportError::OfficeEncrypted, {} };
        return r;
    }
    QByteArray parts[2];
    const QString names[2] = { QStringLiteral("content.xml"), QStringLiteral("styles.xml") };
    for (int i = 0; i < 2; ++i) {
        if (i == 1 && !package.contains(names[i]))
            continue;
        ZipPackage::Error e = ZipPackage::Error::None;
        const std::optional<QByteArray> xml = package.read(names[i], &e);
        if (!xml) {
            r.error = { ZipPackage::importError(e), names[i] };
            return r;
        }
        parts[i] = *xml;
    }
    return extractXml(parts[0], parts[1]);
}

OdtTextExtractor::Result OdtTextExtractor::extractXml(const QByteArray &content, const QByteArray &stylesXml)
{
    Result r;
    QHash<QString, ListStyle> styles;
    ListStyle outline;
    if (!stylesXml.isEmpty() && !readListStyles(stylesXml, styles, outline)) {
        r.error = { ImportError::OfficeDamaged, QStringLiteral("styles.xml") };
        return r;
    }
    if (!readListStyles(content, styles, outline) || !TextReader(content, styles, outline).read(&r.text))
        r.error = { ImportError::OfficeDamaged, QStringLiteral("content.xml") };
    return r;
}

} // namespace Kansa
