#include "crypto/sha256.h"

#include <QByteArray>
#include <QIODevice>

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

QString hex(QIODevice &device)
{
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised);
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(block.constData()),
            static_cast<unsigned long long>(n));
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace Kansa::Sha256
