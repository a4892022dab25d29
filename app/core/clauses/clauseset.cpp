#include "clauses/clauseset.h"

#include "calendar/japanesenumerals.h"

#include <QHash>

namespace Kansa {

int ClauseDocument::paragraphCount() const
{
    int n = 0;
    for (const Article &a : articles)
        n += int(a.paragraphs.size());
    return n;
}

int ClauseDocument::itemCount() const
{
    int n = 0;
    for (const Article &a : articles)
        for (const Paragraph &p : a.paragraphs)
            n += int(p.items.size());
    return n;
}

int ClauseDocument::obligationCount() const
{
    int n = 0;
    for (const Article &a : articles)
        for (const Paragraph &p : a.paragraphs)
            n += p.obligation ? 1 : 0;
    return n;
}

QString Article::numberKey() const
{
    return JapaneseNumerals::foldedForComparison(number);
}

std::optional<std::pair<int, int>> ClauseDocument::repeatedNumber() const
{
    QHash<QString, int> seen; // numberKey → position
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString key = articles.at(i).numberKey();
        if (key.isEmpty())
            continue;
        if (const auto first = seen.constFind(key); first != seen.cend())
            return std::pair(*first, int(i) + 1);
        seen.insert(key, int(i) + 1);
    }
    return std::nullopt;
}

} // namespace Kansa
