#pragma once

namespace Kansa::ConsoleStreams {

/// The command line's output as it is written, on every system: UTF-8 with "\n" line ends. On
/// Windows the C runtime's text mode would turn each "\n" into "\r\n" on the way out; scripts
/// that read kansa-cli get the same bytes from the Linux and the Windows build.
void makeBinary();

/// For the GUI program answering --help or --version: its output goes to the terminal it was
/// started from (on Windows a GUI program has none until it attaches to its parent's console).
void attachToTerminal();

} // namespace Kansa::ConsoleStreams
