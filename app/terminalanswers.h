#pragma once

#include <optional>

namespace Kansa::TerminalAnswers {

/// `kansa --help` and `kansa --version` (also -h, -v) answer on the terminal, in the user's
/// language, and the program ends without opening a window or needing a display. Returns the
/// exit code when the command line asked one of them, nullopt when the window should open.
std::optional<int> answer(int argc, char *argv[]);

} // namespace Kansa::TerminalAnswers
