#pragma once

#include "storage/migration.h"

#include <QSqlDatabase>
#include <QStringList>

/// The database's own safeguards: the triggers that record every change in the history and
/// refuse changes to what was signed or issued. Any SQLite tool can drop one; then a change
/// would go unrecorded, and the next verify would blame a genuine edit as tampering. Kansa
/// checks them at every open against the triggers its own ladder creates (in memory, once per
/// process) and, when one is missing or altered, refuses to write (Database, Sql).
namespace Kansa::SchemaGuards {

/// The names of the triggers missing from db or different from what the ladder creates;
/// empty when every one is intact. db must be at the ladder's last version.
QStringList broken(QSqlDatabase db, const MigrationLadder &ladder);

/// What the last broken() on db's connection found (Database::open checks at every open), for
/// those above the schema that report it (the history's verification); empty when intact.
QStringList foundOn(const QSqlDatabase &db);

/// What to tell the user, in their language.
QString message(const QStringList &broken);

} // namespace Kansa::SchemaGuards
