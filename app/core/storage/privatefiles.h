#pragma once

#include <QString>
#include <QStringList>

/// Kansa's data is readable by its owner only: on a shared PC another account must not read
/// any audit. Folders Kansa makes for its data are owner-only (0700), and so are the files it
/// keeps there (database, its log, the lock). On Windows the user's own folder's ACL
/// (%LOCALAPPDATA%) already does this, and these calls change nothing harmful there.
namespace Kansa::PrivateFiles {

/// Makes the folder (and its parents, as mkpath does); the folder itself owner-only.
bool makeFolder(const QString &path);

/// Creates an empty file readable and writable by its owner only, where none exists.
bool createFile(const QString &path);

/// Takes every permission but the owner's away from path, if it exists and had any; returns
/// whether it had to (the path's earlier mode is added to *was, for the history).
bool tighten(const QString &path, QStringList *was = nullptr);

} // namespace Kansa::PrivateFiles
