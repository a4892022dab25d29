#include "platform/filelock.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace Kansa::FileLock {

int hold(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return NotApplicable;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Taken;
    }
    return fd;
#else
    Q_UNUSED(path);
    return NotApplicable;
#endif
}

void release(int handle)
{
#ifdef Q_OS_LINUX
    if (handle >= 0)
        ::close(handle);
#else
    Q_UNUSED(handle);
#endif
}

Held lockFileHeld(const QString &lockPath)
{
#if defined(Q_OS_WIN)
    QFile file(lockPath);
    if (!file.exists())
        return Held::No;
    return file.open(QIODevice::ReadWrite) ? Held::No : Held::Yes;
#else
    Q_UNUSED(lockPath);
    return Held::Unknown;
#endif
}

} // namespace Kansa::FileLock
