// Linked into every test program: its settings are kept as the application keeps them (under
// the organisation "Kansa"), in a folder of its own that lives as long as the program.
// On Windows QSettings writes to the registry only under an organisation's name (without one a
// remembered option was silently forgotten), and the registry would carry one run's settings
// into the next; an INI file in a temporary folder behaves the same on every system.
#include "platform/regexjit.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace {

void keepSettingsApart()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kansa"));
    static QTemporaryDir folder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(keepSettingsApart)

// Before main(): QTEST_MAIN's application uses regular expressions before any startup function.
static const bool regexJitConfigured = [] {
    Kansa::RegexJit::configure();
    return true;
}();
