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

/// SHA-256 of data given in pieces (what arrives from a stream).
class Hasher
{
public:
    Hasher();
    void add(QByteArrayView piece);
    QString hex(); // lower-case; ends the hash
private:
    alignas(16) unsigned char m_state[128]; // crypto_hash_sha256_state (104 bytes in libsodium 1.0.18)
};

} // namespace Kansa::Sha256
