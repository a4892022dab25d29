#include "platform/consolestreams.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

namespace Kansa::ConsoleStreams {

void makeBinary()
{
#if defined(Q_OS_WIN)
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
}

void attachToTerminal()
{
#if defined(Q_OS_WIN)
    // A GUI program has no console of its own: write to the one it was started from, if any,
    // unless its output already goes somewhere (redirected to a file or a pipe).
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if ((out == nullptr || out == INVALID_HANDLE_VALUE) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
    // Japanese text reaches the console as UTF-8 whatever its code page.
    SetConsoleOutputCP(CP_UTF8);
#endif
    makeBinary();
}

} // namespace Kansa::ConsoleStreams
