#include "checklistcolumnsdialog.h"
#include "ui_checklistcolumnsdialog.h"

#include "text/counttext.h"
#include "windowgeometry.h"

#include <QPushButton>
#include <QRegularExpression>

namespace Kansa {

namespace {

constexpr int kPreviewRows = 60;

} // namespace

ChecklistColumnsDialog::ChecklistColumnsDialog(const ClauseImporter::Result &first, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChecklistColumnsDialog>())
    , m_result(first)
{
    m_ui->setupUi(this);
    WindowGeometry::fitToScreen(this, QSize(900, 600));
    setWindowTitle(tr("Checklist in %1").arg(first.sourceName));
    m_loading = true;
    for (const XlsxSheet &s : *first.sheets)
        if (!s.hidden)
            m_ui->sheetCombo->addItem(s.name);
    m_ui->sheetCombo->setCurrentIndex(std::max(0, m_ui->sheetCombo->findText(first.layout.sheet)));
    m_loading = false;
    showSheet();
    if (first.layout.isValid()) {
        m_loading = true;
        m_ui->headerRowSpin->setValue(first.layout.headerRow + 1);
        const std::pair<QComboBox *, int> columns[] = { { m_ui->numberCombo, first.layout.columns.number },
            { m_ui->headingCombo, first.layout.columns.heading }, { m_ui->textCombo, first.layout.columns.text },
            { m_ui->scoredCombo, first.layout.columns.scored } };
        for (const auto &[combo, column] : columns)
            combo->setCurrentIndex(std::max(0, combo->findData(column)));
        m_loading = false;
    }
    connect(m_ui->sheetCombo, &QComboBox::currentIndexChanged, this, [this] { showSheet(); reread(); });
    connect(m_ui->headerRowSpin, &QSpinBox::valueChanged, this, &ChecklistColumnsDialog::reread);
    for (QComboBox *c : { m_ui->numberCombo, m_ui->headingCombo, m_ui->textCombo, m_ui->scoredCombo })
        connect(c, &QComboBox::currentIndexChanged, this, &ChecklistColumnsDialog::reread);
    connect(m_ui->preview, &QTableWidget::cellClicked, this, [this](int row, int) {
        m_ui->headerRowSpin->setValue(row + 1); // click the header row
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reread();
}

ChecklistColumnsDialog::~ChecklistColumnsDialog() = default;

void ChecklistColumnsDialog::showSheet()
{
    const XlsxSheet *sheet = nullptr;
    for (const XlsxSheet &s : *m_result.sheets)
        if (s.name == m_ui->sheetCombo->currentText())
            sheet = &s;
    m_ui->preview->clear();
    if (!sheet)
        return;
    const int rows = std::min(int(sheet->rows.size()), kPreviewRows);
    const int columns = std::min(sheet->columnCount(), 26);
    m_ui->preview->setRowCount(rows);
    m_ui->preview->setColumnCount(columns);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << XlsxWorkbook::columnName(c);
    m_ui->preview->setHorizontalHeaderLabels(letters);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(sheet->cell(r, c).simplified().left(80));
            if (sheet->isRowHidden(r))
                item->setForeground(Qt::gray);
            m_ui->preview->setItem(r, c, item);
        }
    const bool was = m_loading;
    m_loading = true;
    for (QComboBox *combo : { m_ui->numberCombo, m_ui->headingCombo, m_ui->textCombo, m_ui->scoredCombo }) {
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < std::max(columns, 1); ++c)
            combo->addItem(XlsxWorkbook::columnName(c), c);
    }
    m_loading = was;
}

ChecklistLayout ChecklistColumnsDialog::chosen() const
{
    return { m_ui->sheetCombo->currentText(), m_ui->headerRowSpin->value() - 1,
        { m_ui->numberCombo->currentData().toInt(), m_ui->headingCombo->currentData().toInt(),
            m_ui->textCombo->currentData().toInt(), m_ui->scoredCombo->currentData().toInt() } };
}

// Each column named with its header cell (「C（確認項目）」) in the choices and, for the columns
// chosen, with what it is read as in the preview, whose cells of those columns are tinted.
void ChecklistColumnsDialog::labelColumns(const ChecklistLayout &l)
{
    const XlsxSheet *sheet = nullptr;
    for (const XlsxSheet &s : *m_result.sheets)
        if (s.name == l.sheet)
            sheet = &s;
    if (!sheet)
        return;
    const QStringList headers = ChecklistSheet::headerCells(*sheet, l.headerRow);
    const int firstData = ChecklistSheet::firstDataRow(*sheet, l.headerRow);
    const auto named = [&](int column) {
        const QString header = headers.value(column).simplified().left(20);
        return header.isEmpty() ? XlsxWorkbook::columnName(column)
                                : tr("%1 (%2)", "column letter and its header").arg(XlsxWorkbook::columnName(column), header);
    };
    const bool was = m_loading;
    m_loading = true;
    for (QComboBox *combo : { m_ui->numberCombo, m_ui->headingCombo, m_ui->textCombo, m_ui->scoredCombo })
        for (int i = 1; i < combo->count(); ++i)
            combo->setItemText(i, named(combo->itemData(i).toInt()));
    m_loading = was;
    const std::pair<int, QString> roles[] = { { l.columns.number, m_ui->numberLabel->text() },
        { l.columns.heading, m_ui->headingLabel->text() }, { l.columns.text, m_ui->textLabel->text() },
        { l.columns.scored, m_ui->scoredLabel->text() } };
    for (int c = 0; c < m_ui->preview->columnCount(); ++c) {
        QString role;
        for (const auto &[column, label] : roles)
            if (column == c)
                role = QString(label).remove(u'&').remove(QRegularExpression(QStringLiteral("\\(.\\)$")));
        m_ui->preview->setHorizontalHeaderItem(c, new QTableWidgetItem(role.isEmpty() ? XlsxWorkbook::columnName(c)
                                                                              : QStringLiteral("%1: %2").arg(XlsxWorkbook::columnName(c), role)));
        // As wide as its label and its cells from the header down (not a title above it), up to
        // 360 pixels: a check text is read, not guessed.
        int width = QFontMetrics(m_ui->preview->font()).horizontalAdvance(m_ui->preview->horizontalHeaderItem(c)->text()) + 24;
        for (int r = 0; r < m_ui->preview->rowCount(); ++r)
            if (QTableWidgetItem *item = m_ui->preview->item(r, c)) {
                // The header row (and a second one under it) in bold on blue, the chosen columns'
                // cells below it tinted.
                const bool header = r >= l.headerRow && r < firstData;
                QFont f = item->font();
                f.setBold(header);
                item->setFont(f);
                item->setBackground(header                        ? QColor(0xdd, 0xe8, 0xf6)
                        : r >= firstData && !role.isEmpty() ? QColor(0xec, 0xf4, 0xdc)
                                                            : QColor(Qt::transparent));
                if (r >= l.headerRow)
                    width = std::max(width, QFontMetrics(f).horizontalAdvance(item->text()) + 16);
            }
        m_ui->preview->setColumnWidth(c, std::min(width, 360));
    }
}

void ChecklistColumnsDialog::reread()
{
    if (m_loading)
        return;
    const ChecklistLayout l = chosen();
    labelColumns(l);
    if (QTableWidgetItem *header = m_ui->preview->item(l.headerRow, 0))
        m_ui->preview->scrollToItem(header, QAbstractItemView::PositionAtTop); // the header row in sight
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    if (l.columns.text < 0) {
        m_ui->status->setText(tr("Choose the column that holds the text under check."));
        ok->setEnabled(false);
        return;
    }
    if (l.columns.sharesAColumn()) {
        m_ui->status->setText(tr("One column is chosen for two things."));
        ok->setEnabled(false);
        return;
    }
    ChecklistSheet::Options options;
    options.sheet = l.sheet;
    options.headerRow = l.headerRow;
    options.columns = l.columns;
    m_result = ClauseImporter::readChecklist(m_result.sheets, m_result.sourceName, options);
    ok->setEnabled(!m_result.error.isError());
    const ClauseDocument &d = m_result.document;
    m_ui->status->setText(m_result.error.isError()
            ? m_result.error.message()
            : tr("「%1」: %2, %3 (%4).")
                  .arg(d.title, CountText::articles(int(d.articles.size())), CountText::paragraphs(d.paragraphCount()),
                      CountText::obligations(d.obligationCount())));
}

} // namespace Kansa
