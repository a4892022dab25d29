#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Kansa::BuiltinClauseSets {

/// Resource paths of the clause documents Kansa ships with.
QStringList resourcePaths();

/// Imports every built-in clause set not yet in the database. Returns false on a storage error.
bool ensurePresent(QSqlDatabase db, QString *error = nullptr);

} // namespace Kansa::BuiltinClauseSets
