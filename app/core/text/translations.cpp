#include "text/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kansa::Translations {

void install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    const bool japanese = locale.language() == QLocale::Japanese;
    // The sources are English; kansa_en only supplies English plural forms ("1 article").
    auto *kansa = new QTranslator(app);
    if (kansa->load(
            japanese ? QStringLiteral(":/i18n/kansa_ja.qm") : QStringLiteral(":/i18n/kansa_en.qm")))
        QCoreApplication::installTranslator(kansa);
    if (!japanese)
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Kansa::Translations
