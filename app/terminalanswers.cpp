#include "terminalanswers.h"

#include "kansaversion.h"
#include "platform/consolestreams.h"
#include "platform/datafolder.h"
#include "storage/database.h"
#include "text/translations.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstring>

namespace Kansa::TerminalAnswers {

namespace {

bool asked(int argc, char *argv[], const char *longForm, const char *shortForm)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], longForm) == 0 || std::strcmp(argv[i], shortForm) == 0)
            return true;
    return false;
}

QString help()
{
    return QCoreApplication::translate("Kansa::TerminalAnswers",
        "usage: kansa [--help] [--version]\n"
        "\n"
        "Kansa: on-site information-security audits of outsourcing contractors, clause by clause.\n"
        "Without options it opens its window on the database\n"
        "  %1\n"
        "(set KANSA_DB to open another). The same work from the command line: kansa-cli --help.\n"
        "\n"
        "  -h, --help     this text\n"
        "  -v, --version  the version and the commit it was built from\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

} // namespace

std::optional<int> answer(int argc, char *argv[])
{
    const bool wantsHelp = asked(argc, argv, "--help", "-h");
    const bool wantsVersion = asked(argc, argv, "--version", "-v");
    if (!wantsHelp && !wantsVersion)
        return std::nullopt;
    QCoreApplication app(argc, argv); // no display needed
    DataFolder::nameApplication();
    Translations::install();
    ConsoleStreams::attachToTerminal();
    const QString text = wantsHelp ? help() : QStringLiteral("kansa %1\n").arg(QStringLiteral(KANSA_VERSION_FULL));
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace Kansa::TerminalAnswers
