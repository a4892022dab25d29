#pragma once

#include <QString>

namespace Kansa::DataFolder {

/// Where Kansa keeps the user's data unless told otherwise (KANSA_DB): on Windows
/// %LOCALAPPDATA%\Kansa (local, not roaming: a database and its evidence are large and must not
/// sync between PCs under a roaming profile); elsewhere the application data folder
/// (~/.local/share/Kansa/Kansa on Linux).
QString path();

} // namespace Kansa::DataFolder
