#include "crypto/ed25519.h"

#include "crypto/sodium.h"

namespace Kansa::Ed25519 {

static_assert(PublicKeyBytes == crypto_sign_PUBLICKEYBYTES && SecretKeyBytes == crypto_sign_SECRETKEYBYTES
    && SignatureBytes == crypto_sign_BYTES);

KeyPair generate()
{
    ensureSodium();
    KeyPair k { QByteArray(PublicKeyBytes, Qt::Uninitialized), QByteArray(SecretKeyBytes, Qt::Uninitialized) };
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray sign(QByteArrayView message, const QByteArray &secretKey)
{
    ensureSodium();
    if (secretKey.size() != SecretKeyBytes)
        return {};
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature)
{
    ensureSodium();
    if (signature.size() != SignatureBytes || publicKey.size() != PublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace Kansa::Ed25519
