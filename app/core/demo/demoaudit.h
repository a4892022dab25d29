#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kansa {

class EvidenceStore;

/// A realistic demo audit against the built-in clause set 000: a fictional contractor, most
/// items checked, two non-conformities, an observation, generated site photos and an
/// ISO/IEC 27001 certificate. For `kansa-cli demo` and the first start of the application.
namespace DemoAudit {
/// Returns the new audit's id, or 0 with *error set.
qint64 create(QSqlDatabase db, EvidenceStore &store, QString *error = nullptr);
} // namespace DemoAudit

} // namespace Kansa
