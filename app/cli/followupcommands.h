#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

// followup respond|verify|return|close|not-required ITEM …, followup list [--all] [--overdue]
// [--json | --csv FILE]
int runFollowUp(Context &ctx);

} // namespace Kansa::Cli
