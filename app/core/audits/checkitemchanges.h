#pragma once

#include "audits/checkitem.h"
#include "clauses/clausediff.h"

#include <QHash>
#include <QList>

#include <QSqlDatabase>

namespace Kansa::CheckItemChanges {

/// How a check item of a re-inspection stands against the audit it re-inspects, when that audit
/// ran against an earlier version of the clause document.
enum class Change { Same, Changed, New };

/// Per check item of current: Same where the previous audit checked the same text (renumbered
/// or not) with the same obligation; else New where the article or paragraph was added, Changed
/// where it was reworded, following the articles as the version comparison matched them
/// (articleChanges; without it, by article number, paragraph and label). Keyed by the current
/// check item's id.
QHash<qint64, Change> compare(const QList<CheckItem> &previous, const QList<CheckItem> &current,
    const QList<ClauseDiff::ArticleChange> &articleChanges = {});

/// compare() for an audit against its predecessor; empty when it has none or when both ran
/// against the same clause set (nothing can have changed).
QHash<qint64, Change> sincePredecessor(QSqlDatabase db, qint64 auditId);

QString key(Change change); // "same", "changed", "new"

} // namespace Kansa::CheckItemChanges
