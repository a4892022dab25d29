#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// The installation's storage key, which wraps every audit's data key (EvidenceKeys). It lives
/// in a key file in the evidence folder, never in the database, so that the database alone (a
/// copy, a backup, a stolen file) opens no evidence. A rotation writes the new key beside the old
/// one ("storage.key.new") before the database switches to it, and replaces the old one after,
/// so that a crash at any moment leaves the key the database names on disk.
namespace Kansa::StorageKey {

/// The evidence folder of a database: "<its folder>/<its name>-evidence".
QString evidenceRootFor(const QString &databasePath);
/// "<evidence folder>/keys/storage.key".
QString pathFor(const QString &evidenceRoot);
/// A short identifier of a key (hex, not secret), stored in the database and printed on
/// disposal records.
QString idOf(const QByteArray &key);

/// The key the database names by expectedId, finishing or undoing a rotation a crash
/// interrupted; with an empty expectedId, the key file there is (or a new one, written). Nothing
/// (with a reason in *error) when the file is missing or holds another key.
std::optional<QByteArray> load(const QString &evidenceRoot, const QString &expectedId, QString *error);

/// Writes key back where it belongs when its file is gone while Kansa holds it (moved away by
/// hand): evidence stored meanwhile would otherwise have no key after the next start.
bool restore(const QString &evidenceRoot, const QByteArray &key);
/// Writes key as the pending key of a rotation (synced). The database switches next.
bool writePending(const QString &evidenceRoot, const QByteArray &key);
/// After the database switched: the pending key replaces the old one, which is overwritten.
bool promotePending(const QString &evidenceRoot);
/// After a failed switch: the pending key goes.
void discardPending(const QString &evidenceRoot);

} // namespace Kansa::StorageKey
