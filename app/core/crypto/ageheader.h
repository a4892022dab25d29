#pragma once

#include "crypto/agekeys.h"

#include <QByteArray>
#include <QList>

class QIODevice;

/// The header of an age v1 file (the C2SP age specification): recipient stanzas and the MAC,
/// read strictly (any deviation from the canonical encoding is a header failure, as the
/// community test vectors demand), and the file key wrapped and unwrapped for X25519 and scrypt.
namespace Kansa::AgeHeader {

enum class Result { Ok, HeaderFailure, NoMatch, HmacFailure };

struct Stanza
{
    QByteArray type;
    QList<QByteArray> args;
    QByteArray body;
};

struct Header
{
    QList<Stanza> stanzas;
    QByteArray mac; // 32 bytes
    QByteArray macInput; // the header's bytes up to and including "---"
};

/// The largest scrypt work factor (log2 N) accepted when reading, as age's own tools.
constexpr int MaxScryptWorkFactor = 22;

Result read(QIODevice &in, Header *header);
/// The file key from the first stanza an identity or passphrase opens, its MAC checked.
Result unwrap(const Header &header, const QList<AgeIdentity> &identities,
    const QList<QByteArray> &passphrases, QByteArray *fileKey);

/// Nothing for a public key that is a low-order point.
std::optional<Stanza> wrapX25519(const QByteArray &fileKey, const AgeRecipient &recipient);
Stanza wrapScrypt(const QByteArray &fileKey, const QByteArray &passphrase, int workFactor);
/// The header's bytes with its MAC under fileKey.
QByteArray write(const QList<Stanza> &stanzas, const QByteArray &fileKey);

/// Unpadded, canonical standard base64 (what age writes); nothing on any other form.
std::optional<QByteArray> decodeBase64(QByteArrayView text);
QByteArray encodeBase64(QByteArrayView data);

} // namespace Kansa::AgeHeader
