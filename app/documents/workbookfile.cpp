#include "workbookfile.h"

#include "platform/narrowpath.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::WorkbookFile", text);
}

constexpr int kMaxCellChars = 32767; // Excel's limit for one cell
constexpr double kLinePoints = 15; // one line of 10 pt text (13.5 in Excel's ＭＳ ゴシック, 14.5 in Noto Sans CJK)

// Excel's cells take UTF-8 without the characters XML cannot carry.
QByteArray cellText(const QString &text)
{
    QString t = text.left(kMaxCellChars);
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : t)
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            c = u' ';
    return t.toUtf8();
}

bool wide(char32_t c)
{
    if (c >= 0xFF61 && c <= 0xFF9F)
        return false; // half-width katakana
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2460 && c <= 0x27BF) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

} // namespace

WorkbookFile::WorkbookFile(bool eraDates)
{
    if (!m_dir.isValid())
        return;
    // libxlsxwriter opens its files with fopen(): a path every code page can carry.
    const QByteArray dir = NarrowPath::of(m_dir.path());
    if (dir.isEmpty())
        return;
    const QByteArray path = dir + "/book.xlsx";
    lxw_workbook_options options {};
    options.tmpdir = const_cast<char *>(dir.constData());
    m_book = workbook_new_opt(path.constData(), &options);
    if (!m_book)
        return;
    for (int s = 0; s <= int(Style::DateValue); ++s) {
        lxw_format *f = workbook_add_format(m_book);
        format_set_font_name(f, "ＭＳ ゴシック");
        format_set_font_size(f, 10);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        switch (Style(s)) {
        case Style::Title:
            format_set_font_size(f, 14);
            format_set_bold(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            break;
        case Style::Note:
            break;
        case Style::Label:
            format_set_bg_color(f, 0xEEEEEE);
            format_set_border(f, LXW_BORDER_THIN);
            break;
        case Style::Header:
            format_set_bold(f);
            format_set_bg_color(f, 0xE0E0E0);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_text_wrap(f);
            break;
        case Style::Value:
        case Style::Text:
            format_set_border(f, LXW_BORDER_THIN);
            format_set_text_wrap(f);
            break;
        case Style::Center:
        case Style::Number:
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_CENTER);
            break;
        case Style::Date:
        case Style::DateValue:
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, Style(s) == Style::Date ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
            // Excel's Japanese calendar (ggg = 令和, e = the year of the era); LibreOffice reads it too.
            format_set_num_format(f, eraDates ? "[$-411]ggge\"年\"m\"月\"d\"日\"" : "yyyy/mm/dd");
            break;
        }
        m_formats << f;
    }
}

WorkbookFile::~WorkbookFile()
{
    if (m_book)
        lxw_workbook_free(m_book); // never closed: nothing is written
}

WorkbookFile::Sheet WorkbookFile::addSheet(const QString &name)
{
    lxw_worksheet *sheet = m_book ? workbook_add_worksheet(m_book, name.left(31).toUtf8().constData()) : nullptr;
    if (!sheet)
        return {};
    m_sheets << sheet;
    return { int(m_sheets.size()) - 1 };
}

void WorkbookFile::writeMerged(Sheet at, int row, int firstCol, int lastCol, const QVariant &value, Style style)
{
    worksheet_merge_range(raw(at), lxw_row_t(row), lxw_col_t(firstCol), lxw_row_t(row), lxw_col_t(lastCol), "", format(style));
    write(at, row, firstCol, value, style);
}

void WorkbookFile::setRowHeight(Sheet at, int row, double points)
{
    worksheet_set_row(raw(at), lxw_row_t(row), points, nullptr);
}

void WorkbookFile::setRowHeightPixels(Sheet at, int row, int pixels)
{
    worksheet_set_row_pixels(raw(at), lxw_row_t(row), uint32_t(pixels), nullptr);
}

void WorkbookFile::setColumnWidth(Sheet at, int col, double width)
{
    worksheet_set_column(raw(at), lxw_col_t(col), lxw_col_t(col), width, nullptr);
}

void WorkbookFile::setColumnWidthPixels(Sheet at, int col, int pixels)
{
    worksheet_set_column_pixels(raw(at), lxw_col_t(col), lxw_col_t(col), uint32_t(pixels), nullptr);
}

void WorkbookFile::keepHeaderRows(Sheet at, int rows)
{
    worksheet_repeat_rows(raw(at), 0, lxw_row_t(rows - 1));
    worksheet_freeze_panes(raw(at), lxw_row_t(rows), 0);
}

void WorkbookFile::insertImage(Sheet at, int row, int col, const QByteArray &image, double scale, int xOffset, int yOffset)
{
    lxw_image_options options {};
    options.x_offset = xOffset;
    options.y_offset = yOffset;
    options.x_scale = scale;
    options.y_scale = scale;
    options.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
    worksheet_insert_image_buffer_opt(raw(at), lxw_row_t(row), lxw_col_t(col),
        reinterpret_cast<const unsigned char *>(image.constData()), size_t(image.size()), &options);
}

void WorkbookFile::restrictToList(Sheet at, int firstRow, int lastRow, int col, const QStringList &values)
{
    QList<QByteArray> utf8;
    QList<const char *> list;
    for (const QString &v : values)
        utf8 << v.toUtf8();
    for (const QByteArray &v : std::as_const(utf8))
        list << v.constData();
    list << nullptr;
    lxw_data_validation validation {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char **>(list.data());
    validation.ignore_blank = LXW_VALIDATION_ON;
    worksheet_data_validation_range(raw(at), lxw_row_t(firstRow), lxw_col_t(col), lxw_row_t(lastRow), lxw_col_t(col), &validation);
}

void WorkbookFile::write(Sheet at, int row, int col, const QVariant &value, Style style)
{
    lxw_worksheet *sheet = raw(at);
    lxw_format *f = format(style);
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        if (!d.isValid()) {
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(col), f);
            return;
        }
        lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0 };
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(col), &dt, f);
        return;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), value.toDouble(), f);
        return;
    default: {
        const QString text = value.toString();
        if (text.isEmpty())
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(col), f);
        else
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cellText(text).constData(), f);
    }
    }
}

int WorkbookFile::writeTable(Sheet at, int firstRow, const QList<Column> &columns,
    const QList<QVariantList> &rows)
{
    lxw_worksheet *sheet = raw(at);
    // Widths first: the text's widest line, within the column's bounds.
    QList<double> widths;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Column &column = columns.at(c);
        int widest = column.style == Style::Date ? 16 : 0; // 令和10年12月31日
        for (const QVariantList &row : rows)
            if (c < row.size() && row.at(c).typeId() == QMetaType::QString)
                widest = std::max(widest, displayWidth(row.at(c).toString()));
            else if (c < row.size() && row.at(c).typeId() != QMetaType::QDate)
                widest = std::max(widest, int(row.at(c).toString().size()));
        const double width = std::clamp(widest + 2.0, column.minWidth, std::max(column.minWidth, column.maxWidth));
        widths << width;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    // Rows as high as their wrapped text: a file's row heights are not recalculated when it is
    // opened (LibreOffice keeps them; Excel only for rows it edits).
    auto heightOf = [&](const QVariantList &cells) {
        int lines = 1;
        for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c)
            if (cells.at(c).typeId() == QMetaType::QString)
                lines = std::max(lines, lineCount(cells.at(c).toString(), widths.at(c)));
        return std::min(409.0, lines * kLinePoints + 2); // 409 pt: Excel's highest row
    };
    QVariantList titles;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        write(at, firstRow, int(c), columns.at(c).title, Style::Header);
        titles << columns.at(c).title;
    }
    worksheet_set_row(sheet, lxw_row_t(firstRow), heightOf(titles), nullptr);
    int r = firstRow + 1;
    for (const QVariantList &cells : rows) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            write(at, r, int(c), c < cells.size() ? cells.at(c) : QVariant(), columns.at(c).style);
        worksheet_set_row(sheet, lxw_row_t(r), heightOf(cells), nullptr);
        ++r;
    }
    worksheet_repeat_rows(sheet, lxw_row_t(firstRow), lxw_row_t(firstRow));
    worksheet_freeze_panes(sheet, lxw_row_t(firstRow + 1), 0);
    if (!rows.isEmpty() && !columns.isEmpty())
        worksheet_autofilter(sheet, lxw_row_t(firstRow), 0, lxw_row_t(r - 1), lxw_col_t(columns.size() - 1));
    return r;
}

void WorkbookFile::setUpPrinting(Sheet at, const QString &header)
{
    lxw_worksheet *sheet = raw(at);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0); // the width of one page, as many pages down as needed
    worksheet_set_margins(sheet, 0.4, 0.4, 0.7, 0.6);
    QString h = header;
    h.replace(u'&', QStringLiteral("&&"));
    worksheet_set_header(sheet, QStringLiteral("&C%1").arg(h).left(254).toUtf8().constData());
    worksheet_set_footer(sheet, "&C&P / &N");
}

bool WorkbookFile::save(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_book)
        return fail(tr("The workbook could not be started (no temporary folder)."));
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (closed != LXW_NO_ERROR)
        return fail(tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile written(m_dir.filePath(QStringLiteral("book.xlsx")));
    if (!written.open(QIODevice::ReadOnly))
        return fail(written.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(out.errorString());
    char buffer[1 << 16];
    for (qint64 n; (n = written.read(buffer, sizeof buffer)) > 0;)
        if (out.write(buffer, n) != n)
            return fail(out.errorString());
    if (written.error() != QFileDevice::NoError)
        return fail(written.errorString());
    return out.commit() || fail(out.errorString());
}

int WorkbookFile::displayWidth(const QString &text)
{
    int widest = 0, width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            widest = std::max(widest, width);
            width = 0;
            continue;
        }
        width += wide(c) ? 2 : 1;
    }
    return std::max(widest, width);
}

int WorkbookFile::lineCount(const QString &text, double width)
{
    // A column of width w is w × 7 + 5 pixels (Calibri 11's digit, Excel's unit), less the cell's
    // padding; a half-width character of 10 pt ＭＳ ゴシック is 6.67 pixels, a full-width one 13.33.
    const int perLine = std::max(2, int((width * 7 + 5 - 4) / 6.67));
    int lines = 0;
    for (const QString &line : text.split(u'\n')) {
        int used = 0, count = 1;
        for (const char32_t c : line.toUcs4()) {
            const int w = wide(c) ? 2 : 1;
            if (used + w > perLine) {
                ++count;
                used = 0;
            }
            used += w;
        }
        lines += count;
    }
    return lines;
}

} // namespace Kansa
