#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// `clauses parse|import|list|show …`
int runClauses(Context &ctx);

/// `demo`: the headless demonstration (built-in clause sets and their summary).
int runDemo(Context &ctx);

} // namespace Kansa::Cli
