#include "sha256.h"

#include <QByteArray>

#include <sodium.h>

namespace Kansa::Sha256 {

QString hex(QByteArrayView data)
{
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.data()),
        static_cast<unsigned long long>(data.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace Kansa::Sha256
