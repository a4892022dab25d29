#pragma once

#include <QByteArray>

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

/// All of in to out ("KANSA-FILE/1\n", the stream header, the chunks).
Error encrypt(QIODevice &in, QIODevice &out, const QByteArray &key);
/// All of in to out; out gets only authenticated data, and the error says why it stopped.
Error decrypt(QIODevice &in, QIODevice &out, const QByteArray &key);

/// key sealed under keyEncryptionKey for context (nonce, then ciphertext and tag).
QByteArray wrap(const QByteArray &key, const QByteArray &keyEncryptionKey, const QByteArray &context);
/// The key, or nothing when the wrapped bytes, the key-encryption key or the context differ.
std::optional<QByteArray> unwrap(const QByteArray &wrapped, const QByteArray &keyEncryptionKey, const QByteArray &context);

} // namespace Kansa::FileCipher
