#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

// advisory create AUDIT [--date D] [--observations] [--unsigned] | show AUDIT [--json]
// | item ITEM [--deadline D] [--finding T] [--improvement T] | issue ADVISORY [--by NAME]
// | correct ADVISORY [--date D]
int runAdvisory(Context &ctx);

} // namespace Kansa::Cli
