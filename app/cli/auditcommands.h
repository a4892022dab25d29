#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// `audit new|list|show …`
int runAudit(Context &ctx);
/// `finding set AUDIT ITEM --verdict V [--note TEXT]`
int runFinding(Context &ctx);

} // namespace Kansa::Cli
