#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

int runSettings(Context &ctx); // settings list | set KEY VALUE

} // namespace Kansa::Cli
