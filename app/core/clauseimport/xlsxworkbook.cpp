#include "clauseimport/xlsxworkbook.h"

#include "clauseimport/safexml.h"
#include "clauseimport/zippackage.h"

#include <QHash>
#include <QRegularExpression>

#include <memory>

namespace Kansa {

namespace {

// A workbook's package that cannot be read says so as a workbook's (not a Word document's).
ImportError::Code packageError(ZipPackage::Error e)
{
    return e == ZipPackage::Error::Damaged || e == ZipPackage::Error::NotAZip ? ImportError::SpreadsheetDamaged
                                                                            : ZipPackage::importError(e);
}

// _x000D_ and the like: characters OOXML escapes in strings.
QString unescape(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    static const QRegularExpression escaped(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escaped.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const char16_t c = char16_t(m.captured(1).toUShort(nullptr, 16));
        if (c != u'\r')
            out += QChar(c);
        last = m.capturedEnd();
    }
    return out + QStringView(s).mid(last);
}

// The text of an <si> or <is>: its runs' <t>, not the phonetic guide (<rPh>).
QString richText(SafeXml &x, QStringView container)
{
    QString text;
    bool phonetic = false;
    while (x.next() && !x.isEnd(container)) {
        if (x.isStart(u"rPh") || x.isStart(u"phoneticPr"))
            phonetic = true;
        else if (x.isEnd(u"rPh") || x.isEnd(u"phoneticPr"))
            phonetic = false;
        else if (x.isStart(u"t")) {
            const QString t = x.elementText();
            if (!phonetic)
                text += t;
        }
    }
    return unescape(text);
}

struct Relationship
{
    QString type;
    QString target;
};

QHash<QString, Relationship> relationships(const QByteArray &xml)
{
    QHash<QString, Relationship> rels;
    SafeXml x(xml);
    while (x.next())
        if (x.isStart(u"Relationship"))
            rels.insert(x.attr(u"Id"), { x.attr(u"Type"), x.attr(u"Target") });
    return x.failed() ? QHash<QString, Relationship>() : rels;
}

// A relationship's target relative to the part's folder ("xl/"), or absolute ("/xl/…").
QString resolve(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const QStringList parts = QString(folder + target).split(u'/');
    QStringList out;
    for (const QString &p : parts) {
        if (p == QLatin1String(".."))
            out.isEmpty() ? void() : out.removeLast();
        else if (p != QLatin1String("."))
            out << p;
    }
    return out.join(u'/');
}

bool parseRef(const QString &ref, int *row, int *column)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    const int c = XlsxWorkbook::columnIndex(ref.left(i));
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (c < 0 || !ok || r < 1)
        return false;
    *row = r - 1;
    *column = c;
    return true;
}

// cellXfs: the number format of each cell style.
QStringList cellFormats(const QByteArray &xml)
{
    QHash<int, QString> custom;
    QStringList formats;
    SafeXml x(xml);
    bool inCellXfs = false;
    while (x.next()) {
        if (x.isStart(u"numFmt"))
            custom.insert(x.attr(u"numFmtId").toInt(), x.attr(u"formatCode"));
        else if (x.isStart(u"cellXfs"))
            inCellXfs = true;
        else if (x.isEnd(u"cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && x.isStart(u"xf") && formats.size() < 65536) {
            const int id = x.attr(u"numFmtId").toInt();
            formats << (custom.contains(id) ? custom.value(id)
                        : id == 14          ? QStringLiteral("yyyy/m/d")
                        : id == 0           ? QString()
                                            : QStringLiteral("builtin %1").arg(id));
        }
    }
    return formats;
}

ImportError sharedStrings(const QByteArray &xml, QStringList &shared)
{
    SafeXml x(xml);
    while (x.next())
        if (x.isStart(u"si")) {
            if (shared.size() >= XlsxWorkbook::MaxCells)
                return { ImportError::OfficeTooLarge, {} };
            shared << richText(x, u"si");
        }
    if (x.failed())
        return { ImportError::SpreadsheetDamaged, {} };
    return {};
}

class SheetReader
{
public:
    SheetReader(const QStringList &shared, const QStringList &formats, int *cellBudget)
        : m_shared(shared)
        , m_formats(formats)
        , m_budget(cellBudget)
    {
    }

    ImportError read(const QByteArray &xml, XlsxSheet &sheet)
    {
        SafeXml x(xml);
        int row = -1, nextColumn = 0;
        QList<QString> merges;
        while (x.next()) {
            if (x.isStart(u"row")) {
                bool ok = false;
                const int r = x.attr(u"r").toInt(&ok);
                row = ok && r >= 1 ? r - 1 : row + 1;
                nextColumn = 0;
                if (row >= XlsxWorkbook::MaxRows)
                    return { ImportError::OfficeTooLarge, sheet.name };
                if (x.attr(u"hidden") == u"1" || x.attr(u"hidden") == u"true") {
                    grow(sheet, row);
                    sheet.hiddenRows[row] = true;
                }
            } else if (x.isStart(u"c")) {
                int r = row, c = nextColumn;
                const QString ref = x.attr(u"r");
                if (!ref.isEmpty() && !parseRef(ref, &r, &c))
                    return { ImportError::SpreadsheetDamaged, sheet.name };
                if (r < 0 || r >= XlsxWorkbook::MaxRows || c >= XlsxWorkbook::MaxColumns)
                    return { ImportError::OfficeTooLarge, sheet.name };
                if (--*m_budget < 0)
                    return { ImportError::OfficeTooLarge, sheet.name };
                row = r;
                nextColumn = c + 1;
                const QString type = x.attr(u"t");
                const int style = x.attr(u"s").toInt();
                QString value;
                while (x.next() && !x.isEnd(u"c")) {
                    if (x.isStart(u"v")) {
                        value = x.elementText();
                    } else if (x.isStart(u"is")) {
                        value = richText(x, u"is");
                    }
                }
                if (x.failed())
                    break;
                if (type == u"s") {
                    bool ok = false;
                    const int i = value.toInt(&ok);
                    if (!ok || i < 0 || i >= m_shared.size())
                        return { ImportError::SpreadsheetDamaged, sheet.name };
                    value = m_shared.at(i);
                } else if (type == u"b") {
                    value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == u"n") {
                    bool ok = false;
                    const double d = value.toDouble(&ok);
                    if (ok)
                        value = QString::number(d, 'g', 15); // as Excel shows General: 0.3, not 0.30000000000000004
                } else if (type != u"inlineStr") {
                    value = unescape(value); // str, e
                }
                set(sheet, r, c, value, style >= 0 && style < m_formats.size() ? m_formats.at(style) : QString());
            } else if (x.isStart(u"mergeCell")) {
                merges << x.attr(u"ref");
            }
        }
        if (x.failed())
            return { ImportError::SpreadsheetDamaged, sheet.name };
        // A merged range shows its first cell's value across it.
        for (const QString &m : merges) {
            const QStringList ends = m.split(u':');
            int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
            if (ends.size() != 2 || !parseRef(ends.at(0), &r1, &c1) || !parseRef(ends.at(1), &r2, &c2)
                || r2 < r1 || c2 < c1 || r2 >= XlsxWorkbook::MaxRows || c2 >= XlsxWorkbook::MaxColumns)
                continue;
            if ((qint64(r2 - r1 + 1) * (c2 - c1 + 1)) > *m_budget)
                return { ImportError::OfficeTooLarge, sheet.name };
            *m_budget -= (r2 - r1 + 1) * (c2 - c1 + 1);
            const QString value = sheet.cell(r1, c1);
            const QString format = sheet.format(r1, c1);
            if (value.isEmpty())
                continue;
            for (int r = r1; r <= r2; ++r)
                for (int c = c1; c <= c2; ++c)
                    if (r != r1 || c != c1)
                        set(sheet, r, c, value, format);
        }
        return {};
    }

private:
    static void grow(XlsxSheet &sheet, int row)
    {
        while (sheet.rows.size() <= row) {
            sheet.rows.append(QStringList());
            sheet.hiddenRows.append(false);
            sheet.formats.append(QStringList());
        }
    }
    static void set(XlsxSheet &sheet, int row, int column, const QString &value, const QString &format)
    {
        grow(sheet, row);
        QStringList &cells = sheet.rows[row];
        QStringList &formats = sheet.formats[row];
        while (cells.size() <= column) {
            cells.append(QString());
            formats.append(QString());
        }
        cells[column] = value;
        formats[column] = format;
    }

    const QStringList &m_shared;
    const QStringList &m_formats;
    int *m_budget;
};

} // namespace

QString XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

QString XlsxSheet::format(int row, int column) const
{
    if (row < 0 || row >= formats.size() || column < 0 || column >= formats.at(row).size())
        return {};
    return formats.at(row).at(column);
}

int XlsxSheet::columnCount() const
{
    qsizetype n = 0;
    for (const QStringList &r : rows)
        n = std::max(n, r.size());
    return int(n);
}

int XlsxWorkbook::columnIndex(const QString &letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int n = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        n = n * 26 + (u - u'A' + 1);
    }
    return n - 1 < MaxColumns ? n - 1 : -1;
}

QString XlsxWorkbook::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool XlsxWorkbook::isXlsx(const ZipPackage &package)
{
    return package.contains(QStringLiteral("xl/workbook.xml"));
}

XlsxWorkbook::Result XlsxWorkbook::read(const ZipPackage &package)
{
    Result result;
    auto fail = [&](ImportError::Code code, const QString &detail = {}) {
        result.sheets.clear();
        result.error = { code, detail };
        return result;
    };
    auto part = [&](const QString &name, ImportError *error) -> std::optional<QByteArray> {
        ZipPackage::Error e = ZipPackage::Error::None;
        std::optional<QByteArray> bytes = package.read(name, &e);
        if (!bytes)
            *error = { packageError(e), name };
        return bytes;
    };
    if (!isXlsx(package))
        return fail(ImportError::OfficeUnsupported);
    ImportError error;
    const auto workbook = part(QStringLiteral("xl/workbook.xml"), &error);
    if (!workbook)
        return fail(error.code, error.detail);
    QHash<QString, Relationship> rels;
    if (package.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        const auto relsXml = part(QStringLiteral("xl/_rels/workbook.xml.rels"), &error);
        if (!relsXml)
            return fail(error.code, error.detail);
        rels = relationships(*relsXml);
    }
    QStringList shared, formats;
    for (const Relationship &r : std::as_const(rels)) {
        const bool strings = r.type.endsWith(QLatin1String("/sharedStrings"));
        const bool styles = r.type.endsWith(QLatin1String("/styles"));
        if (!strings && !styles)
            continue;
        const QString name = resolve(QStringLiteral("xl/"), r.target);
        if (!package.contains(name))
            continue;
        const auto xml = part(name, &error);
        if (!xml)
            return fail(error.code, error.detail);
        if (styles) {
            formats = cellFormats(*xml);
            continue;
        }
        const ImportError e = sharedStrings(*xml, shared);
        if (e.isError())
            return fail(e.code, name);
    }
    int budget = MaxCells;
    SafeXml x(*workbook);
    while (x.next()) {
        if (!x.isStart(u"sheet"))
            continue;
        XlsxSheet sheet;
        sheet.name = x.attr(u"name");
        sheet.hidden = !x.attr(u"state").isEmpty() && x.attr(u"state") != u"visible";
        const QString id = x.attr(u"id"); // r:id
        QString target = rels.value(id).target;
        if (target.isEmpty())
            target = QStringLiteral("worksheets/sheet%1.xml").arg(result.sheets.size() + 1);
        const QString name = resolve(QStringLiteral("xl/"), target);
        if (!package.contains(name)) {
            result.sheets << sheet; // a chart sheet or a missing part: no cells
            continue;
        }
        const auto xml = part(name, &error);
        if (!xml)
            return fail(error.code, error.detail);
        const ImportError e = SheetReader(shared, formats, &budget).read(*xml, sheet);
        if (e.isError())
            return fail(e.code, e.detail);
        result.sheets << sheet;
        if (result.sheets.size() > 1000)
            return fail(ImportError::OfficeTooLarge);
    }
    if (x.failed())
        return fail(ImportError::SpreadsheetDamaged, QStringLiteral("xl/workbook.xml"));
    return result;
}

XlsxWorkbook::Result XlsxWorkbook::readXml(const QByteArray &strings, const QByteArray &styles, const QByteArray &sheetXml)
{
    Result result;
    QStringList shared;
    result.error = sharedStrings(strings, shared);
    if (result.error.isError())
        return result;
    const QStringList formats = cellFormats(styles);
    XlsxSheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    int budget = MaxCells;
    result.error = SheetReader(shared, formats, &budget).read(sheetXml, sheet);
    if (!result.error.isError())
        result.sheets << sheet;
    return result;
}

XlsxWorkbook::Result XlsxWorkbook::read(const QByteArray &bytes)
{
    Result result;
    if (!ZipPackage::looksLikeZip(bytes)) {
        result.error = { ImportError::SpreadsheetDamaged, {} };
        return result;
    }
    ZipPackage::Error e = ZipPackage::Error::None;
    const std::unique_ptr<ZipPackage> package = ZipPackage::open(bytes, &e);
    if (!package) {
        result.error = { packageError(e), {} };
        return result;
    }
    return read(*package);
}

} // namespace Kansa
