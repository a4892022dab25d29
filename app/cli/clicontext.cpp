#include "clicontext.h"

namespace Kansa::Cli {

bool Context::takeFlag(const QString &flag)
{
    return args.removeAll(flag) > 0;
}

int fail(Context &ctx, ExitCode code, const QString &message)
{
    ctx.err << message << Qt::endl;
    return code;
}

} // namespace Kansa::Cli
