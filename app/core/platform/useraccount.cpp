#include "platform/useraccount.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#define SECURITY_WIN32
#include <windows.h>
#include <security.h>
#include <secext.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace Kansa::UserAccount {

QString loginName()
{
    for (const char *name : { "USERNAME", "USER", "LOGNAME" }) // Windows, then POSIX
        if (const QString v = qEnvironmentVariable(name); !v.isEmpty())
            return v;
#if defined(Q_OS_UNIX)
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return {};
}

QString fullName()
{
    QString name;
#if defined(Q_OS_WIN)
    wchar_t buffer[256];
    ULONG size = ULONG(std::size(buffer));
    if (GetUserNameExW(NameDisplay, buffer, &size) && size > 0)
        name = QString::fromWCharArray(buffer, int(size));
#elif defined(Q_OS_UNIX)
    // The GECOS field: the full name, then office, phone … after commas.
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_gecos)
        name = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0);
#endif
    name = name.trimmed();
    return name.isEmpty() ? loginName() : name;
}

} // namespace Kansa::UserAccount
