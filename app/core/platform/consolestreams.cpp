#include "platform/consolestreams.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#endif

namespace Kansa::ConsoleStreams {

void makeBinary()
{
#if defined(Q_OS_WIN)
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
}

} // namespace Kansa::ConsoleStreams
