#include "clauseimport/safexml.h"

namespace Kansa {

SafeXml::SafeXml(const QByteArray &bytes)
    : m_x(bytes)
{
}

QXmlStreamReader::TokenType SafeXml::token()
{
    if (m_refused)
        return QXmlStreamReader::Invalid;
    const QXmlStreamReader::TokenType t = m_x.readNext();
    if (t == QXmlStreamReader::DTD) {
        m_refused = true;
        return QXmlStreamReader::Invalid;
    }
    return t;
}

bool SafeXml::nextStart()
{
    while (!m_refused && !m_x.atEnd())
        if (token() == QXmlStreamReader::StartElement)
            return true;
    return false;
}

bool SafeXml::next()
{
    while (!m_refused && !m_x.atEnd()) {
        const QXmlStreamReader::TokenType t = token();
        if (t == QXmlStreamReader::StartElement) {
            if (++m_depth > MaxDepth) {
                m_refused = true;
                return false;
            }
            return true;
        }
        if (t == QXmlStreamReader::EndElement) {
            --m_depth;
            return true;
        }
    }
    return false;
}

QString SafeXml::attr(QStringView name) const
{
    const bool qualified = name.contains(u':');
    for (const QXmlStreamAttribute &a : m_x.attributes())
        if ((qualified ? a.qualifiedName() : a.name()) == name)
            return a.value().toString();
    return {};
}

int SafeXml::intAttr(QStringView name, int fallback) const
{
    bool ok = false;
    const int v = attr(name).toInt(&ok);
    return ok ? v : fallback;
}

QString SafeXml::elementText()
{
    --m_depth; // readElementText consumes the end element next() would have counted
    return m_x.readElementText(QXmlStreamReader::SkipChildElements);
}

} // namespace Kansa
