#include "crypto/hkdf.h"

#include "crypto/sodium.h"

namespace Kansa::Hkdf {

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    ensureSodium();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.data()),
        quint64(message.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

QByteArray sha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length)
{
    Q_ASSERT(length > 0 && length <= 255 * 32);
    const QByteArray zeros(32, '\0');
    const QByteArray prk = hmacSha256(salt.isEmpty() ? QByteArrayView(zeros) : salt, ikm);
    QByteArray out, block;
    for (int i = 1; out.size() < length; ++i) {
        QByteArray message = block;
        message.append(info.data(), info.size());
        message.append(char(i));
        block = hmacSha256(prk, message);
        out += block;
    }
    out.truncate(length);
    return out;
}

} // namespace Kansa::Hkdf
