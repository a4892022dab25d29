#pragma once

class QTextDocument;

namespace Kansa::PageBreaks {

/// Keeps every top-level table of a paginated document on one page when it fits on one: a
/// table that would cross a page boundary starts the next page instead. A table taller than a
/// page keeps flowing, and repeats its header row (the first) on each page it continues on.
/// Call after the page size is set; returns how many tables were moved.
int keepTablesTogether(QTextDocument &document);

/// The same, checked against the real pagination after keepTablesTogether() estimated it: a
/// table that fits a page but is still cut (the estimate cannot see a taller table before it
/// repeating its header) starts the next page. Returns how many tables were moved.
int moveCutTables(QTextDocument &document);

} // namespace Kansa::PageBreaks
