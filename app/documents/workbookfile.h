#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Kansa {

/// The libxlsxwriter adapter: an Excel workbook (.xlsx) being written, with the few cell styles
/// Kansa's workbooks use (all in one Japanese font, thin borders, wrapped text) and tables whose
/// columns are as wide as their Japanese text needs. It is written into a temporary folder and
/// put in place by save() in one step, so an existing file is replaced whole or not at all.
class WorkbookFile
{
public:
    enum class Style { Title, Note, Label, Value, Header, Text, Center, Number, Date, DateValue };

    /// One column of a table: its title, how wide it may get (Excel's units: about one
    /// half-width character) and how its cells look.
    struct Column
    {
        QString title;
        double minWidth = 6;
        double maxWidth = 40;
        Style style = Style::Text;
    };

    /// eraDates: dates show as 令和8年11月22日 (still date values), else as 2026/11/22.
    explicit WorkbookFile(bool eraDates);
    ~WorkbookFile();
    WorkbookFile(const WorkbookFile &) = delete;
    WorkbookFile &operator=(const WorkbookFile &) = delete;

    /// A sheet of this workbook; false when it could not be added.
    struct Sheet
    {
        int index = -1;
        explicit operator bool() const { return index >= 0; }
    };

    bool isOpen() const { return m_book != nullptr; }
    /// A new sheet (Excel's limit of 31 characters applies to the name).
    Sheet addSheet(const QString &name);

    /// A cell: QString, QDate (a date value; invalid = empty) or a number.
    void write(Sheet sheet, int row, int col, const QVariant &value, Style style);
    /// One value across the columns firstCol…lastCol of a row (merged cells).
    void writeMerged(Sheet sheet, int row, int firstCol, int lastCol, const QVariant &value, Style style);
    void setRowHeight(Sheet sheet, int row, double points);
    void setRowHeightPixels(Sheet sheet, int row, int pixels);
    /// Width in Excel's units (about one half-width character), or in pixels.
    void setColumnWidth(Sheet sheet, int col, double width);
    void setColumnWidthPixels(Sheet sheet, int col, int pixels);
    /// The first rows repeated on every printed page and kept in view when scrolling.
    void keepHeaderRows(Sheet sheet, int rows);
    /// A picture (JPEG or PNG bytes) in a cell, scaled and offset in pixels, moving with it.
    void insertImage(Sheet sheet, int row, int col, const QByteArray &image, double scale, int xOffset, int yOffset);
    /// Cells firstRow…lastRow of a column take one of values (a drop-down list).
    void restrictToList(Sheet sheet, int firstRow, int lastRow, int col, const QStringList &values);
    /// The table's header at firstRow and the rows below, with column widths and row heights to
    /// fit the text, the header repeated on every printed page, frozen and filterable. Returns
    /// the row after the table.
    int writeTable(Sheet sheet, int firstRow, const QList<Column> &columns,
        const QList<QVariantList> &rows);
    /// A4 landscape, fitted to the page width, with the sheet's title in the page header.
    void setUpPrinting(Sheet sheet, const QString &header);

    /// Closes the workbook and puts it at path (replacing what was there).
    bool save(const QString &path, QString *error);

    /// The width of text in half-width characters (a full-width one counts two), of its
    /// longest line.
    static int displayWidth(const QString &text);
    /// The lines text takes in a column of the given width, wrapped as Excel wraps it.
    static int lineCount(const QString &text, double width);

private:
    lxw_worksheet *raw(Sheet sheet) const { return m_sheets.value(sheet.index); }
    lxw_format *format(Style style) const { return m_formats[int(style)]; }

    QTemporaryDir m_dir;
    lxw_workbook *m_book = nullptr;
    QList<lxw_format *> m_formats;
    QList<lxw_worksheet *> m_sheets;
};

} // namespace Kansa
