#pragma once

#include "crypto/agekeys.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

class QIODevice;

/// Files in the age format v1 (age-encryption.org/v1): X25519 recipients and scrypt
/// passphrases, ChaCha20-Poly1305 in 64 KiB STREAM chunks, the header under HMAC-SHA-256.
/// Streamed both ways: memory stays at a few chunks whatever the size.
namespace Kansa::Age {

enum class Error {
    None,
    Header, // not an age file, or a damaged or unsupported header
    NoMatch, // none of the keys or passphrases opens it
    Hmac, // the header was changed
    Payload, // the content was changed or cut short
    Armor, // the ASCII armor is malformed
    Read, // the input could not be read
    Write, // the output could not be written (a full disk)
    BadRecipient, // a public key that is not a usable X25519 key
};

constexpr qsizetype ChunkSize = 64 * 1024;

/// Reads an age file (binary or armored) chunk by chunk. Each chunk is returned only once it
/// is authenticated; a fault further on is reported by the call that meets it.
class Reader
{
public:
    Reader();
    ~Reader();
    Error open(QIODevice &in, const QList<AgeIdentity> &identities, const QList<QByteArray> &passphrases);
    /// The next authenticated piece of content (empty at the end, when atEnd() is true).
    Error next(QByteArray *chunk);
    bool atEnd() const { return m_done; }

private:
    QIODevice *m_in = nullptr;
    std::unique_ptr<QBuffer> m_armored;
    QByteArray m_key;
    quint64 m_counter = 0;
    bool m_done = false;
    bool m_trailing = false;
};

/// Writes an age file for X25519 recipients, or for one passphrase (age allows a passphrase
/// only alone).
class Writer
{
public:
    struct Recipients
    {
        QList<AgeRecipient> keys;
        QByteArray passphrase; // used when keys is empty
        int workFactor = 18; // scrypt log2 N: about 0.5 s on a laptop
    };
    ~Writer();
    Error begin(QIODevice &out, const Recipients &to);
    Error write(QByteArrayView data);
    Error finish();

private:
    Error seal(QByteArrayView plain, bool last);
    QIODevice *m_out = nullptr;
    QByteArray m_key;
    QByteArray m_pending;
    quint64 m_counter = 0;
};

/// How a file is protected, from its first bytes (a binary age header names its stanzas): what
/// to ask the user for. Unknown for anything else (armored, damaged, not age).
enum class Protection { Unknown, Passphrase, Keys };
Protection protection(const QByteArray &head);
/// The same, of the file at path (Unknown when it cannot be read).
Protection protectionOf(const QString &path);

/// The whole of in to out.
Error decrypt(QIODevice &in, QIODevice &out, const QList<AgeIdentity> &identities,
    const QList<QByteArray> &passphrases);
Error encrypt(QIODevice &in, QIODevice &out, const Writer::Recipients &to);

} // namespace Kansa::Age
