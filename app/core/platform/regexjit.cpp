#include "platform/regexjit.h"

#include <QByteArray>
#include <QtGlobal>

namespace Kansa::RegexJit {

void configure()
{
#if defined(Q_OS_WIN)
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", QByteArrayLiteral("0"));
#endif
}

} // namespace Kansa::RegexJit
