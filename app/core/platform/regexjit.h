#pragma once

namespace Kansa::RegexJit {

/// Call first in main(), before anything uses a regular expression.
/// On Windows, Qt 6.4 built with MinGW keeps PCRE2's JIT stack in a thread_local whose
/// destructor crashes or hangs when a thread that needed the stack ends: after three clause
/// imports on the import's worker thread Kansa never exited (found under Wine, traced to
/// pcre2_jit_stack_free). There the JIT is turned off, unless QT_ENABLE_REGEXP_JIT says
/// otherwise; regular expressions then run interpreted (measured in README: Kansa on Windows).
/// Elsewhere it does nothing.
void configure();

} // namespace Kansa::RegexJit
