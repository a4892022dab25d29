#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Kansa {

/// The installation's Ed25519 key pair (libsodium), which signs history checkpoints.
struct InstallationKey
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium's seed and public key)
    static InstallationKey generate();
    /// What documents print to name the key: the first 16 hex digits of its SHA-256, in groups.
    static QString fingerprint(const QByteArray &publicKey);
    /// Ed25519 signature of message (a disposal record, …).
    QByteArray sign(QByteArrayView message) const;
    static bool verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature);
};

/// A signed statement that a chain had this head at this time (at signing, at issuing a letter,
/// at export), so that a later rewrite of the history, or a cut, shows.
struct Checkpoint
{
    QString origin;
    quint64 sequence = 0;
    QByteArray headHash; // the entry's hash at that sequence
    QDateTime time;
    QByteArray publicKey; // the signing installation's key
    QByteArray signature; // Ed25519 over signedBytes()

    /// "kansa-checkpoint/1", origin, sequence, head hash, time, key: length-prefixed as the
    /// entries' canonical encoding.
    QByteArray signedBytes() const;
    static Checkpoint make(const QString &origin, quint64 sequence, const QByteArray &headHash,
        const QDateTime &time, const InstallationKey &key);
    bool signatureValid() const;
};

} // namespace Kansa
