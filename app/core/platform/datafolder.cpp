#include "platform/datafolder.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace Kansa::DataFolder {

QString path()
{
#if defined(Q_OS_WIN)
    // GenericDataLocation is %LOCALAPPDATA% on Windows.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Kansa");
#else
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
#endif
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kansa"));
    QCoreApplication::setApplicationName(QStringLiteral("Kansa"));
}

} // namespace Kansa::DataFolder
