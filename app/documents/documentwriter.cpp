#include "documentwriter.h"

#include "documentfonts.h"
#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
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

} // namespace

int paint(QTextDocument &document, QPagedPaintDevice &device, const PdfOptions &options, int from, int to)
{
    const int dpi = device.logicalDpiY();
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
        options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(20, 20, 20, 12), QPageLayout::Millimeter));
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    const int footer = int(10 / 25.4 * dpi + 0.5);
    const QSizeF body(paintRect.width(), paintRect.height() - footer);

    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body);
    PageBreaks::keepTablesTogether(document); // a table row never splits when it fits a page
    PageBreaks::moveCutTables(document);
    PageBreaks::keepRowsTogether(document);
    const int pages = document.pageCount();
    const QList<QList<qreal>> continued = PageBreaks::continuedTables(document);
    to = to < 0 ? pages - 1 : qMin(to, pages - 1);

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QFont footFont(DocumentFonts::mincho());
    footFont.setPointSizeF(9);
    const qreal footLine = QFontMetricsF(footFont, &device).height();
    for (int page = qMax(0, from); page <= to; ++page) {
        if (page > from)
            device.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        // A line laid out exactly at the next page's top touches this page's rectangle; the
        // clip hides it on paper, but its text would still be in this page's content (and
        // be extracted twice). Stop just short of the boundary.
        document.drawContents(&painter, view.adjusted(0, 0.01, 0, -0.01));
        painter.restore();
        // A table that runs on from the page before says so above its repeated header.
        painter.setFont(footFont);
        painter.setPen(Qt::black);
        for (const qreal top : continued.value(page))
            painter.drawText(QRectF(0, top - page * body.height() - footLine, body.width(), footLine),
                Qt::AlignRight | Qt::AlignBottom, QStringLiteral("（続き）"));
        if (options.pageNumbers && pages > 1) {
            painter.setFont(footFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignCenter,
                QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
        }
    }
    painter.end();
    return pages;
}

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
        pages = paint(document, writer, options);
        // The writer goes out of scope here: a layout left pointing at it would crash the
        // next caller that measures the document (a cursor, a second export).
        document.documentLayout()->setPaintDevice(nullptr);
        if (!pages) {
            if (error)
                *error = tr("Cannot start the PDF writer for %1.").arg(path);
            file.cancelWriting();
            return 0;
        }
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
