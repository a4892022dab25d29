#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

int runKeys(Context &ctx); // keys new --out FILE [--passphrase-file F] | keys show FILE [--passphrase-file F]

} // namespace Kansa::Cli
