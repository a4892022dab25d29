#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Kansa {

class EvidenceStore;

/// Brings a store made before encryption at rest (schema 7 and older) up to it: every stored
/// file gets a key (committed first), then each file is encrypted where it lies, its encrypted
/// copy read back and compared before it replaces the file (EvidenceFile::encryptInPlace). A
/// kill at any moment loses nothing: the next run goes on where this one stopped. Runs once;
/// the installation row records when it finished.
namespace EvidenceEncryption {

bool needed(QSqlDatabase db);
/// progress(done, total) may return false to stop (the rest is done next time).
bool run(QSqlDatabase db, const EvidenceStore &store, QString *error,
    const std::function<bool(int, int)> &progress = {});

} // namespace EvidenceEncryption

} // namespace Kansa
