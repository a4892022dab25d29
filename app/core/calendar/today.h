#pragma once

#include <QDate>

namespace Kansa::Today {

/// The local calendar day, which checks of the form "not in the future" compare with. The
/// environment variable KANSA_TODAY (YYYY-MM-DD) sets another day, so that tests, the
/// benchmarks and scripted acceptance checks that use fixed dates stay true whatever day they run.
QDate date();

} // namespace Kansa::Today
