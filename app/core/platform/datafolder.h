#pragma once

#include <QString>

namespace Kansa::DataFolder {

/// Where Kansa keeps the user's data unless told otherwise (KANSA_DB): on Windows
/// %LOCALAPPDATA%\Kansa (local, not roaming: a database and its evidence are large and must not
/// sync between PCs under a roaming profile); elsewhere the application data folder
/// (~/.local/share/Kansa/Kansa on Linux).
QString path();

/// Names the running application as every Kansa program does (organisation and application
/// "Kansa"): the data folder and the remembered settings are found under these names, so the
/// GUI, the command line and `kansa --help` must agree on them.
void nameApplication();

} // namespace Kansa::DataFolder
