#include "text/textnormalizer.h"

namespace Kansa::TextNormalizer {

QChar unifyRadical(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x2F00 && u <= 0x2FD5) || (u >= 0x2E80 && u <= 0x2EF3)) {
        // Unicode gives these a compatibility decomposition to the unified ideograph.
        const QString n = QString(c).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1)
            return n.at(0);
    }
    return c;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00A0' || c == u'\r' || c == u'\n'
        || c == u'\v' || c == u'\f';
}

QString trimmed(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s.at(b)))
        ++b;
    while (e > b && isSpace(s.at(e - 1)))
        --e;
    return s.mid(b, e - b).toString();
}

QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\r':
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            continue;
        case 0xFEFF: // BOM / zero-width no-break space
        case 0x200B: // zero-width space
        case 0x200C:
        case 0x200D:
        case 0x2060:
            continue;
        case 0x00A0:
            out += u' ';
            continue;
        case 0x2028:
        case 0x2029:
            out += u'\n';
            continue;
        default:
            break;
        }
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\f')
            continue; // other control characters carry no text
        // Half-width katakana (ｱ, ｶﾞ, an older PC's or Word's ｲﾛﾊ numbering) as full width.
        if (c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).unicode() >= 0xFF61 && text.at(end).unicode() <= 0xFF9F)
                ++end;
            out += text.mid(i, end - i).normalized(QString::NormalizationForm_KC);
            i = end - 1;
            continue;
        }
        // A dash after katakana is the long-vowel mark typed or converted wrongly (「ポリシ－」
        // with U+FF0D): searches for ポリシー must find it. Not before a digit (「ア-1」).
        static const QString dashes = QStringLiteral("－―‐—–-");
        if (dashes.contains(c) && !out.isEmpty() && out.back().unicode() >= 0x30A1
            && out.back().unicode() <= 0x30FA
            && !(i + 1 < text.size() && (text.at(i + 1).isDigit())))
            out += u'ー';
        else
            out += unifyRadical(c);
    }
    return out;
}

} // namespace Kansa::TextNormalizer
