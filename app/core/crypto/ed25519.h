#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// Ed25519 signatures (libsodium's crypto_sign), for the history's checkpoints and the
/// disposal records: the one place outside crypto/ that signs goes through here.
namespace Kansa::Ed25519 {

constexpr qsizetype PublicKeyBytes = 32;
constexpr qsizetype SecretKeyBytes = 64;
constexpr qsizetype SignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey; // PublicKeyBytes
    QByteArray secretKey; // SecretKeyBytes (seed and public key)
};

/// A new key pair from the system's random generator.
KeyPair generate();
/// The detached signature of message; empty when secretKey has the wrong size.
QByteArray sign(QByteArrayView message, const QByteArray &secretKey);
/// Whether signature is publicKey's over message (false for keys or signatures of the wrong size).
bool verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature);

} // namespace Kansa::Ed25519
