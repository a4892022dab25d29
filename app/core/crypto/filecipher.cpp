#include "crypto/filecipher.h"

#include "crypto/sodium.h"
#include "storage/devicereads.h"

#include <QIODevice>

namespace Kansa::FileCipher {

namespace {

const QByteArray kMagic = QByteArrayLiteral("KANSA-FILE/1\n");
constexpr qsizetype SealedChunk = ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES;

unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray newKey()
{
    ensureSodium();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(u(key));
    return key;
}

Error encrypt(QIODevice &in, QIODevice &out, const QByteArray &key)
{
    ensureSodium();
    if (key.size() != KeyBytes)
        return Error::Write;
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, u(header), u(key));
    if (out.write(kMagic) != kMagic.size() || out.write(header) != header.size())
        return Error::Write;
    // A chunk is sealed once the next is known, so the last one carries the final tag (an
    // empty file is one empty final chunk).
    QByteArray current = DeviceReads::readFull(in, ChunkSize);
    QByteArray sealed(SealedChunk, Qt::Uninitialized);
    for (;;) {
        const QByteArray next = current.size() == ChunkSize ? DeviceReads::readFull(in, ChunkSize) : QByteArray();
        const bool last = next.isEmpty();
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, u(sealed), &length, u(current), quint64(current.size()),
            nullptr, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (out.write(sealed.constData(), qint64(length)) != qint64(length))
            return Error::Write;
        if (last)
            return Error::None;
        current = next;
    }
}

Error decrypt(QIODevice &in, QIODevice &out, const QByteArray &key)
{
    ensureSodium();
    if (DeviceReads::readFull(in, kMagic.size()) != kMagic)
        return Error::NotEncrypted;
    const QByteArray header = DeviceReads::readFull(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_state state;
    if (key.size() != KeyBytes || header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES
        || crypto_secretstream_xchacha20poly1305_init_pull(&state, u(header), u(key)) != 0)
        return Error::Damaged;
    QByteArray plain(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const QByteArray sealed = DeviceReads::readFull(in, SealedChunk);
        if (sealed.isEmpty())
            return Error::Truncated; // no final chunk
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, u(plain), &length, &tag, u(sealed),
                quint64(sealed.size()), nullptr, 0)
            != 0)
            return Error::Damaged;
        if (out.write(plain.constData(), qint64(length)) != qint64(length))
            return Error::Write;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return DeviceReads::readFull(in, 1).isEmpty() ? Error::None : Error::Damaged; // nothing after it
        if (sealed.size() < SealedChunk)
            return Error::Truncated;
    }
}

QByteArray wrap(const QByteArray &key, const QByteArray &keyEncryptionKey, const QByteArray &context)
{
    ensureSodium();
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
        Qt::Uninitialized);
    randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(u(out) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length, u(key),
        quint64(key.size()), u(context), quint64(context.size()), nullptr, u(out), u(keyEncryptionKey));
    return out;
}

std::optional<QByteArray> unwrap(const QByteArray &wrapped, const QByteArray &keyEncryptionKey, const QByteArray &context)
{
    ensureSodium();
    const qsizetype overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (wrapped.size() <= overhead || keyEncryptionKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return std::nullopt;
    QByteArray key(wrapped.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(u(key), &length, nullptr,
            u(wrapped) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            quint64(wrapped.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES), u(context), quint64(context.size()),
            u(wrapped), u(keyEncryptionKey))
        != 0)
        return std::nullopt;
    return key;
}

} // namespace Kansa::FileCipher
