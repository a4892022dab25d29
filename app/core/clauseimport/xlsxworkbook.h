#pragma once

#include "clauseimport/importerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kansa {

class ZipPackage;

/// The cells of an Excel workbook (.xlsx) as Excel shows them: text of shared and inline strings
/// (without the phonetic guides), numbers as written, line breaks inside a cell kept, and a
/// merged range's value in each of its cells. Hidden sheets and rows are marked, not dropped.
/// Untrusted input: the zip's limits (ZipPackage), no DTD, bounded nesting, rows and cells.
struct XlsxSheet
{
    QString name;
    bool hidden = false;
    QList<QStringList> rows; // [row][column], 0-based; ragged
    QList<bool> hiddenRows; // as rows
    QList<QStringList> formats; // [row][column]: the cell's number format ("" = General)

    QString cell(int row, int column) const;
    QString format(int row, int column) const;
    bool isRowHidden(int row) const { return row < hiddenRows.size() && hiddenRows.at(row); }
    int columnCount() const;
};

class XlsxWorkbook
{
public:
    static constexpr int MaxRows = 100'000;
    static constexpr int MaxCells = 2'000'000;
    static constexpr int MaxColumns = 16'384; // Excel's XFD

    struct Result
    {
        QList<XlsxSheet> sheets; // in the workbook's order
        ImportError error;
    };

    static bool isXlsx(const ZipPackage &package);
    static Result read(const ZipPackage &package);
    /// The same from bytes (an .xlsx file, or anything else: a clear error).
    static Result read(const QByteArray &bytes);

    /// One sheet from its parts' XML (shared strings and styles may be empty): the fuzzer's entry.
    static Result readXml(const QByteArray &sharedStrings, const QByteArray &styles, const QByteArray &sheet);

    /// "B" → 1, "AA" → 26; -1 when it is not a column name.
    static int columnIndex(const QString &letters);
    /// 1 → "B".
    static QString columnName(int index);
};

} // namespace Kansa
