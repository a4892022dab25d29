#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace Kansa {

class EvidenceStore;

/// An audit as JSON for `kansa-cli audit show --json`: header, progress and every check item
/// with its verdict (null until set), note and evidence.
namespace AuditJson {
QJsonObject audit(QSqlDatabase db, EvidenceStore &store, qint64 auditId);
}

} // namespace Kansa
