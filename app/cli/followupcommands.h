#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

int runAdvisory(Context &ctx); // advisory create AUDIT [--date D] [--observations] | show AUDIT [--json]
int runFollowUp(Context &ctx); // followup respond|verify|return|close ITEM …, followup list
int runSettings(Context &ctx); // settings list | set KEY VALUE

} // namespace Kansa::Cli
