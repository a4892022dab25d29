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

namespace {

QMutex mutex;
bool loaded = false;
// The families the files hold: Kansa's own, or the original IPAex fonts when a user put them in
// their place (the IPA Font License asks that the derived fonts can be replaced by the originals).
QString minchoFamily = QStringLiteral("Kansa Mincho");
QString gothicFamily = QStringLiteral("Kansa Gothic");

QString familyOf(int id, const QString &fallback)
{
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    return families.isEmpty() ? fallback : families.first();
}

} // namespace

QString mincho()
{
    QMutexLocker lock(&mutex);
    return minchoFamily;
}

QString gothic()
{
    QMutexLocker lock(&mutex);
    return gothicFamily;
}

bool ensureLoaded(QString *error)
{
    QMutexLocker lock(&mutex);
    if (loaded)
        return true;
    const QStringList dirs = searchPath();
    for (const QString &dir : dirs) {
        const QString m = dir + QStringLiteral("/KansaMincho.ttf");
        const QString g = dir + QStringLiteral("/KansaGothic.ttf");
        if (!QFileInfo::exists(m) || !QFileInfo::exists(g))
            continue;
        const int mId = QFontDatabase::addApplicationFont(m);
        const int gId = QFontDatabase::addApplicationFont(g);
        if (mId >= 0 && gId >= 0) {
            minchoFamily = familyOf(mId, minchoFamily);
            gothicFamily = familyOf(gId, gothicFamily);
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
