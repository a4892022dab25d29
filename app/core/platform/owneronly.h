#pragma once

#include <QString>

namespace Kansa::OwnerOnly {

/// Makes a file readable and writable by the user who owns it alone: on Unix mode 0600; on
/// Windows a protected ACL (nothing inherited from the folder) granting the current user full
/// control and no one else, so a key file kept on D:\ or a shared drive is not readable by the
/// folder's other users. False when the system refused.
bool apply(const QString &path);

/// Whether only its owner may use the file: on Unix no permission bit for group or others; on
/// Windows a protected ACL whose every entry allows the current user alone.
bool holds(const QString &path);

} // namespace Kansa::OwnerOnly
