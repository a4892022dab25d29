#include "documentwriter.h"

#include "documentfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QTextFrame>
#include <QTextTable>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Kansa::DocumentWriter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::DocumentWriter", text);
}

constexpr int Dpi = 300;

int mmToPx(double mm) { return int(mm / 25.4 * Dpi + 0.5); }

} // namespace

namespace {

// Tables marked KeepTogether that a page boundary would cut start on the next page instead.
void keepTablesTogether(QTextDocument &document, qreal pageHeight)
{
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().boolProperty(KeepTogether))
            continue;
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        const int first = int(box.top() / pageHeight), last = int((box.bottom() - 0.5) / pageHeight);
        if (first == last || box.height() > pageHeight)
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

} // namespace

int writePdf(QTextDocument &document, const QString &path, const PdfOptions &options, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Kansa"));
        writer.setResolution(Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(20, 20, 20, 12), QPageLayout::Millimeter));
        const QRect paint = writer.pageLayout().paintRectPixels(Dpi);
        const int footer = mmToPx(10);
        const QSizeF body(paint.width(), paint.height() - footer);

        document.setDocumentMargin(0);
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(body);
        keepTablesTogether(document, body.height());
        pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("Cannot start the PDF writer for %1.").arg(path);
            file.cancelWriting();
            return 0;
        }
        QFont footFont(DocumentFonts::mincho());
        footFont.setPointSizeF(9);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            const QRectF view(0, page * body.height(), body.width(), body.height());
            painter.setClipRect(view);
            // A line laid out exactly at the next page's top touches this page's rectangle; the
            // clip hides it on paper, but its text would still be in this page's content (and
            // be extracted twice). Stop just short of the boundary.
            document.drawContents(&painter, view.adjusted(0, 0.01, 0, -0.01));
            painter.restore();
            if (options.pageNumbers && pages > 1) {
                painter.setFont(footFont);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignCenter,
                    QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
            }
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. The disk may be full; nothing was replaced.")
                         .arg(path, file.errorString());
        return 0;
    }
    return pages;
}

bool writeOdt(QTextDocument &document, const QString &path, QString *error)
{
    // The ODF writer closes its device when done, which QSaveFile forbids: write to memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document)) {
        if (error)
            *error = tr("The document could not be converted to ODF.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. The disk may be full; nothing was replaced.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Kansa::DocumentWriter
