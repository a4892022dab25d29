#pragma once

#include <QList>

class QTextDocument;

namespace Kansa::PageBreaks {

/// A table format property: the table continues the one before it (split at a page).
constexpr int ContinuedProperty = 0x100000 + 71; // QTextFormat::UserProperty + 71

/// Keeps every top-level table of a paginated document on one page when it fits on one: a
/// table that would cross a page boundary starts the next page instead. A table taller than a
/// page keeps flowing, and repeats its header row (the first) on each page it continues on.
/// Call after the page size is set; returns how many tables were moved.
int keepTablesTogether(QTextDocument &document);

/// The same, checked against the real pagination after keepTablesTogether() estimated it: a
/// table that fits a page but is still cut (the estimate cannot see a taller table before it
/// repeating its header) starts the next page. Returns how many tables were moved.
int moveCutTables(QTextDocument &document);

/// Within a table that does not fit a page, a row that a page boundary would cut starts the
/// next page instead, unless the row itself is taller than a page: the table is split there
/// and the rest continues in a new table under a copy of its header rows, marked with
/// ContinuedProperty. Checked against the real pagination, one boundary at a time; call after
/// the two above. Returns how many rows were moved.
int keepRowsTogether(QTextDocument &document);

/// Where a top-level table continues from the previous page: for each page (0-based), the
/// top of each table that runs on from the page before, in document coordinates. The writer
/// marks it 「（続き）」 above the repeated header.
QList<QList<qreal>> continuedTables(QTextDocument &document);

} // namespace Kansa::PageBreaks
