#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextDocument>
#include <QTextFrame>
#include <QPaintDevice>
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
    // The headings just above a table go with it: a run of them (a section's heading, then its
    // first article's) moves whole, from the first.
    QTextBlock heading;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid()) {
            const QTextBlock b = it.currentBlock();
            if (b.blockFormat().headingLevel() == 0)
                heading = QTextBlock();
            else if (!heading.isValid())
                heading = b;
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

namespace {

struct RowBox
{
    qreal top = 0;
    qreal bottom = 0;
};

// The extent of a row's own cells (a cell spanning down from an earlier row is left out).
// Blocks are looked up by position: a cursor would shape a line of text for each cell.
RowBox rowBox(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    const QTextDocument *document = table->document();
    RowBox box { 1e18, -1e18 };
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        const QRectF first = layout->blockBoundingRect(document->findBlock(cell.firstPosition()));
        const QRectF last = layout->blockBoundingRect(document->findBlock(cell.lastPosition()));
        box.top = std::min(box.top, first.top());
        box.bottom = std::max(box.bottom, last.bottom());
    }
    return box;
}

} // namespace

namespace {

// Moves rows from..end of a table into a new table right after it that starts the next page,
// under a copy of the header rows, marked as a continuation. Returns the new table.
QTextTable *splitTable(QTextDocument &document, QTextTable *table, int from)
{
    const int headerRows = table->format().headerRowCount();
    const int rows = table->rows();
    const int columns = table->columns();
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setProperty(ContinuedProperty, true);
    QTextCursor at(&document);
    at.setPosition(table->lastPosition() + 1);
    at.beginEditBlock();
    QTextTable *next = at.insertTable(headerRows + rows - from, columns, format);
    auto copyRow = [&](int source, int target) {
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(source, c);
            QTextTableCell copy = next->cellAt(target, c);
            copy.setFormat(cell.format());
            QTextCursor select = cell.firstCursorPosition();
            QTextCursor into = copy.firstCursorPosition();
            into.setBlockFormat(select.blockFormat());
            into.setBlockCharFormat(select.blockCharFormat());
            select.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
            into.insertFragment(select.selection());
        }
    };
    for (int r = 0; r < headerRows; ++r)
        copyRow(r, r);
    for (int r = from; r < rows; ++r)
        copyRow(r, headerRows + r - from);
    table->removeRows(from, rows - from);
    at.endEditBlock();
    return next;
}

} // namespace

int keepRowsTogether(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    if (page <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int moved = 0;
    // The root frame's children change as tables split: walk them by index.
    for (int i = 0; i < document.rootFrame()->childFrames().size(); ++i) {
        auto *table = qobject_cast<QTextTable *>(document.rootFrame()->childFrames().at(i));
        if (!table || table->rows() < 2)
            continue;
        const QRectF tableBox = layout->frameBoundingRect(table);
        if (int(tableBox.top() / page) == int((tableBox.bottom() - 0.5) / page))
            continue; // on one page
        const int headerRows = table->format().headerRowCount();
        const qreal header = headerRows > 0
            ? rowBox(layout, table, headerRows - 1).bottom - rowBox(layout, table, 0).top
            : 0;
        // The first row (under the header) that a page boundary cuts and that fits a page
        // starts a continuation table on the next page; that table is checked in turn.
        for (int r = headerRows + 1; r < table->rows(); ++r) {
            const RowBox box = rowBox(layout, table, r);
            if (box.bottom <= box.top)
                continue;
            if (int(box.top / page) == int((box.bottom - 0.5) / page))
                continue;
            if (box.bottom - box.top > page * 0.9 - header)
                continue; // taller than a page: it flows on, marked （続き）
            splitTable(document, table, r);
            ++moved;
            break;
        }
    }
    return moved;
}

QList<QList<qreal>> continuedTables(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    QList<QList<qreal>> pages(document.pageCount());
    if (page <= 0)
        return pages;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        const int first = int(box.top() / page);
        const int last = int((box.bottom() - 0.5) / page);
        if (table->format().boolProperty(ContinuedProperty) && first < pages.size())
            pages[first].append(box.top());
        for (int p = first + 1; p <= last && p < pages.size(); ++p)
            pages[p].append(p * page);
    }
    return pages;
}

} // namespace Kansa::PageBreaks
