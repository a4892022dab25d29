#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kansa {

class EvidenceStore;

/// What every program (the GUI, each CLI command) does with the evidence store before anything
/// reads it: a store from before encryption at rest is encrypted (once), the storage key is
/// checked, and a disposal a crash interrupted after its commit is completed.
namespace StoreStartup {

struct Problems
{
    QString encryption; // why not every file could be encrypted (they stay readable)
    QString storageKey; // why the storage key cannot be loaded (evidence cannot be read)
};

Problems run(QSqlDatabase db, EvidenceStore &store);

} // namespace StoreStartup

} // namespace Kansa
