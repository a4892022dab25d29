#pragma once

#include <QString>

class QTextDocument;

namespace Kansa::DocumentWriter {

struct PdfOptions
{
    QString title; // the PDF's title (document info and XMP)
    bool pageNumbers = true; // "n / N" at the foot of each page when there is more than one
};

/// A property of a table's format: the table is kept on one page (moved to the next page
/// when it would be split), unless it is taller than a page.
constexpr int KeepTogether = 0x100000 + 1; // QTextFormat::UserProperty + 1

/// Lays the document out on A4 portrait pages (margins 20 mm, foot 10 mm) and writes it as
/// PDF/A-1b with every font embedded. The file is written through QSaveFile, so an existing
/// file is replaced only by a complete one. Returns the page count, or 0 with *error set.
int writePdf(QTextDocument &document, const QString &path, const PdfOptions &options,
    QString *error = nullptr);

/// The same document as OpenDocument Text, for offices that finish letters in a word processor.
bool writeOdt(QTextDocument &document, const QString &path, QString *error = nullptr);

} // namespace Kansa::DocumentWriter
