#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// history AUDIT [--json] | history verify AUDIT (exit 3 when the chain is broken); AUDIT may
/// be "installation" for the installation's own chain.
int runHistory(Context &ctx);

} // namespace Kansa::Cli
