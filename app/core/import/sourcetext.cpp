#include "import/sourcetext.h"

#include "import/clauselines.h"
#include "text/textnormalizer.h"

namespace Kansa::SourceText {

namespace {

QString withoutSpace(const QString &s)
{
    QString out = s;
    out.removeIf([](QChar c) { return c.isSpace() || TextNormalizer::isSpace(c); });
    return out;
}

// Whether text is made of stretches of source (each of 4 characters or more, or the rest).
std::optional<QString> missing(const QString &text, const QString &source)
{
    QStringView rest(text);
    while (!rest.isEmpty()) {
        // The longest prefix of rest found in source (found prefixes shrink monotonically).
        qsizetype lo = 0, hi = rest.size();
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (source.contains(rest.first(mid)))
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo < std::min<qsizetype>(4, rest.size()))
            return rest.first(std::min<qsizetype>(20, rest.size())).toString();
        rest = rest.sliced(lo);
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> firstTextNotIn(const ClauseDocument &document, const QString &decodedSource)
{
    QString source;
    for (const SourceLine &l : splitClauseLines(TextNormalizer::normalize(decodedSource), true))
        source += withoutSpace(l.text);
    QStringList texts = document.preamble;
    for (const Article &a : document.articles)
        for (const Paragraph &p : a.paragraphs) {
            texts.append(p.text);
            for (const ClauseItem &i : p.items)
                texts.append(i.text);
        }
    for (const QString &t : std::as_const(texts))
        if (const auto m = missing(withoutSpace(TextNormalizer::normalize(t)), source))
            return m;
    return std::nullopt;
}

} // namespace Kansa::SourceText
