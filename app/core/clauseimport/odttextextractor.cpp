#include "clauseimport/odttextextractor.h"

#include "clauseimport/listnumbering.h"
#include "clauseimport/safexml.h"
#include "clauseimport/zippackage.h"

#include <QHash>
#include <QList>

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

// Every text:list-style and the text:outline-style of a part (styles.xml, content.xml).
bool readListStyles(const QByteArray &xml, QHash<QString, ListStyle> &styles, ListStyle &outline)
{
    SafeXml x(xml);
    ListStyle *current = nullptr;
    while (x.nextStart()) {
        const QStringView n = x.qualifiedName();
        if (n == u"text:list-style")
            current = &styles[x.attr(u"style:name")];
        else if (n == u"text:outline-style")
            current = &outline;
        else if (current && (n == u"text:list-level-style-number" || n == u"text:outline-level-style")) {
            OdfLevel l;
            l.format = ListNumbering::fromOdf(x.attr(u"style:num-format"));
            l.prefix = x.attr(u"style:num-prefix");
            l.suffix = x.attr(u"style:num-suffix");
            l.start = x.attr(u"text:start-value").isEmpty() ? 1 : qBound(0, x.attr(u"text:start-value").toInt(), 100000);
            l.displayLevels = qBound(1, x.attr(u"text:display-levels").toInt(), 10);
            current->insert(x.attr(u"text:level").toInt(), l);
        } else if (current && n == u"text:list-level-style-bullet") {
            current->insert(x.attr(u"text:level").toInt(), OdfLevel {});
        }
    }
    return !x.failed();
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
        while (m_x.nextStart())
            if (m_x.qualifiedName() == u"office:text")
                blocks();
        if (m_x.failed())
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
        while (m_x.child()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"text:p" || n == u"text:h")
                paragraph(n == u"text:h" ? m_x.attr(u"text:outline-level").toInt() : 0, QString());
            else if (n == u"text:list")
                list();
            else if (n == u"text:section" || n == u"text:soft-page-break")
                m_x.nested([this] { blocks(); });
            else
                m_x.skip(); // tables, frames, tracked changes (the deleted text)
        }
    }

    void list()
    {
        if (m_lists.size() >= 10) { // ODF lists have 10 levels: deeper is no document
            m_x.refuse();
            return;
        }
        const QString style = m_x.attr(u"text:style-name");
        const bool continues = m_x.attr(u"text:continue-numbering") == u"true"
            || !m_x.attr(u"text:continue-list").isEmpty();
        ListContext context;
        context.style = style.isEmpty() && !m_lists.isEmpty() ? m_lists.last().style : style;
        if (m_lists.isEmpty() && continues && m_lastTopList.style == context.style)
            context = m_lastTopList;
        m_lists.append(context);
        while (m_x.child()) {
            if (m_x.qualifiedName() == u"text:list-item" || m_x.qualifiedName() == u"text:list-header")
                listItem(m_x.qualifiedName() == u"text:list-item");
            else
                m_x.skip();
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
        while (m_x.child()) {
            const QStringView n = m_x.qualifiedName();
            if (n == u"text:p" || n == u"text:h") {
                paragraph(0, numbered && first ? nextLabel() : QString());
                first = false;
            } else if (n == u"text:list") {
                list();
                first = false;
            } else {
                m_x.skip();
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
        while (!m_x.failed()) {
            const QXmlStreamReader::TokenType t = m_x.token();
            if (t == QXmlStreamReader::EndElement || t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
                return;
            if (t == QXmlStreamReader::Characters) {
                text += m_x.characters();
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = m_x.qualifiedName();
            if (n == u"text:s") {
                text += QString(qBound(1, m_x.attr(u"text:c").toInt(), 100), u' ');
                m_x.skip();
            } else if (n == u"text:tab") {
                text += u' ';
                m_x.skip();
            } else if (n == u"text:line-break") {
                text += u'\n';
                m_x.skip();
            } else if (n == u"text:number") {
                text += m_x.elementText() + u' ';
                *storedLabel = true;
            } else if (n == u"text:note" || n == u"office:annotation" || n == u"draw:frame"
                || n == u"text:tracked-changes" || n == u"draw:custom-shape") {
                m_x.skip();
            } else {
                m_x.nested([&] { inlineContent(text, storedLabel); }); // text:span, text:a, text:change-start …
            }
        }
    }

    SafeXml m_x;
    const QHash<QString, ListStyle> &m_styles;
    const ListStyle &m_outline;
    QList<ListContext> m_lists;
    ListContext m_lastTopList;
    QList<int> m_outlineCounters;
    QString m_out;
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
