#include "articlehtml.h"

namespace Kansa::ArticleHtml {

QString render(const QList<CheckItem> &items, qint64 currentId, const DocumentSettings &settings)
{
    if (items.isEmpty())
        return {};
    const QString mark = QStringLiteral(" style=\"background-color:#fff1a8\"");
    QString html = QStringLiteral("<h3>%1　%2</h3>")
                       .arg(settings.digitsOf(items.first().articleNumber).toHtmlEscaped(),
                           items.first().articleHeading.toHtmlEscaped());
    int paragraph = -1;
    for (const CheckItem &c : items) {
        const bool current = c.id == currentId;
        if (c.paragraphOrdinal != paragraph) {
            paragraph = c.paragraphOrdinal;
            const bool whole = current && c.itemLabel.isEmpty();
            const QString number
                = paragraph > 1 ? settings.digitsOf(QString::number(paragraph)) + QStringLiteral("　") : QString();
            html += QStringLiteral("<p%1>%2%3</p>")
                        .arg(whole ? mark : QString(), number, c.paragraphText.toHtmlEscaped());
        }
        if (!c.itemLabel.isEmpty())
            html += QStringLiteral("<p style=\"margin-left:2em\"><span%1>%2　%3</span></p>")
                        .arg(current ? mark : QString(), settings.digitsOf(c.itemLabel).toHtmlEscaped(),
                            c.itemText.toHtmlEscaped());
    }
    return html;
}

} // namespace Kansa::ArticleHtml
