#pragma once

#include "crypto/agekeys.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kansa {
class EvidenceStore;
}

/// What someone holding the office key could send: a real package decrypted, its contents
/// changed (JSON fields of the manifest and the records, history rows and checkpoints, the
/// files) and encrypted again. Shared by the fuzz target `./dev fuzz import records` and
/// tst_package, which runs a fixed batch of mutations.
namespace PackageMutator {

using Entries = QList<QPair<QString, QByteArray>>; // the ustar entries, in order

Entries decrypt(const QString &path, const Kansa::AgeIdentity &identity);
QByteArray encrypt(const Entries &entries, const Kansa::AgeRecipient &recipient);

/// Changes entries as the bytes choose (each byte consumed as needed: which entry, which
/// field, what becomes of it); returns what was done, one line per change.
QStringList mutate(Entries &entries, const QByteArray &choices);

/// Imports the package and checks the outcome holds: a refusal says why and leaves the
/// database as it was; an import stores audits whose history verify passes and whose
/// signatures hold. Empty when sound, else what is wrong.
QString importAndCheck(QSqlDatabase db, Kansa::EvidenceStore &store, const QString &package,
    const Kansa::AgeIdentity &identity);

} // namespace PackageMutator
