#pragma once

#include <QString>

namespace Kansa::FileLock {

/// An exclusive lock on a file itself (the database), beside Kansa's lock file: on Linux
/// flock(), which neither disturbs SQLite's POSIX locks nor is dropped when another descriptor
/// of the file closes. Elsewhere not used (on Windows the lock file cannot be deleted while held;
/// on other Unixes flock may interact with POSIX locks).
///
/// The handle when held, Taken when another process holds it, NotApplicable on a system
/// without it or a file that cannot be opened for writing (read-only media).
constexpr int Taken = -1;
constexpr int NotApplicable = -2;
int hold(const QString &path);
/// Releases a handle hold() returned (after every SQLite connection of the file has closed).
void release(int handle);

/// Whether a live process holds a QLockFile's file: on Windows the holder keeps it open without
/// sharing writes, so another cannot open it for writing; Unknown elsewhere (there the file's
/// age and the database's own lock decide).
enum class Held { Yes, No, Unknown };
Held lockFileHeld(const QString &lockPath);

} // namespace Kansa::FileLock
