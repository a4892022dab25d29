#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// `evidence add AUDIT ITEM FILE... [--caption TEXT]`
int runEvidence(Context &ctx);
/// `search QUERY [--json]`
int runSearch(Context &ctx);
/// `demo`: creates a demo audit against clause set 000 and shows it.
int runDemo(Context &ctx);

} // namespace Kansa::Cli
