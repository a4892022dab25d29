#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

/// package export AUDIT... --out FILE [--recipient age1…]... [--passphrase-file F]
/// package import FILE [--identity KEYFILE]... [--passphrase-file F]
/// package conflicts [--json] | package resolve CONFLICT keep|replace|both
int runPackage(Context &ctx);

} // namespace Kansa::Cli
