#include "history/checkpoint.h"
#include "history/historyentry.h"
#include "crypto/sha256.h"

#include "crypto/sodium.h"

namespace Kansa {

namespace {

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

InstallationKey InstallationKey::generate()
{
    ensureSodium();
    InstallationKey k;
    k.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    k.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QString InstallationKey::fingerprint(const QByteArray &publicKey)
{
    return HistoryEncoding::shortHex(Sha256::digest(publicKey));
}

QByteArray Checkpoint::signedBytes() const
{
    using namespace HistoryEncoding;
    QByteArray out;
    appendField(out, "kansa-checkpoint/1");
    appendField(out, origin.toUtf8());
    appendField(out, HistoryEncoding::sequence(this->sequence));
    appendField(out, headHash);
    appendField(out, HistoryEncoding::time(this->time));
    appendField(out, publicKey);
    return out;
}

Checkpoint Checkpoint::make(const QString &origin, quint64 sequence, const QByteArray &headHash,
    const QDateTime &time, const InstallationKey &key)
{
    Checkpoint c { origin, sequence, headHash, time, key.publicKey, {} };
    const QByteArray message = c.signedBytes();
    c.signature = QByteArray(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(c.signature.data()), nullptr, u(message),
        quint64(message.size()), u(key.secretKey));
    return c;
}

bool Checkpoint::signatureValid() const
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const QByteArray message = signedBytes();
    return crypto_sign_verify_detached(u(signature), u(message), quint64(message.size()), u(publicKey)) == 0;
}

} // namespace Kansa

namespace Kansa {

QByteArray InstallationKey::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool InstallationKey::verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace Kansa
