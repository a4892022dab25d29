#pragma once

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

/// Evidence at rest (issue 13, groundwork): a file encrypted under its audit's data key with
/// libsodium's secretstream (XChaCha20-Poly1305) in 64 KiB chunks, the last one marked final, so
/// that a changed byte, a wrong key, a cut or anything appended is detected; and data keys
/// wrapped under the installation's key for one context (the audit's uid), so that a wrapped
/// key copied to another audit does not open. Streamed: memory stays at a chunk or two.
namespace Kansa::FileCipher {

constexpr int KeyBytes = 32;
constexpr qsizetype ChunkSize = 64 * 1024;

QByteArray newKey();

enum class Error { None, Read, Write, NotEncrypted, Damaged, Truncated };

/// Whether head (the first bytes of a file) is an encrypted file's.
bool isEncrypted(const QByteArray &head);
constexpr qsizetype MagicBytes = 13;

/// Encrypts a stream given in pieces of any size: start() once, then add() for each piece and
/// finish() at the end; each returns the bytes to write. Memory stays at a chunk.
class Sealer
{
public:
    explicit Sealer(const QByteArray &key);
    ~Sealer();
    Sealer(const Sealer &) = delete;
    Sealer &operator=(const Sealer &) = delete;
    QByteArray start();
    QByteArray add(QByteArrayView piece);
    QByteArray finish();
    /// The same, appending to out (whose memory is reused from call to call).
    void add(QByteArrayView piece, QByteArray &out);
    void finish(QByteArray &out);

private:
    void seal(QByteArrayView chunk, bool last, QByteArray &out);
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_key;
    QByteArray m_pending;
};

/// Decrypts a stream chunk by chunk (what a reading device needs): begin() with the first
/// MagicBytes + HeaderBytes, then pull() each sealed chunk of SealedChunkBytes (the last may be
/// shorter) until final() is true.
class Opener
{
public:
    static constexpr qsizetype HeaderBytes = 24;
    static constexpr qsizetype SealedChunkBytes = ChunkSize + 17;
    explicit Opener(const QByteArray &key);
    ~Opener();
    Opener(const Opener &) = delete;
    Opener &operator=(const Opener &) = delete;
    Error begin(const QByteArray &head);
    /// The plaintext of one sealed chunk, or nothing when it does not authenticate.
    std::optional<QByteArray> pull(const QByteArray &sealed);
    /// The same into plain (its memory reused); false when it does not authenticate.
    bool pull(QByteArrayView sealed, QByteArray &plain);
    bool final() const { return m_final; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_key;
    bool m_final = false;
};

/// Decrypts all of in, handing each authenticated piece to sink (which returns false to stop:
/// Error::Write). Nothing unauthenticated reaches sink.
Error open(QIODevice &in, const QByteArray &key, const std::function<bool(QByteArrayView)> &sink);

/// All of in to out ("KANSA-FILE/1\n", the stream header, the chunks).
Error encrypt(QIODevice &in, QIODevice &out, const QByteArray &key);
/// All of in to out; out gets only authenticated data, and the error says why it stopped.
Error decrypt(QIODevice &in, QIODevice &out, const QByteArray &key);

/// key sealed under keyEncryptionKey for context (nonce, then ciphertext and tag).
QByteArray wrap(const QByteArray &key, const QByteArray &keyEncryptionKey, const QByteArray &context);
/// The key, or nothing when the wrapped bytes, the key-encryption key or the context differ.
std::optional<QByteArray> unwrap(const QByteArray &wrapped, const QByteArray &keyEncryptionKey, const QByteArray &context);

} // namespace Kansa::FileCipher
