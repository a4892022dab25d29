#pragma once

#include "advisory/advisory.h"
#include "settings/documentsettings.h"

#include <QTextDocument>

#include <memory>

namespace Kansa::LedgerDocument {

/// The follow-up ledger as the office files it: 改善勧告事項フォローアップ台帳, the office and the
/// day it was printed (era date), the counts, and one row per item (letter and number, contractor,
/// clause, severity, finding, deadline, state, last step), its header repeated on each page.
std::unique_ptr<QTextDocument> build(const QList<DueItem> &rows, const QDate &today,
    const DocumentSettings &settings);

/// The ledger written as PDF on A4 landscape (its eight columns need the width); the page
/// count, or 0 with *error set. The GUI's print button and `kansa-cli followup list --pdf`.
int writePdf(const QList<DueItem> &rows, const QDate &today, const DocumentSettings &settings,
    const QString &path, QString *error = nullptr);

/// The ledger's columns, titled as the office files them: one spelling for the printed ledger
/// and the workbook (the CSV and the window speak the user's language: Ledger::columnTitles).
enum class Column {
    Letter, Ordinal, Contractor, Clause, Severity, Finding, Improvement, Deadline, DaysLeft, State,
    ReportedOn, Report, VerifiedOn, VerifiedBy, LastStep
};
/// 勧告書番号, 項, 事業者, 条項, 区分, 指摘事項, 改善を要する事項, 改善期限, 残日数, 状況, 報告日,
/// 報告内容, 確認日, 確認者, 最終対応.
QString title(Column column);

/// The state as the ledger prints it: 未対応, 報告受領, 確認済, 差戻し, 完了, 対応不要.
QString stateJapanese(const AdvisoryItem &item);
/// 重大, 軽微, 推奨.
QString severityJapanese(AdvisorySeverity severity);

/// "フォローアップ台帳_20261123".
QString baseName(const QDate &today);

} // namespace Kansa::LedgerDocument
