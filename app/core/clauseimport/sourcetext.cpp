#include "clauseimport/sourcetext.h"

#include "clauseimport/clauselines.h"
#include "text/textnormalizer.h"

namespace Kansa::SourceText {

namespace {

QString withoutSpace(const QString &s)
{
    QString out = s;
    out.removeIf([](QChar c) { return c.isSpace() || TextNormalizer::isSpace(c); });
    return out;
}

QString quote(QStringView s)
{
    return s.size() > 20 ? s.first(20).toString() + u'…' : s.toString();
}

} // namespace

Check check(const ClauseDocument &document, const QString &decodedSource)
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
    Check result;
    QList<bool> covered(source.size(), false);
    qsizetype from = 0; // texts follow the document's order
    for (const QString &t : std::as_const(texts)) {
        const QString text = withoutSpace(TextNormalizer::normalize(t));
        QStringView rest(text);
        while (!rest.isEmpty()) {
            // The longest start of rest found at or after from (found starts shrink monotonically).
            qsizetype lo = 0, hi = rest.size();
            while (lo < hi) {
                const qsizetype mid = (lo + hi + 1) / 2;
                if (source.indexOf(rest.first(mid), from) >= 0)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (lo < std::min<qsizetype>(4, rest.size())) {
                result.notInOrder = quote(rest);
                return result;
            }
            const qsizetype at = source.indexOf(rest.first(lo), from);
            std::fill(covered.begin() + at, covered.begin() + at + lo, true);
            from = at + lo;
            rest = rest.sliced(lo);
        }
    }
    for (qsizetype i = 0; i < source.size();) {
        if (covered.at(i)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < source.size() && !covered.at(end))
            ++end;
        const QStringView gap = QStringView(source).mid(i, end - i);
        if (gap.contains(u'。') && gap.size() >= 10) {
            if (result.leftOutSentences++ == 0)
                result.leftOutExample = quote(gap);
        }
        i = end;
    }
    return result;
}

} // namespace Kansa::SourceText
