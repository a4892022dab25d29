#include "import/clauselines.h"

#include "text/textnormalizer.h"
#include "text/unicodepattern.h"

namespace Kansa {

namespace {

bool isPageNumber(const QString &line, bool atPageEdge)
{
    static const QRegularExpression always = unicodePattern(QStringLiteral(
        R"(^(?:[-－‐―–—]\s*[0-9０-９]{1,4}\s*[-－‐―–—]|[-－]?\s*[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}\s*[-－]?|(?:[Pp]age|[Pp]\.)\s*[0-9]{1,4}|[0-9０-９]{1,4}\s*ページ|[0-9０-９]{1,4}\s*頁)$)"));
    static const QRegularExpression edge
        = unicodePattern(QStringLiteral(R"(^[(（]?[0-9０-９]{1,4}[)）]?$)"));
    return always.match(line).hasMatch() || (atPageEdge && edge.match(line).hasMatch());
}

QString collapseSpaces(const QString &line)
{
    static const QRegularExpression runs = unicodePattern(QStringLiteral("[ \\t]{2,}"));
    QString s = line;
    s.replace(runs, QStringLiteral(" "));
    return s;
}

} // namespace

QList<SourceLine> splitClauseLines(const QString &normalizedText)
{
    const bool paged = normalizedText.contains(u'\f');
    QList<SourceLine> out;
    const QStringList pages = normalizedText.split(u'\f');
    for (const QString &page : pages) {
        const QStringList raw = page.split(u'\n');
        int first = -1, last = -1;
        for (int i = 0; i < raw.size(); ++i) {
            if (!TextNormalizer::trimmed(raw.at(i)).isEmpty()) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        bool blank = false;
        for (int i = 0; i < raw.size(); ++i) {
            const QString text = collapseSpaces(TextNormalizer::trimmed(raw.at(i)));
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            const bool edge = paged && (i == first || i == last);
            if (isPageNumber(text, edge))
                continue;
            out.append({ text, blank, edge });
            blank = false;
        }
    }
    return out;
}

} // namespace Kansa
