#pragma once

#include <QByteArrayView>
#include <QString>

class QIODevice;

/// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where
/// there are some (1.8 GB/s against libsodium's portable 0.34 GB/s on the development machine):
/// every evidence file is hashed when it comes in, when a signature is checked and when a
/// package is imported.
namespace Kansa::Sha256 {

/// The 32-byte digest of data.
QByteArray digest(QByteArrayView data);

/// Lower-case hex SHA-256 of data.
QString hex(QByteArrayView data);

/// Lower-case hex SHA-256 of what remains to be read from device, read in 1 MiB blocks;
/// an empty string when reading fails.
QString hex(QIODevice &device);

/// SHA-256 of data given in pieces (what arrives from a stream).
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;
    void add(QByteArrayView piece);
    QString hex(); // lower-case; ends the hash
private:
    void *m_context; // EVP_MD_CTX
};

} // namespace Kansa::Sha256
