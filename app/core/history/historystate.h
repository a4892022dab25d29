#pragma once

#include "history/historylog.h"

#include <QJsonObject>
#include <QSqlDatabase>

/// Whether an audit's data is what its history says it is: the verdicts, finding texts,
/// evidence files, signatures and header the chain's entries record, replayed, against the
/// rows. A change written outside Kansa (which leaves no entry, or whose entries were cut away
/// with the tail of the history) shows here; so does a package whose rows were edited while its
/// history was left as it was.
namespace Kansa::HistoryState {

/// Empty when the data matches; else everything that differs, in the user's language, each
/// naming the check item by its clause and giving both values ("第8第3項: the history records
/// 重大な不適合, the data 適合"). Where the history starts after the audit did (a schema upgrade,
/// a copy), only what the history has recorded since is compared.
QString differences(QSqlDatabase db, qint64 auditId, const QList<HistoryLog::StoredEntry> &entries);

/// The same against rows as a package record carries them (table name → array of rows, column
/// → value): checked before anything of a package is stored.
QString differences(const QJsonObject &tables, const QList<HistoryLog::StoredEntry> &entries);

/// The rows differences() compares, read from the database in the form a package carries.
QJsonObject rows(QSqlDatabase db, qint64 auditId);

} // namespace Kansa::HistoryState
