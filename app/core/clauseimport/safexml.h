#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace Kansa {

// The XML of an office file from a contractor (Word, Excel, OpenDocument), read through one
// hardened reader: a DTD (the only place entities are declared, so the only way to expand them)
// refuses the part, and nesting stops at MaxDepth for the readers that recurse. Every reader of an
// office part goes through here, so the rules are written once.
class SafeXml
{
public:
    static constexpr int MaxDepth = 64;

    explicit SafeXml(const QByteArray &bytes);

    // The next start element anywhere after this one; false at the end, on a DTD or an error.
    bool nextStart();
    // The next start or end element, counting the depth (a flat reader's loop); false at the end,
    // on a DTD, beyond MaxDepth or on an error.
    bool next();
    // The next child of the current element (QXmlStreamReader::readNextStartElement).
    bool child() { return m_x.readNextStartElement(); }
    // The next token, for readers of mixed content; a DTD ends the reading as refused.
    QXmlStreamReader::TokenType token();
    void skip() { m_x.skipCurrentElement(); }

    // Reads nested content through read() one level deeper; beyond MaxDepth the part is refused
    // (failed()): no office program writes such a file, and its text is not dropped silently.
    template<typename Read>
    void nested(Read &&read)
    {
        if (m_nesting >= MaxDepth) {
            refuse();
            return;
        }
        ++m_nesting;
        read();
        --m_nesting;
    }

    bool isStart() const { return m_x.isStartElement(); }
    // By local name (Excel's parts use one namespace).
    bool isStart(QStringView name) const { return m_x.isStartElement() && m_x.name() == name; }
    bool isEnd(QStringView name) const { return m_x.isEndElement() && m_x.name() == name; }
    QStringView qualifiedName() const { return m_x.qualifiedName(); }
    QStringView characters() const { return m_x.text(); }
    // An attribute by its qualified name ("w:val") when the name has a prefix, else by its local
    // name ("id" finds r:id).
    QString attr(QStringView name) const;
    int intAttr(QStringView name, int fallback) const;
    // The text of a text element (w:t, <v>), leaving the reader at its end.
    QString elementText();

    bool failed() const { return m_refused || m_x.hasError(); }
    // Ends the reading as refused (a structure the reader will not follow).
    void refuse()
    {
        m_refused = true;
        m_x.raiseError(QStringLiteral("refused"));
    }

private:
    QXmlStreamReader m_x;
    int m_depth = 0; // counted by next()
    int m_nesting = 0; // counted by nested()
    bool m_refused = false;
};

} // namespace Kansa
