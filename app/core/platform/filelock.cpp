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

} // namespace Kansa::FileLock
