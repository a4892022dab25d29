#pragma once

#include "advisory/advisory.h"
#include "settings/documentsettings.h"

#include "workbookfile.h"

#include <QDate>

namespace Kansa {


/// The follow-up ledger as an Excel workbook (改善勧告事項フォローアップ台帳): one sheet, one row
/// per item with its letter, contractor, clause, severity, finding, improvement, deadline (a
/// date value), days left, state and last step. `kansa-cli followup list --xlsx` and the ledger's
/// Excel button.
namespace LedgerWorkbook {

bool write(const QList<DueItem> &rows, const QDate &today, const DocumentSettings &settings,
    const QString &path, QString *error = nullptr);

/// The items' table on a sheet of book from firstRow on (the audit workbook's 指摘事項 sheet
/// too); withContractor adds the contractor's column. Returns the row after it.
int writeItems(WorkbookFile &book, WorkbookFile::Sheet sheet, int firstRow, const QList<DueItem> &rows,
    bool withContractor);

} // namespace LedgerWorkbook

} // namespace Kansa
