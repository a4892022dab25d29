#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

/// An audit here taking the content and history of a package's version of it, in place: its
/// id (which users and scripts hold), its data key and the files it held stay. Nothing of ours
/// is erased: the entries of our history that the package's does not continue and, for a
/// replacement, every row of ours go into the history entry that records it ("imported", with
/// "kept" and "replaced"), and the files only ours used stay held by the audit
/// (superseded_blobs), so that what was replaced can be shown and recovered.
namespace Kansa::AuditReplacement {

enum class Kind {
    Update, // the package continues our history: nothing of ours is lost
    Replace, // the user chose the package's version over ours
};

/// Inside the caller's transaction; the package's files must be stored already. *error says
/// why on failure.
bool apply(QSqlDatabase db, qint64 ours, const QJsonObject &record, Kind kind, const QString &source, QString *error);

} // namespace Kansa::AuditReplacement
