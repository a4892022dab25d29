#include "clauseimport/checklistsheet.h"

#include "crypto/sha256.h"

#include <QCoreApplication>
#include <algorithm>
#include <QRegularExpression>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kansa {

namespace {

constexpr int kHeaderSearchRows = 30;
constexpr int kMaxColumnsRead = 64;

enum Role { Number, Heading, Text, Scored };

QString folded(const QString &cell)
{
    QString s = cell.normalized(QString::NormalizationForm_KC).toLower();
    s.remove(u' ').remove(u'\t').remove(u'\n').remove(u'\u3000');
    while (!s.isEmpty() && (s.endsWith(u':') || s.endsWith(u'：')))
        s.chop(1);
    return s;
}

// The usual header words, folded (NFKC, lower case, no spaces). Text words come first:
// 「チェック項目」 holds 「項目」, a heading word.
const QList<std::pair<Role, QStringList>> &headerWords()
{
    static const QList<std::pair<Role, QStringList>> words {
        { Text, { QStringLiteral("確認事項"), QStringLiteral("確認内容"), QStringLiteral("チェック項目"),
                    QStringLiteral("点検項目"), QStringLiteral("確認項目"), QStringLiteral("点検内容"),
                    QStringLiteral("チェック内容"), QStringLiteral("遵守事項"), QStringLiteral("要求事項"),
                    QStringLiteral("評価項目"), QStringLiteral("規定内容"), QStringLiteral("条文"),
                    QStringLiteral("本文"), QStringLiteral("内容"), QStringLiteral("質問"),
                    QStringLiteral("text"), QStringLiteral("requirement"), QStringLiteral("checkitem") } },
        { Number, { QStringLiteral("no"), QStringLiteral("no."), QStringLiteral("№"), QStringLiteral("番号"),
                      QStringLiteral("条項"), QStringLiteral("条"), QStringLiteral("項番"), QStringLiteral("条番号"),
                      QStringLiteral("条項番号"), QStringLiteral("項目番号"), QStringLiteral("通番"),
                      QStringLiteral("#"), QStringLiteral("number") } },
        { Heading, { QStringLiteral("見出し"), QStringLiteral("項目"), QStringLiteral("項目名"), QStringLiteral("分類"),
                       QStringLiteral("区分"), QStringLiteral("表題"), QStringLiteral("タイトル"),
                       QStringLiteral("条項名"), QStringLiteral("大項目"), QStringLiteral("中項目"),
                       QStringLiteral("heading") } },
        { Scored, { QStringLiteral("評価対象"), QStringLiteral("採点"), QStringLiteral("採点対象"),
                      QStringLiteral("判定対象"), QStringLiteral("点検対象"), QStringLiteral("チェック対象"),
                      QStringLiteral("対象"), QStringLiteral("要否"), QStringLiteral("評価要否"),
                      QStringLiteral("scored") } },
    };
    return words;
}

std::optional<Role> roleOf(const QString &cell, bool exact)
{
    const QString f = folded(cell);
    if (f.isEmpty() || f.size() > 20)
        return std::nullopt;
    for (const auto &[role, words] : headerWords())
        for (const QString &w : words)
            if (exact ? f == w : (w.size() >= 2 && f.contains(w)))
                return role;
    return std::nullopt;
}

bool truthy(const QString &cell)
{
    const QString f = folded(cell);
    static const QStringList no { QString(), QStringLiteral("×"), QStringLiteral("✕"), QStringLiteral("-"),
        QStringLiteral("ー"), QStringLiteral("―"), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
        QStringLiteral("n"), QStringLiteral("いいえ"), QStringLiteral("否"), QStringLiteral("不要"),
        QStringLiteral("対象外"), QStringLiteral("無"), QStringLiteral("なし") };
    return !no.contains(f);
}

// 「3」 and 「３」 are written 第3 / 第３; a paragraph cited after the article (第1条第2項,
// 第3条(1), 第3条-2) is its article's (第1条); anything else as it is (「第3条」, 「1-2」).
QString articleNumber(const QString &cell)
{
    static const QRegularExpression paragraphOf(QStringLiteral(
        "^(第\\s*[0-9０-９一二三四五六七八九十百]+\\s*条(?:の[0-9０-９一二三四五六七八九十]+)?)"
        "(?:\\s*(?:第\\s*[0-9０-９一二三四五六七八九十]+\\s*[項号]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[-－][0-9０-９]+))+$"));
    // 「特記事項第1条」: the document's name before the article.
    static const QRegularExpression documentName(QStringLiteral("^(?:特記事項|仕様書|特約|本文|別紙[0-9０-９]*)\\s*(?=第)"));
    QString t = cell.trimmed().remove(documentName);
    if (const auto m = paragraphOf.match(t); m.hasMatch())
        t = m.captured(1);
    bool digits = !t.isEmpty();
    for (const QChar c : t)
        digits = digits && c.isDigit();
    return digits ? QStringLiteral("第") + t : t;
}

// A second header row under the first (「確認事項」 merged over 「項目」 and 「内容」): a row whose
// cells that differ from the header's are header words, and none is long.
bool isSubHeader(const XlsxSheet &sheet, int headerRow)
{
    const int r = headerRow + 1;
    if (headerRow < 0 || r >= sheet.rows.size())
        return false;
    // The first row is a header of its own (it names the text column).
    const QStringList top = sheet.rows.at(headerRow).mid(0, kMaxColumnsRead);
    if (std::none_of(top.cbegin(), top.cend(), [](const QString &cell) { return roleOf(cell, false) == Text; }))
        return false;
    bool words = false;
    for (int c = 0; c < std::min(int(sheet.rows.at(r).size()), kMaxColumnsRead); ++c) {
        const QString cell = sheet.cell(r, c).trimmed();
        if (cell.isEmpty() || cell == sheet.cell(headerRow, c).trimmed())
            continue; // empty, or merged down from the header
        if (cell.size() > 20 || !roleOf(cell, false))
            return false;
        words = true;
    }
    return words;
}

// The header's cells, each replaced by the word under it in a second header row.
QStringList headerCellsOf(const XlsxSheet &sheet, int headerRow)
{
    if (headerRow < 0 || headerRow >= sheet.rows.size())
        return {};
    QStringList cells = sheet.rows.at(headerRow);
    if (isSubHeader(sheet, headerRow))
        for (int c = 0; c < std::min(int(sheet.rows.at(headerRow + 1).size()), kMaxColumnsRead); ++c) {
            const QString below = sheet.cell(headerRow + 1, c).trimmed();
            while (cells.size() <= c)
                cells << QString();
            if (!below.isEmpty())
                cells[c] = below;
        }
    return cells;
}

int dataRowAfter(const XlsxSheet &sheet, int headerRow)
{
    return headerRow + (isSubHeader(sheet, headerRow) ? 2 : 1);
}

// How many of the first rows under the header cite an article in this column (第1条, 第２, 3条).
int articleReferences(const XlsxSheet &sheet, int headerRow, int column)
{
    static const QRegularExpression reference(QStringLiteral(
        "^\\s*(?:特記事項|仕様書|特約|本文|別紙[0-9０-９]*)?\\s*(第\\s*[0-9０-９一二三四五六七八九十百]+\\s*(条|項)?|[0-9０-９]+\\s*条)"));
    int n = 0;
    const int last = std::min(int(sheet.rows.size()), headerRow + 201);
    for (int r = dataRowAfter(sheet, headerRow); r < last; ++r) {
        const QString cell = sheet.cell(r, column).trimmed();
        n += cell.size() <= 12 && reference.match(cell).hasMatch() ? 1 : 0; // not 「第三者に…」 in a text
    }
    return n;
}

// The cells of a column under the header that hold anything (of the first 200 rows).
int filledCells(const XlsxSheet &sheet, int headerRow, int column)
{
    int n = 0;
    const int last = std::min(int(sheet.rows.size()), headerRow + 201);
    for (int r = dataRowAfter(sheet, headerRow); r < last; ++r)
        n += sheet.cell(r, column).trimmed().isEmpty() ? 0 : 1;
    return n;
}

// The mean length of a column's cells under the header (of the first 200 rows).
double meanLength(const XlsxSheet &sheet, int headerRow, int column)
{
    qint64 total = 0;
    int n = 0;
    const int last = std::min(int(sheet.rows.size()), headerRow + 201);
    for (int r = dataRowAfter(sheet, headerRow); r < last; ++r)
        if (const QString cell = sheet.cell(r, column).trimmed(); !cell.isEmpty())
            total += cell.size(), ++n;
    return n ? double(total) / n : 0;
}

bool hasNumbers(const XlsxSheet &sheet, int headerRow, int column)
{
    const int last = std::min(int(sheet.rows.size()), headerRow + 201);
    for (int r = dataRowAfter(sheet, headerRow); r < last; ++r) {
        bool ok = false;
        sheet.cell(r, column).trimmed().toInt(&ok);
        if (ok)
            return true;
    }
    return false;
}

// A running row number: 1, 2, 3 … on every row that holds anything (an article's number
// written on its first row only, 1, '', 2, is not one).
bool isRunning(const XlsxSheet &sheet, int headerRow, int column)
{
    int expected = 1;
    const int last = std::min(int(sheet.rows.size()), headerRow + 201);
    for (int r = dataRowAfter(sheet, headerRow); r < last; ++r) {
        const QString cell = sheet.cell(r, column).trimmed();
        if (cell.isEmpty()) {
            const QStringList &row = sheet.rows.at(r);
            if (std::any_of(row.cbegin(), row.cend(), [](const QString &other) { return !other.trimmed().isEmpty(); }))
                return false;
            continue;
        }
        bool ok = false;
        if (cell.toInt(&ok) != expected || !ok)
            return false;
        ++expected;
    }
    return expected > 1;
}

QString columnLabel(const XlsxSheet &sheet, int row, int column)
{
    if (column < 0)
        return QCoreApplication::translate("Kansa::ChecklistSheet", "none");
    const QString header = headerCellsOf(sheet, row).value(column).simplified();
    return header.isEmpty() ? XlsxWorkbook::columnName(column)
                            : QStringLiteral("%1 (%2)").arg(XlsxWorkbook::columnName(column), header);
}

} // namespace

std::optional<ChecklistColumns> ChecklistColumns::parse(const QString &spec, QString *why)
{
    ChecklistColumns c;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        const QString key = kv.value(0).trimmed().toLower();
        const int column = kv.size() == 2 ? XlsxWorkbook::columnIndex(kv.at(1).trimmed()) : -1;
        int *slot = key == u"number" ? &c.number
            : key == u"heading"      ? &c.heading
            : key == u"text"         ? &c.text
            : key == u"scored"       ? &c.scored
                                     : nullptr;
        if (!slot || column < 0) {
            *why = QCoreApplication::translate("Kansa::ChecklistSheet", "「%1」 is not ROLE=COLUMN with ROLE one of number, heading, text, scored and "
                      "COLUMN a column's letters (B, AA).")
                       .arg(part);
            return std::nullopt;
        }
        *slot = column;
    }
    if (c.text < 0) {
        *why = QCoreApplication::translate("Kansa::ChecklistSheet", "the columns must name the text column (text=D).");
        return std::nullopt;
    }
    if (c.sharesAColumn()) {
        *why = QCoreApplication::translate("Kansa::ChecklistSheet", "one column is named for two things.");
        return std::nullopt;
    }
    return c;
}

bool ChecklistColumns::sharesAColumn() const
{
    const QList<int> used { number, heading, text, scored };
    for (qsizetype i = 0; i < used.size(); ++i)
        if (used.at(i) >= 0 && used.indexOf(used.at(i)) != i)
            return true;
    return false;
}

QString ChecklistColumns::spec() const
{
    QStringList parts;
    const std::pair<const char *, int> roles[] = { { "number", number }, { "heading", heading }, { "text", text },
        { "scored", scored } };
    for (const auto &[name, column] : roles)
        if (column >= 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name), XlsxWorkbook::columnName(column));
    return parts.join(u',');
}

QString ChecklistLayout::toJson() const
{
    const QJsonObject o { { QStringLiteral("sheet"), sheet }, { QStringLiteral("header_row"), headerRow },
        { QStringLiteral("number"), columns.number }, { QStringLiteral("heading"), columns.heading },
        { QStringLiteral("text"), columns.text }, { QStringLiteral("scored"), columns.scored } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ChecklistLayout> ChecklistLayout::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ChecklistLayout l;
    l.sheet = o.value(QStringLiteral("sheet")).toString();
    l.headerRow = o.value(QStringLiteral("header_row")).toInt(-1);
    auto column = [&](const char *key) {
        const int c = o.value(QLatin1String(key)).toInt(-1);
        return c >= 0 && c < XlsxWorkbook::MaxColumns ? c : -1;
    };
    l.columns = { column("number"), column("heading"), column("text"), column("scored") };
    return l.isValid() ? std::optional(l) : std::nullopt;
}

namespace ChecklistSheet {

std::optional<ChecklistColumns> detectColumns(const XlsxSheet &sheet, int headerRow)
{
    if (headerRow < 0 || headerRow >= sheet.rows.size())
        return std::nullopt;
    // A checklist has a handful of columns: the first 64 are read (a sheet of 16,384 filled
    // header cells must not cost 30 rows × 16,384 columns × 200 rows of scanning).
    const QStringList cells = headerCellsOf(sheet, headerRow).mid(0, kMaxColumnsRead);
    QHash<int, Role> roles; // each column's role by its header word (an exact word first)
    for (const bool exact : { true, false })
        for (qsizetype i = 0; i < cells.size(); ++i)
            if (!roles.contains(int(i)))
                if (const std::optional<Role> role = roleOf(cells.at(i), exact))
                    roles.insert(int(i), *role);
    const auto columnsOf = [&](Role role) {
        QList<int> out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            if (roles.value(int(i), Role(-1)) == role)
                out << int(i);
        return out;
    };
    ChecklistColumns c;
    // The article: the column whose filled cells cite articles (第1条, 第２, 3条), at least half
    // of them, whatever its header says (条項, 特記事項, 根拠条文); else a number column, where a
    // running 1…N (one value per row) is a row number and repeated or skipped numbers are
    // articles (issue 26).
    int bestCount = 0;
    for (qsizetype i = 0; i < cells.size(); ++i)
        if (const int count = articleReferences(sheet, headerRow, int(i));
            count > bestCount && count * 2 >= filledCells(sheet, headerRow, int(i)))
            c.number = int(i), bestCount = count;
    if (c.number < 0) {
        const QList<int> numbers = columnsOf(Number);
        for (const int column : numbers)
            if (c.number < 0 || (isRunning(sheet, headerRow, c.number) && hasNumbers(sheet, headerRow, column)
                                    && !isRunning(sheet, headerRow, column)))
                c.number = column;
    }
    // The text: of the columns a text word heads (確認項目 and 確認内容), the one with the
    // longest cells; a shorter one is the heading when no heading word heads a column.
    QList<int> texts = columnsOf(Text);
    texts.removeAll(c.number);
    std::sort(texts.begin(), texts.end(), [&](int a, int b) { return meanLength(sheet, headerRow, a) > meanLength(sheet, headerRow, b); });
    if (!texts.isEmpty())
        c.text = texts.takeFirst();
    for (const int column : columnsOf(Heading))
        if (c.heading < 0 && column != c.number)
            c.heading = column;
    if (c.heading < 0 && !texts.isEmpty() && meanLength(sheet, headerRow, texts.last()) * 2 <= meanLength(sheet, headerRow, c.text))
        c.heading = texts.last();
    if (const QList<int> scored = columnsOf(Scored); !scored.isEmpty())
        c.scored = scored.first();
    return c.text >= 0 && !c.sharesAColumn() ? std::optional(c) : std::nullopt;
}

QStringList headerCells(const XlsxSheet &sheet, int headerRow)
{
    return headerCellsOf(sheet, headerRow);
}

int firstDataRow(const XlsxSheet &sheet, int headerRow)
{
    return dataRowAfter(sheet, headerRow);
}

int detectHeaderRow(const XlsxSheet &sheet)
{
    for (int r = 0; r < std::min(int(sheet.rows.size()), kHeaderSearchRows); ++r)
        if (!sheet.isRowHidden(r) && detectColumns(sheet, r))
            return r;
    return -1;
}

QString layoutKey(const XlsxSheet &sheet, int headerRow)
{
    QStringList parts { sheet.name, QString::number(headerRow) };
    for (const QString &cell : headerRow >= 0 && headerRow < sheet.rows.size() ? sheet.rows.at(headerRow) : QStringList())
        parts << folded(cell);
    return Sha256::hex(parts.join(QChar(0x1F)).toUtf8()).left(32);
}

QString describe(const XlsxSheet &sheet, const ChecklistLayout &l)
{
    return QCoreApplication::translate("Kansa::ChecklistSheet", "sheet 「%1」, header row %2: number = %3, heading = %4, text = %5, scored = %6")
        .arg(sheet.name)
        .arg(l.headerRow + 1)
        .arg(columnLabel(sheet, l.headerRow, l.columns.number), columnLabel(sheet, l.headerRow, l.columns.heading),
            columnLabel(sheet, l.headerRow, l.columns.text),
            l.columns.scored < 0 ? QCoreApplication::translate("Kansa::ChecklistSheet", "none (every row is scored)") : columnLabel(sheet, l.headerRow, l.columns.scored));
}

namespace {

// The document from the rows below the header.
void build(const XlsxSheet &sheet, const ChecklistLayout &l, const QString &fallbackTitle, Result &r)
{
    ClauseDocument &doc = r.document;
    const ChecklistColumns &c = l.columns;
    // The title: the first text above the header (a sheet's own title), else the sheet's name.
    for (int row = 0; row < l.headerRow && doc.title.isEmpty(); ++row)
        for (const QString &cell : sheet.rows.value(row))
            if (!cell.trimmed().isEmpty() && !sheet.isRowHidden(row)) {
                doc.title = cell.simplified();
                break;
            }
    if (doc.title.isEmpty())
        doc.title = sheet.name.isEmpty() ? fallbackTitle : sheet.name;
    QHash<QString, qsizetype> byNumber; // numberKey → article
    qsizetype current = -1;
    for (int row = dataRowAfter(sheet, l.headerRow); row < sheet.rows.size(); ++row) {
        if (sheet.isRowHidden(row))
            continue;
        const QString number = articleNumber(sheet.cell(row, c.number));
        const QString heading = sheet.cell(row, c.heading).simplified();
        const QString text = sheet.cell(row, c.text).trimmed();
        if (text.isEmpty() && (number.isEmpty() || heading.isEmpty()))
            continue; // an empty row, or a row without text under check
        if (!number.isEmpty()) {
            Article probe;
            probe.number = number;
            const QString key = probe.numberKey();
            if (const auto it = byNumber.constFind(key); it != byNumber.constEnd()) {
                current = *it;
            } else {
                Article a;
                a.number = number;
                a.ordinal = int(doc.articles.size()) + 1;
                doc.articles << a;
                current = doc.articles.size() - 1;
                byNumber.insert(key, current);
            }
        } else if (current < 0 || c.number < 0) {
            // No number column, or rows before the first number: each row an article of its own.
            Article a;
            a.ordinal = int(doc.articles.size()) + 1;
            a.number = QStringLiteral("第%1").arg(a.ordinal);
            doc.articles << a;
            current = doc.articles.size() - 1;
        }
        Article &a = doc.articles[current];
        if (a.heading.isEmpty())
            a.heading = heading;
        if (text.isEmpty())
            continue; // the article's own row: its number and heading
        Paragraph p;
        p.ordinal = int(a.paragraphs.size()) + 1;
        p.text = text;
        p.obligation = c.scored < 0 || truthy(sheet.cell(row, c.scored));
        a.paragraphs << p;
    }
    doc.articles.removeIf([](const Article &a) { return a.paragraphs.isEmpty(); });
    for (qsizetype i = 0; i < doc.articles.size(); ++i)
        doc.articles[i].ordinal = int(i) + 1;
    QStringList lines { doc.title };
    for (const Article &a : doc.articles) {
        lines << QString(a.number + QStringLiteral("　") + a.heading).trimmed();
        for (const Paragraph &p : a.paragraphs)
            lines << p.text;
    }
    r.text = lines.join(u'\n');
}

} // namespace

Result read(const QList<XlsxSheet> &sheets, const Options &options, const QString &fallbackTitle)
{
    Result r;
    const XlsxSheet *chosen = nullptr;
    for (const XlsxSheet &s : sheets) {
        if (!options.sheet.isEmpty() ? s.name != options.sheet : s.hidden)
            continue;
        ChecklistLayout l { s.name, options.headerRow, options.columns.value_or(ChecklistColumns {}) };
        bool remembered = false, found = false;
        if (!options.columns && options.remembered) {
            // A layout chosen before for this workbook's form.
            for (int row = options.headerRow >= 0 ? options.headerRow : 0;
                 row < std::min(int(s.rows.size()), options.headerRow >= 0 ? options.headerRow + 1 : kHeaderSearchRows); ++row)
                if (const auto known = options.remembered(layoutKey(s, row)); known && known->sheet == s.name) {
                    l = *known;
                    l.headerRow = row;
                    remembered = true;
                    break;
                }
        }
        if (!remembered) {
            if (l.headerRow < 0)
                l.headerRow = options.columns ? 0 : detectHeaderRow(s);
            if (!options.columns) {
                const std::optional<ChecklistColumns> columns = detectColumns(s, l.headerRow);
                if (!columns)
                    continue;
                l.columns = *columns;
                found = true;
            }
        }
        if (!l.isValid())
            continue;
        chosen = &s;
        r.layout = l;
        r.found = found;
        r.rememberedLayout = remembered;
        break;
    }
    if (!chosen) {
        const bool noSheet = !options.sheet.isEmpty()
            && std::none_of(sheets.begin(), sheets.end(), [&](const XlsxSheet &s) { return s.name == options.sheet; });
        QStringList names;
        for (const XlsxSheet &s : sheets)
            if (!s.hidden)
                names << QStringLiteral("「%1」").arg(s.name);
        r.error = { noSheet ? ImportError::SheetMissing : ImportError::NotAChecklist, names.join(QStringLiteral("、")) };
        return r;
    }
    r.layoutKey = layoutKey(*chosen, r.layout.headerRow);
    r.description = describe(*chosen, r.layout);
    if (r.layout.headerRow >= chosen->rows.size()) {
        r.error = { ImportError::HeaderRowPastEnd,
            QCoreApplication::translate("Kansa::ChecklistSheet", "sheet 「%1」 ends at row %2")
                .arg(chosen->name)
                .arg(chosen->rows.size()) };
        return r;
    }
    build(*chosen, r.layout, fallbackTitle, r);
    if (r.document.articles.isEmpty())
        r.error = { ImportError::NotAChecklist, r.description };
    return r;
}

} // namespace ChecklistSheet

} // namespace Kansa
