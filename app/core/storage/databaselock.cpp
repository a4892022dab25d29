#include "storage/databaselock.h"
#include "platform/filelock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QThread>
#include <QDateTime>

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

// A lock file without its holder's details: what a program killed between creating the file
// and writing into it leaves. QLockFile takes a lock over when its holder is gone, but judges
// that from the details, and without them only by age, which ours never reaches (no age limit).
// Debris when it still has no details a moment later (a live holder writes them at once) and
// no process holds the database: on Linux the database file's own lock says so; on Windows
// whether the lock file can be opened for writing (a live holder shares it for reading only);
// elsewhere the file must be older than a live holder could leave it.
bool leftHalfWritten(QLockFile &file, const QString &databasePath)
{
    qint64 pid = 0;
    QString host, application;
    if (file.getLockInfo(&pid, &host, &application))
        return false; // a holder named: QLockFile has judged it
    QThread::msleep(100);
    if (file.getLockInfo(&pid, &host, &application))
        return false;
    const int fd = FileLock::hold(databasePath);
    if (fd == FileLock::Taken)
        return false; // someone holds the database
    FileLock::release(fd);
    if (fd >= 0)
        return true;
    const QString lockPath = databasePath + QStringLiteral(".lock");
    if (const FileLock::Held held = FileLock::lockFileHeld(lockPath); held != FileLock::Held::Unknown)
        return held == FileLock::Held::No; // Windows: a live holder keeps it open
    return QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime()) > 5000;
}

} // namespace

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return keyFor(databasePath) + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(std::unique_ptr<QLockFile> file, QString key, int fileLock)
    : m_file(std::move(file))
    , m_key(std::move(key))
    , m_fileLock(fileLock)
{
}

DatabaseLock::~DatabaseLock()
{
    FileLock::release(m_fileLock);
    m_file->unlock(); // first, so that an acquire() waiting for this file gets it
    const QMutexLocker guard(&registryMutex);
    auto it = registry().find(m_key);
    if (it != registry().end() && it->expired())
        registry().erase(it);
}

bool DatabaseLock::isCommand(const Holder &holder)
{
    // QLockFile names the holder by its program file: "kansa-cli" (".exe" on Windows).
    return holder.application.startsWith(QLatin1String("kansa-cli"), Qt::CaseInsensitive);
}

std::shared_ptr<DatabaseLock> DatabaseLock::acquire(
    const QString &databasePath, Wait wait, Holder *holder, QString *error)
{
    const QString key = keyFor(databasePath);
    const QMutexLocker guard(&registryMutex);
    if (std::shared_ptr<DatabaseLock> held = registry().value(key).lock())
        return held;

    auto file = std::make_unique<QLockFile>(key + QStringLiteral(".lock"));
    // Never stale by age: a GUI holds its database for hours. A lock whose process is gone is
    // still taken over (QLockFile checks the process and the lock on the file).
    file->setStaleLockTime(0);
    // Short tries, so that who holds it is known while waiting: a window is waited for
    // windowMs, a command for commandMs (both from the start).
    QElapsedTimer clock;
    clock.start();
    qint64 unnamedSince = -1; // when the holder was last seen without its details
    bool locked = file->tryLock(0);
    while (!locked && file->error() == QLockFile::LockFailedError) {
        Holder now;
        file->getLockInfo(&now.pid, &now.host, &now.application);
        qint64 limit = wait.windowMs;
        if (isCommand(now)) {
            limit = wait.commandMs;
            unnamedSince = -1;
        } else if (now.application.isEmpty()) {
            // A holder writing its details this moment (one command taking over from another)
            // is waited for like a command; a file that stays without them for half a second
            // was left by a killed program and is taken over below.
            if (unnamedSince < 0)
                unnamedSince = clock.elapsed();
            if (clock.elapsed() - unnamedSince > 500)
                break;
            limit = std::max(wait.commandMs, wait.windowMs);
        } else {
            unnamedSince = -1;
        }
        const qint64 left = limit - clock.elapsed();
        if (left <= 0)
            break;
        locked = file->tryLock(int(std::min<qint64>(left, 50)));
    }
    if (!locked && file->error() == QLockFile::LockFailedError && leftHalfWritten(*file, key)) {
        file->removeStaleLockFile();
        locked = file->tryLock(0);
    }
    if (!locked) {
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
    // Its details (pid, host, program) are no one else's business on a shared PC.
    QFile::setPermissions(key + QStringLiteral(".lock"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int fileLock = FileLock::hold(key);
    if (fileLock == FileLock::Taken) { // its lock file was deleted while the holder runs
        file->unlock();
        return {};
    }
    std::shared_ptr<DatabaseLock> lock(new DatabaseLock(std::move(file), key, fileLock));
    registry().insert(key, lock);
    return lock;
}

} // namespace Kansa
