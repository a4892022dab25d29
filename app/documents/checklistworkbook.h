#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace Kansa {

class EvidenceStore;

/// An audit as an Excel workbook, for offices that pass reports on as .xlsx:
/// - 「チェックリスト」: the audit's details, then one row per check item (No, 条項, 確認事項,
///   判定 with a drop-down of the verdicts, 所見, 不適合の内容, 改善を要する事項, 証跡の数, 改善期限);
/// - 「指摘事項」: the advisory items with deadlines and follow-up state;
/// - 「写真」: each photo's thumbnail with its item and caption.
/// Printed A4 landscape, fitted to the page width, the table's header on every page.
/// `kansa-cli export xlsx` and ファイル ▸ エクスポート ▸ Excel.
namespace ChecklistWorkbook {

bool write(QSqlDatabase db, EvidenceStore &store, qint64 auditId, const QDate &today,
    const QString &path, QString *error = nullptr);

/// "チェックリスト_<contractor>_20261122".
QString baseName(QSqlDatabase db, qint64 auditId);

} // namespace ChecklistWorkbook

} // namespace Kansa
