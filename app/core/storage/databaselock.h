#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace Kansa {

/// Kansa's own lock on a database file: one process at a time. SQLite's POSIX record locks
/// vanish when any descriptor of the file is closed anywhere in the process (a file dialog
/// that sniffs the folder does that), after which another process could checkpoint and delete
/// the WAL under us. So Kansa does not rely on them between processes: every Kansa process
/// takes this lock before it opens a database and holds it until the last connection closes.
/// It is a QLockFile beside the database ("<db>.lock"), held with flock() on Unix (tied to its
/// own open file, so closing other descriptors does not drop it) and an exclusive handle on
/// Windows; a lock left behind by a killed process is taken over. On Linux the database file
/// itself is also flock()ed, so deleting the lock file does not let a second process in.
class DatabaseLock
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString application;
    };

    /// How long to wait for another process. A window holds its database for hours, so a
    /// command waits for one only briefly (windowMs); other commands come and go within
    /// moments, so a command queues behind them for up to commandMs (a script's commands
    /// all get their turn).
    struct Wait
    {
        int windowMs = 2000;
        int commandMs = 2000;
    };

    /// Takes the lock for databasePath, waiting as `wait` says for another process to let go.
    /// Within one process the lock is shared: every Database on the same file holds the same
    /// lock. Returns null when another process holds it (*holder tells which) or when the lock
    /// file cannot be made (*error says why).
    static std::shared_ptr<DatabaseLock> acquire(
        const QString &databasePath, Wait wait, Holder *holder, QString *error);
    /// Whether the holder is a command line run (kansa-cli), which lets go within moments.
    static bool isCommand(const Holder &holder);

    static QString lockPathFor(const QString &databasePath);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    DatabaseLock(std::unique_ptr<QLockFile> file, QString key, int fileLock);

    std::unique_ptr<QLockFile> m_file;
    QString m_key;
    int m_fileLock; // Linux: the flock()ed descriptor of the database file itself
};

} // namespace Kansa
