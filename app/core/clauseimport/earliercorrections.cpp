#include "clauseimport/earliercorrections.h"

#include "clauseimport/clausereview.h"
#include "clauseimport/obligationclassifier.h"

#include <QHash>

namespace Kansa::EarlierCorrections {

namespace {

// A paragraph as compared across versions: its text and its items', spaces dropped.
QString key(const Paragraph &p)
{
    QString k = p.text;
    for (const ClauseItem &i : p.items)
        k += u'\n' + i.label + i.text;
    k.remove(u' ');
    k.remove(QChar(0x3000));
    return k;
}

} // namespace

int apply(ClauseReview &review, const QList<ClauseDocument> &earlier)
{
    QHash<QString, bool> corrected;
    for (const ClauseDocument &d : earlier)
        for (const Article &a : d.articles)
            for (const Paragraph &p : a.paragraphs)
                if (p.obligation != ObligationClassifier::isObligation(p))
                    corrected.insert(key(p), p.obligation); // later versions come later and win
    if (corrected.isEmpty())
        return 0;
    int applied = 0;
    const QList<Article> articles = review.document().articles;
    for (int a = 0; a < articles.size(); ++a)
        for (int p = 0; p < articles.at(a).paragraphs.size(); ++p) {
            const Paragraph &paragraph = articles.at(a).paragraphs.at(p);
            const auto it = corrected.constFind(key(paragraph));
            if (it != corrected.cend() && *it != paragraph.obligation) {
                review.setObligation(a, p, *it);
                ++applied;
            }
        }
    return applied;
}

} // namespace Kansa::EarlierCorrections
