#pragma once

#include "history/historylog.h"

#include <QHash>
#include <QString>
#include <QStringList>

/// What a history entry records, said to the user in their language, for the audit's history
/// view: 「判定 第8第3項: 重大な不適合」, 「パッケージの版で置き換え（3件）」. Check items are named by
/// their clause through itemCitations (ordinal as text → 第8第3項).
namespace Kansa::HistoryDescription {

struct Described
{
    QString what; // one line
    QStringList details; // more lines where the entry holds more (what a replacement replaced)
};

Described describe(const HistoryLog::StoredEntry &entry, const QHash<QString, QString> &itemCitations);

} // namespace Kansa::HistoryDescription
