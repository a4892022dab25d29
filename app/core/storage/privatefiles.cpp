#include "storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kansa::PrivateFiles {

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString mode(QFileDevice::Permissions p)
{
    int bits = 0;
    const QFileDevice::Permission order[] = { QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner,
        QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup, QFileDevice::ReadOther,
        QFileDevice::WriteOther, QFileDevice::ExeOther };
    for (QFileDevice::Permission bit : order)
        bits = bits << 1 | (p.testFlag(bit) ? 1 : 0);
    return QString::number(bits, 8).rightJustified(4, u'0');
}

} // namespace

bool makeFolder(const QString &path)
{
    const bool existed = QFileInfo(path).isDir();
    if (!QDir().mkpath(path))
        return false;
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool createFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool tighten(const QString &path, QStringList *was)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    Q_UNUSED(was);
    return false; // the ACL of the user's profile protects it; Qt's permissions are the read-only flag there
#else
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    const QFileDevice::Permissions p = QFile::permissions(path);
    if (!(p & kOthers))
        return false;
    if (!QFile::setPermissions(path, p & ~kOthers))
        return false;
    if (was)
        *was << QStringLiteral("%1 %2").arg(info.fileName(), mode(p));
    return true;
#endif
}

} // namespace Kansa::PrivateFiles
