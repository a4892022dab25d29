#pragma once

#include <QList>
#include <QString>

namespace Kansa {

/// One non-empty, trimmed line of a clause document.
struct SourceLine
{
    QString text;
    bool blankBefore = false; // an empty line preceded it
    bool pageEdge = false; // first or last line of a page (PDF text has form feeds)
    bool pageNumber = false; // kept only on request: a page number, not text
    bool operator==(const SourceLine &) const = default;
};

/// Splits normalized document text into content lines; page numbers ("- 2 -", "2/5", and bare
/// numbers at the top or bottom of a page) are dropped, or kept marked as such.
QList<SourceLine> splitClauseLines(const QString &normalizedText, bool keepPageNumbers = false);

} // namespace Kansa
