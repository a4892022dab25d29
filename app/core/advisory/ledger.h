#pragma once

#include "advisory/advisory.h"

#include <QIODevice>

namespace Kansa::Ledger {

/// The follow-up ledger's judgements and its spreadsheet form, shared by the GUI's ledger,
/// its printout and `kansa-cli followup list`.

/// Still waiting for the contractor or for Kansa's user: open, responded or returned.
bool isPending(const DueItem &row);
/// Not closed yet: pending, or verified and waiting for the office to close it (the ledger's
/// 未完了, and what `kansa-cli followup list` lists by default).
bool isNotClosed(const DueItem &row);
/// Pending with a deadline before the ledger's day.
bool isOverdue(const DueItem &row);
/// Pending with a deadline within the next `days` days (today included), not overdue.
bool isDueWithin(const DueItem &row, int days);
/// "3 days overdue", "12 days left", "due today"; empty when nothing is pending or there is no deadline.
QString dueText(const DueItem &row);

/// The column titles of the CSV and of the printed ledger, in the UI language.
QStringList columnTitles();
/// One row's cells, in the order of columnTitles().
QStringList cells(const DueItem &row);

/// The rows as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Japanese),
/// CRLF, fields quoted where needed, and cells that a spreadsheet would run as a formula
/// (starting with = + - @) prefixed with an apostrophe.
bool writeCsv(const QList<DueItem> &rows, QIODevice &out, QString *error = nullptr);

} // namespace Kansa::Ledger
