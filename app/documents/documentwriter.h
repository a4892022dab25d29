#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Kansa::DocumentWriter {

struct PdfOptions
{
    QString title; // the PDF's title (document info and XMP)
    bool pageNumbers = true; // "n / N" at the foot of each page when there is more than one
    bool landscape = false; // A4 landscape (a ledger's wide table) instead of portrait
};

/// Lays the document out on A4 pages (margins 20 mm, foot 10 mm) and writes it as PDF/A-1b
/// with every font embedded. The file is written through QSaveFile, so an existing file is
/// replaced only by a complete one. Returns the page count, or 0 with *error set. The document
/// is laid out for the screen again afterwards (its layout never keeps the closed writer).
int writePdf(QTextDocument &document, const QString &path, const PdfOptions &options,
    QString *error = nullptr);

/// Lays the document out on the device's A4 pages exactly as writePdf() does and paints pages
/// from..to (0-based; to = -1: the last) as text and vector graphics, at the device's own
/// resolution: printing keeps text as text. Returns the page count, or 0.
int paint(QTextDocument &document, QPagedPaintDevice &device, const PdfOptions &options,
    int from = 0, int to = -1);

/// The same document as OpenDocument Text, for offices that finish letters in a word processor.
bool writeOdt(QTextDocument &document, const QString &path, QString *error = nullptr);

} // namespace Kansa::DocumentWriter
