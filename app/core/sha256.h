#pragma once

#include <QByteArrayView>
#include <QString>

namespace Kansa::Sha256 {

/// Lower-case hex SHA-256 of data (libsodium).
QString hex(QByteArrayView data);

} // namespace Kansa::Sha256
