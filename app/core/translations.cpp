#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kansa::Translations {

void install(const QLocale &locale)
{
    if (locale.language() != QLocale::Japanese)
        return; // the source strings are English
    auto *app = QCoreApplication::instance();
    auto *kansa = new QTranslator(app);
    if (kansa->load(locale, QStringLiteral("kansa"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(kansa);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Kansa::Translations
