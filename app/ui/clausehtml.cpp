#include "clausehtml.h"

#include "calendar/japanesenumerals.h"

#include <QCoreApplication>

namespace Kansa::ClauseHtml {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString tr(const char *s)
{
    return QCoreApplication::translate("Kansa::ClauseHtml", s);
}

} // namespace

QString document(
    const ClauseSet &set, int highlightArticle, int highlightParagraph, int highlightItem)
{
    const ClauseDocument &doc = set.document;
    QString h;
    h += QStringLiteral("<html><body style='line-height:160%'>");
    h += QStringLiteral("<h2 style='text-align:center'>") + esc(doc.title)
        + QStringLiteral("</h2>");
    if (!doc.edition.isEmpty() || !doc.issuer.isEmpty())
        h += QStringLiteral("<p style='text-align:right'>") + esc(doc.edition)
            + (doc.issuer.isEmpty() ? QString() : QStringLiteral("<br>") + esc(doc.issuer))
            + QStringLiteral("</p>");
    for (const QString &p : doc.preamble)
        h += QStringLiteral("<p>") + esc(p) + QStringLiteral("</p>");
    for (int a = 0; a < doc.articles.size(); ++a) {
        const Article &article = doc.articles.at(a);
        h += QStringLiteral("<a name='article-%1'></a>").arg(a);
        if (!article.heading.isEmpty())
            h += QStringLiteral("<p style='margin-top:14px; margin-bottom:0'>（")
                + esc(article.heading) + QStringLiteral("）</p>");
        for (int p = 0; p < article.paragraphs.size(); ++p) {
            const Paragraph &para = article.paragraphs.at(p);
            const bool hi = a == highlightArticle
                && (highlightParagraph < 0 || highlightParagraph == p) && highlightItem < 0;
            QString style = QStringLiteral("margin-top:2px; margin-bottom:2px;");
            if (hi)
                style += QStringLiteral(" background-color:#fff3b0;");
            h += QStringLiteral("<p style='%1'>").arg(style);
            if (p == 0)
                h += QStringLiteral("<b>") + esc(article.number) + QStringLiteral("</b>　");
            else
                h += QStringLiteral("<b>%1</b>　").arg(JapaneseNumerals::toFullWidth(para.ordinal));
            h += esc(para.text);
            if (para.obligation)
                h += QStringLiteral(" <span style='color:#b00020; font-size:small'>［%1］</span>")
                         .arg(esc(tr("obligation")));
            h += QStringLiteral("</p>");
            for (int i = 0; i < para.items.size(); ++i) {
                const bool itemHi
                    = a == highlightArticle && p == highlightParagraph && i == highlightItem;
                h += QStringLiteral("<p style='margin:1px 0 1px 2em;%1'>")
                         .arg(itemHi ? QStringLiteral(" background-color:#fff3b0;") : QString())
                    + esc(para.items.at(i).label) + QStringLiteral("　")
                    + esc(para.items.at(i).text) + QStringLiteral("</p>");
            }
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace Kansa::ClauseHtml
