#pragma once

#include "clauses/clauseset.h"
#include "clauseimport/importerror.h"
#include "clauseimport/xlsxworkbook.h"

#include <functional>
#include <optional>

namespace Kansa {

/// Which columns of an office's own checklist hold what (0-based; -1 = none).
struct ChecklistColumns
{
    int number = -1; // the article number (No, 番号, 条項)
    int heading = -1; // 見出し, 項目
    int text = -1; // 確認事項, 確認内容, 内容, チェック項目 (required)
    int scored = -1; // whether the row is scored (○ / ×); every row is when there is none
    bool operator==(const ChecklistColumns &) const = default;

    /// "number=B,heading=C,text=D,scored=E" (the CLI's --columns); nothing and *why when wrong.
    static std::optional<ChecklistColumns> parse(const QString &spec, QString *why);
    /// One column chosen for two things.
    bool sharesAColumn() const;
    QString spec() const;
};

/// Where a checklist is in a workbook: the sheet, its header row (0-based) and the columns.
struct ChecklistLayout
{
    QString sheet;
    int headerRow = -1;
    ChecklistColumns columns;
    bool operator==(const ChecklistLayout &) const = default;

    bool isValid() const { return !sheet.isEmpty() && headerRow >= 0 && columns.text >= 0; }
    QString toJson() const;
    static std::optional<ChecklistLayout> fromJson(const QString &json);
};

/// An office's checklist kept in Excel, read as a clause set: one row per check item, rows that
/// share an article number (written or merged) become that article's paragraphs, hidden rows and
/// sheets are left out. Kansa finds the header row and the columns from the usual header words
/// unless it is told them; a layout the user chose is remembered under the workbook's layout
/// (its sheet name and header cells).
namespace ChecklistSheet {

struct Options
{
    QString sheet; // empty: the first visible sheet with a checklist
    int headerRow = -1; // 0-based; -1: found
    std::optional<ChecklistColumns> columns; // nothing: found from the header words
    /// The layout remembered under a layout key, if any (asked before finding one).
    std::function<std::optional<ChecklistLayout>(const QString &key)> remembered;
};

struct Result
{
    ClauseDocument document;
    QString text; // the rows as text: what the structure's corrections are checked against
    ChecklistLayout layout; // what was used
    QString layoutKey; // where to remember it
    bool found = false; // the columns were found from the header words (not given or remembered)
    bool rememberedLayout = false;
    QString description; // describe() of the layout used ("" when no sheet had one)
    ImportError error;
};

Result read(const QList<XlsxSheet> &sheets, const Options &options, const QString &fallbackTitle);

/// The columns the header row names, from the usual words; nothing when no text column.
std::optional<ChecklistColumns> detectColumns(const XlsxSheet &sheet, int headerRow);
/// The first of the top rows that names a text column.
int detectHeaderRow(const XlsxSheet &sheet);
/// The header's cells, each replaced by the word under it where a second header row follows
/// (「確認事項」 merged over 「項目」 and 「内容」); the first row of data after them.
QStringList headerCells(const XlsxSheet &sheet, int headerRow);
int firstDataRow(const XlsxSheet &sheet, int headerRow);
/// The key a layout is remembered under: the sheet's name and its header row's cells.
QString layoutKey(const XlsxSheet &sheet, int headerRow);
/// "sheet 「チェックリスト」, header row 3: number = B (No), …" in the UI language.
QString describe(const XlsxSheet &sheet, const ChecklistLayout &layout);

} // namespace ChecklistSheet

} // namespace Kansa
