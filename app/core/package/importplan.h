#pragma once

#include "package/packageimport.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace Kansa {
class EvidenceStore;
}

/// What importing one audit of a package does here, decided before anything is stored, and
/// doing it. Every record is checked whole first: its history intact and its own, its data what
/// its history records; then it is new here (imported), already held (unchanged), continues
/// what we hold (an update, applied), or diverged from it (a conflict, waiting once however
/// often the package comes).
namespace Kansa::ImportPlan {

struct Plan
{
    QJsonObject record;
    PackageImport::Outcome outcome;
    bool forked = false; // the package's history does not continue a checkpoint held here
    bool waiting = false; // the same version waits as a conflict already: nothing to store
};

/// Touches nothing. nullopt when the record fails a check; *refusal then says what disagrees,
/// in the user's language.
std::optional<Plan> decide(QSqlDatabase db, const QJsonObject &record, QString *refusal);

/// Stores the plan inside the caller's transaction, then checks the stored audit as `history
/// verify` and `verify` would. False with *refusal set when the audit as stored disagrees with
/// its history or its signatures (the package is refused), with *error on a storage failure.
bool store(QSqlDatabase db, EvidenceStore &store, Plan &plan, const QString &source, const QJsonValue &from,
    QString *error, QString *refusal);

} // namespace Kansa::ImportPlan
