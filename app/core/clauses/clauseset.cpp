#include "clauses/clauseset.h"

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

} // namespace Kansa
