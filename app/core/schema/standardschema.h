#pragma once

#include "storage/migration.h"

namespace Kansa {

/// The ladder this build of Kansa knows; its last version is the current schema version.
MigrationLadder standardMigrations();

/// Kansa's schema as Database::open takes it: the ladder, the history sealed before every
/// commit, and a history entry when open makes the files private.
Schema standardSchema();
/// The same with another ladder (an older schema built in a test, a ladder cut short).
Schema standardSchema(const MigrationLadder &ladder);

} // namespace Kansa
