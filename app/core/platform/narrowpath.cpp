#include "platform/narrowpath.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace Kansa::NarrowPath {

QByteArray of(const QString &existingPath)
{
#if defined(Q_OS_WIN)
    const std::wstring wide = QDir::toNativeSeparators(existingPath).toStdWString();
    const DWORD size = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (size == 0)
        return {};
    std::wstring shortPath(size, L'\0');
    const DWORD written = GetShortPathNameW(wide.c_str(), shortPath.data(), size);
    if (written == 0 || written >= size)
        return {};
    shortPath.resize(written);
    const QString result = QString::fromStdWString(shortPath);
    const QByteArray narrow = result.toLocal8Bit();
    return QString::fromLocal8Bit(narrow) == result ? narrow : QByteArray();
#else
    return QFile::encodeName(existingPath);
#endif
}

} // namespace Kansa::NarrowPath
