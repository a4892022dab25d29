#include "ledgerworkbook.h"

#include "advisory/ledger.h"
#include "calendar/eradate.h"
#include "ledgerdocument.h"
#include "workbookfile.h"


namespace Kansa::LedgerWorkbook {

using Style = WorkbookFile::Style;
using LedgerDocument::Column;
using LedgerDocument::title;

int writeItems(WorkbookFile &book, WorkbookFile::Sheet sheet, int firstRow, const QList<DueItem> &rows,
    bool withContractor)
{
    QList<WorkbookFile::Column> columns {
        { title(Column::Letter), 12, 24, Style::Text },
        { title(Column::Ordinal), 4, 6, Style::Number },
    };
    if (withContractor)
        columns.append({ title(Column::Contractor), 12, 30, Style::Text });
    columns += QList<WorkbookFile::Column> {
        { title(Column::Clause), 10, 18, Style::Text },
        { title(Column::Severity), 6, 6, Style::Center },
        { title(Column::Finding), 20, 40, Style::Text },
        { title(Column::Improvement), 20, 40, Style::Text },
        { title(Column::Deadline), 16, 18, Style::Date },
        { title(Column::DaysLeft), 8, 8, Style::Number },
        { title(Column::State), 9, 10, Style::Center },
        { title(Column::ReportedOn), 16, 18, Style::Date },
        { title(Column::Report), 20, 40, Style::Text },
        { title(Column::VerifiedOn), 16, 18, Style::Date },
        { title(Column::VerifiedBy), 10, 16, Style::Text },
        { title(Column::LastStep), 16, 18, Style::Date },
    };
    QList<QVariantList> cells;
    cells.reserve(rows.size());
    for (const DueItem &d : rows) {
        const AdvisoryItem &i = d.item;
        QVariantList row { d.documentNumber, i.ordinal };
        if (withContractor)
            row << d.contractor;
        // Days left only where something is pending and a deadline exists (negative: overdue).
        const QVariant daysLeft = Ledger::isPending(d) && i.deadline.isValid() ? QVariant(d.daysLeft) : QVariant(QString());
        row << i.clause << LedgerDocument::severityJapanese(i.severity) << i.finding << i.improvement
            << i.deadline << daysLeft << LedgerDocument::stateJapanese(i) << d.reportedOn << d.report
            << d.verifiedOn << d.verifiedBy << d.lastEventOn;
        cells << row;
    }
    return book.writeTable(sheet, firstRow, columns, cells);
}

bool write(const QList<DueItem> &rows, const QDate &today, const DocumentSettings &settings,
    const QString &path, QString *error)
{
    WorkbookFile book(settings.eraDatesInWorkbooks);
    const QString heading = QStringLiteral("改善勧告事項フォローアップ台帳");
    const WorkbookFile::Sheet sheet = book.addSheet(QStringLiteral("フォローアップ台帳"));
    if (!sheet)
        return book.save(path, error); // says why
    int overdue = 0, pending = 0;
    for (const DueItem &d : rows) {
        overdue += Ledger::isOverdue(d) ? 1 : 0;
        pending += Ledger::isPending(d) ? 1 : 0;
    }
    book.write(sheet, 0, 0, heading, Style::Title);
    book.setRowHeight(sheet, 0, 24);
    book.write(sheet, 1, 0,
        QStringLiteral("%1　%2現在　掲載 %3 件（うち未完了 %4 件、期限超過 %5 件）")
            .arg(QString(settings.municipality + QStringLiteral("　") + settings.department).trimmed(),
                EraDate::format(today, EraDate::Digits::HalfWidth))
            .arg(rows.size())
            .arg(pending)
            .arg(overdue)
            .trimmed(),
        Style::Note);
    writeItems(book, sheet, 3, rows, true);
    book.setUpPrinting(sheet, heading);
    return book.save(path, error);
}

} // namespace Kansa::LedgerWorkbook
