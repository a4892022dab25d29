#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// `export xlsx AUDIT --out FILE`: the audit as an Excel workbook.
int runExport(Context &ctx);

} // namespace Kansa::Cli
