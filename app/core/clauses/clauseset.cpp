#include "clauses/clauseset.h"

#include "calendar/japanesenumerals.h"

#include <QSet>

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
    QString key = JapaneseNumerals::toHalfWidthDigits(number);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

QString ClauseDocument::repeatedNumber() const
{
    QSet<QString> seen;
    for (const Article &a : articles) {
        const QString key = a.numberKey();
        if (!key.isEmpty() && seen.contains(key))
            return a.number;
        seen.insert(key);
    }
    return {};
}

} // namespace Kansa
