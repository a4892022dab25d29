#pragma once

#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace Kansa::Sha256 {

/// Lower-case hex SHA-256 of data (libsodium).
QString hex(QByteArrayView data);

/// Lower-case hex SHA-256 of what remains to be read from device, read in 1 MiB blocks;
/// an empty string when reading fails.
QString hex(QIODevice &device);

} // namespace Kansa::Sha256
