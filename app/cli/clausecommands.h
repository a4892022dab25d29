#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// `clauses parse|import|list|show …`
int runClauses(Context &ctx);

} // namespace Kansa::Cli
