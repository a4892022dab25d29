#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace Kansa::PageBreaks {

int keepTablesTogether(QTextDocument &document)
{
    const QSizeF pageSize = document.pageSize();
    const qreal page = pageSize.height();
    if (page <= 0)
        return 0;
    // Lay the document out once on an endless page, then walk it in order placing each table
    // where it lands once the tables before it moved (shift); the breaks go in together, so
    // the pages are laid out only once more. A paragraph cut by a page boundary moves a line
    // down, which the walk does not see: a small margin keeps the estimate on the safe side.
    document.setPageSize(QSizeF(pageSize.width(), 1e9));
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal margin = page / 60;
    struct Break
    {
        QTextTable *table;
        QTextBlock heading;
        bool tall;
    };
    QList<Break> breaks;
    qreal shift = 0;
    QTextBlock heading; // the heading just above a table goes with it
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid()) {
            const QTextBlock b = it.currentBlock();
            heading = b.blockFormat().headingLevel() > 0 ? b : QTextBlock();
            continue;
        }
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        const QTextBlock above = heading;
        heading = {};
        if (!table)
            continue;
        const QRectF r = layout->frameBoundingRect(table);
        if (r.height() > page - margin) {
            if (table->format().headerRowCount() == 0 && table->rows() > 1)
                breaks.append(Break { table, QTextBlock(), true }); // continues under its header
            continue;
        }
        const qreal lead = above.isValid() ? r.top() - layout->blockBoundingRect(above).top() : 0;
        const qreal top = r.top() + shift - lead;
        const qreal firstPage = std::floor(top / page);
        if (std::floor((top + lead + r.height() + margin) / page) != firstPage
            && lead + r.height() + margin <= page) {
            breaks.append(Break { table, above, false });
            shift += (firstPage + 1) * page - top;
        }
    }
    document.setPageSize(pageSize);
    QTextCursor edit(&document);
    edit.beginEditBlock(); // one layout for every change
    int moved = 0;
    for (const Break &b : std::as_const(breaks)) {
        QTextTableFormat format = b.table->format();
        if (b.tall) {
            format.setHeaderRowCount(1);
        } else if (b.heading.isValid()) {
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b.heading).mergeBlockFormat(f);
            ++moved;
            continue;
        } else {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            ++moved;
        }
        b.table->setFormat(format);
    }
    edit.endEditBlock();
    return moved;
}

int moveCutTables(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    if (page <= 0)
        return 0;
    int moved = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        if (box.height() > page * 0.95)
            continue;
        if (int(box.top() / page) == int((box.bottom() - 0.5) / page))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format); // later tables are measured in the new layout
        ++moved;
    }
    return moved;
}

} // namespace Kansa::PageBreaks
