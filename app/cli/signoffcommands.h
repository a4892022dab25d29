#pragma once

#include "clicontext.h"

namespace Kansa::Cli {

int runSign(Context &ctx); // sign AUDIT --role R --name N --image FILE.png [--title T]
int runVerify(Context &ctx); // verify AUDIT: 0 unchanged, 3 changed (and what), 2 not signed
int runReopen(Context &ctx); // reopen AUDIT --by NAME --reason TEXT
int runPdf(Context &ctx); // pdf advisory|report|checklist AUDIT --out FILE (.pdf, or .odt for the letter)

} // namespace Kansa::Cli
