#include "history/checkpoint.h"
#include "history/historyentry.h"
#include "crypto/ed25519.h"
#include "crypto/sha256.h"

namespace Kansa {

InstallationKey InstallationKey::generate()
{
    const Ed25519::KeyPair pair = Ed25519::generate();
    InstallationKey k;
    k.publicKey = pair.publicKey;
    k.secretKey = pair.secretKey;
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
    c.signature = Ed25519::sign(c.signedBytes(), key.secretKey);
    return c;
}

bool Checkpoint::signatureValid() const
{
    return Ed25519::verify(publicKey, signedBytes(), signature);
}

QByteArray InstallationKey::sign(QByteArrayView message) const
{
    return Ed25519::sign(message, secretKey);
}

bool InstallationKey::verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature)
{
    return Ed25519::verify(publicKey, message, signature);
}

} // namespace Kansa
