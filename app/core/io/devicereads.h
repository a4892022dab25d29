#pragma once

#include <QByteArray>

class QIODevice;

namespace Kansa::DeviceReads {

/// n bytes from in, fewer only where its data ends: read() may return less on a sequential
/// device (an age stream, a pipe), and a fixed-size record (a tar block, an age chunk) needs
/// all of it.
QByteArray readFull(QIODevice &in, qint64 n);

} // namespace Kansa::DeviceReads
