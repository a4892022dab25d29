#pragma once

#include <QSqlDatabase>

namespace Kansa {
class EvidenceStore;
}

/// Turns a store back into one from before encryption at rest (schema 7): every file in clear,
/// no keys, no storage key file, the installation not marked encrypted. For the migration tests.
namespace LegacyStore {

bool makeUnencrypted(QSqlDatabase db, const Kansa::EvidenceStore &store);

} // namespace LegacyStore
