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

static_assert(sizeof(crypto_hash_sha256_state) <= 128);

Hasher::Hasher()
{
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised);
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state *>(m_state));
}

void Hasher::add(QByteArrayView piece)
{
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state *>(m_state),
        reinterpret_cast<const unsigned char *>(piece.data()), static_cast<unsigned long long>(piece.size()));
}

QString Hasher::hex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state *>(m_state), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString hex(QIODevice &device)
{
    Hasher hasher;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hasher.add(QByteArrayView(block.constData(), n));
    }
    return hasher.hex();
}

} // namespace Kansa::Sha256
