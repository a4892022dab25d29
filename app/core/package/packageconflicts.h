#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

/// Audits a package brought that differ from the same audit here. Nothing is overwritten on
/// import: the package's version waits here (with its files) until the user keeps ours,
/// replaces ours with it, or keeps both as separate audits.
namespace Kansa::PackageConflicts {

struct Conflict
{
    qint64 id = 0;
    qint64 auditId = 0; // ours
    QString contractor;
    QString receivedAt;
    QString source; // the package's file name
    QStringList differences;
    bool forked = false; // the package's history does not extend a checkpoint held here
};

/// Inside the caller's transaction. Returns the conflict's id, 0 on failure.
qint64 add(QSqlDatabase db, qint64 auditId, const QJsonObject &record, const QString &source,
    const QStringList &differences, bool forked, QString *error);
QList<Conflict> list(QSqlDatabase db);

enum class Resolution { Keep, Replace, Both };
std::optional<Resolution> resolutionFromKey(const QString &key); // "keep", "replace", "both"

/// Resolves a conflict in one transaction; returns the audit the user now has (ours, with the
/// package's content when replaced, or the copy), 0 on failure. Replacing keeps the audit's id
/// and erases nothing: our version's rows and the history the package's does not continue are
/// kept in the entry that records it, its files with the audit. Replacing is refused when the
/// package's history does not extend what this installation signed (keep both instead).
qint64 resolve(QSqlDatabase db, qint64 conflictId, Resolution resolution, QString *error);

} // namespace Kansa::PackageConflicts
