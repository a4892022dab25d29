#pragma once

#include "history/historylog.h"

#include <QSqlDatabase>

/// Whether an audit's data is what its history says it is: the verdicts, finding texts,
/// evidence files and header the chain's entries record, replayed, against the rows in the
/// database. A change written to the database outside Kansa (which leaves no entry, or whose
/// entries were cut away with the tail of the history) shows here.
namespace Kansa::HistoryState {

/// Empty when the data matches; else everything that differs, in the user's language ("the
/// verdict of check items 5, 17; the evidence files"). Where the history starts after the audit did (a schema upgrade, a copy),
/// only what the history has recorded since is compared.
QString differences(QSqlDatabase db, qint64 auditId, const QList<HistoryLog::StoredEntry> &entries);

} // namespace Kansa::HistoryState
