#pragma once

#include <QByteArray>
#include <QString>

namespace Kansa::NarrowPath {

/// A path for a C library that opens files with plain fopen() (libxlsxwriter on MinGW): on
/// Windows the short (8.3) form of an existing path, which is ASCII even where the folder names
/// are Japanese (C:\Users\検査 太郎\…) and so survives any ANSI code page; elsewhere the file
/// system's encoding of the path. Empty when Windows cannot give a short form that fits the code
/// page (8.3 names turned off on that drive).
QByteArray of(const QString &existingPath);

} // namespace Kansa::NarrowPath
