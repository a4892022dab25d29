#include "storage/databaselock.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>

namespace Kansa {

namespace {

QMutex registryMutex;

// The locks this process holds, by canonical database path; weak, so the last Database that
// closes a file releases its lock.
QHash<QString, std::weak_ptr<DatabaseLock>> &registry()
{
    static QHash<QString, std::weak_ptr<DatabaseLock>> locks;
    return locks;
}

QString keyFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/')
        + info.fileName());
}

} // namespace

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return keyFor(databasePath) + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(std::unique_ptr<QLockFile> file, QString key)
    : m_file(std::move(file))
    , m_key(std::move(key))
{
}

DatabaseLock::~DatabaseLock()
{
    m_file->unlock(); // first, so that an acquire() waiting for this file gets it
    const QMutexLocker guard(&registryMutex);
    auto it = registry().find(m_key);
    if (it != registry().end() && it->expired())
        registry().erase(it);
}

std::shared_ptr<DatabaseLock> DatabaseLock::acquire(
    const QString &databasePath, int waitMs, Holder *holder, QString *error)
{
    const QString key = keyFor(databasePath);
    const QMutexLocker guard(&registryMutex);
    if (std::shared_ptr<DatabaseLock> held = registry().value(key).lock())
        return held;

    auto file = std::make_unique<QLockFile>(key + QStringLiteral(".lock"));
    // Never stale by age: a GUI holds its database for hours. A lock whose process is gone is
    // still taken over (QLockFile checks the process and the lock on the file).
    file->setStaleLockTime(0);
    if (!file->tryLock(waitMs)) {
        if (file->error() == QLockFile::LockFailedError) {
            if (holder)
                file->getLockInfo(&holder->pid, &holder->host, &holder->application);
        } else if (error) {
            *error = file->error() == QLockFile::PermissionError
                ? QStringLiteral("no permission to create %1").arg(key + QStringLiteral(".lock"))
                : QStringLiteral("cannot create %1").arg(key + QStringLiteral(".lock"));
        }
        return {};
    }
    std::shared_ptr<DatabaseLock> lock(new DatabaseLock(std::move(file), key));
    registry().insert(key, lock);
    return lock;
}

} // namespace Kansa
