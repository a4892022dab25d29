#pragma once

#include <QLocale>

namespace Kansa::Translations {

/// Installs Kansa's and Qt's translations for the locale (Japanese for a Japanese locale,
/// English otherwise) on the running application.
void install(const QLocale &locale = QLocale::system());

} // namespace Kansa::Translations
