#include "documentfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMutex>
#include <QMutexLocker>

namespace Kansa::DocumentFonts {

namespace {

QStringList searchPath()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("KANSA_FONT_DIR");
    if (!env.isEmpty())
        dirs << env;
    const QString app = QCoreApplication::applicationDirPath();
    dirs << app + QStringLiteral("/../share/kansa/fonts") << app + QStringLiteral("/fonts")
         << QStringLiteral(KANSA_BUILD_FONT_DIR);
    return dirs;
}

} // namespace

QString mincho() { return QStringLiteral("Kansa Mincho"); }
QString gothic() { return QStringLiteral("Kansa Gothic"); }

bool ensureLoaded(QString *error)
{
    static QMutex mutex;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (loaded)
        return true;
    const QStringList dirs = searchPath();
    for (const QString &dir : dirs) {
        const QString m = dir + QStringLiteral("/KansaMincho.ttf");
        const QString g = dir + QStringLiteral("/KansaGothic.ttf");
        if (!QFileInfo::exists(m) || !QFileInfo::exists(g))
            continue;
        if (QFontDatabase::addApplicationFont(m) >= 0 && QFontDatabase::addApplicationFont(g) >= 0) {
            loaded = true;
            return true;
        }
    }
    if (error)
        *error = QCoreApplication::translate("Kansa::DocumentFonts",
            "The document fonts (KansaMincho.ttf, KansaGothic.ttf) were not found in %1. "
            "Reinstall Kansa, or set KANSA_FONT_DIR to the folder that holds them.")
                     .arg(dirs.join(QStringLiteral(", ")));
    return false;
}

} // namespace Kansa::DocumentFonts
