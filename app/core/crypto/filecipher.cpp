#include "crypto/filecipher.h"

#include "crypto/sodium.h"
#include "io/devicereads.h"

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

bool isEncrypted(const QByteArray &head)
{
    return head.startsWith(kMagic);
}

struct Sealer::State
{
    crypto_secretstream_xchacha20poly1305_state state;
};

Sealer::Sealer(const QByteArray &key)
    : m_state(std::make_unique<State>())
    , m_key(key)
{
    ensureSodium();
}

Sealer::~Sealer()
{
    sodium_memzero(m_state.get(), sizeof(State));
}

QByteArray Sealer::start()
{
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->state, u(header), u(m_key));
    return kMagic + header;
}

void Sealer::seal(QByteArrayView chunk, bool last, QByteArray &out)
{
    const qsizetype at = out.size();
    out.resize(at + chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->state, reinterpret_cast<unsigned char *>(out.data()) + at, &length,
        reinterpret_cast<const unsigned char *>(chunk.data()), quint64(chunk.size()), nullptr, 0,
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    out.resize(at + qsizetype(length));
}

void Sealer::add(QByteArrayView piece, QByteArray &out)
{
    // A full chunk is sealed only once more data follows, so that the last one carries the
    // final tag (an empty file is one empty final chunk). Whole chunks of the piece are sealed
    // straight from it; only a partial one waits in m_pending.
    if (m_pending.capacity() < ChunkSize)
        m_pending.reserve(ChunkSize);
    while (!piece.isEmpty()) {
        if (m_pending.size() == ChunkSize) {
            seal(m_pending, false, out);
            m_pending.resize(0);
        }
        if (m_pending.isEmpty() && piece.size() > ChunkSize) {
            seal(piece.first(ChunkSize), false, out);
            piece = piece.sliced(ChunkSize);
            continue;
        }
        const qsizetype take = std::min(piece.size(), ChunkSize - m_pending.size());
        m_pending.append(piece.first(take));
        piece = piece.sliced(take);
    }
}

QByteArray Sealer::add(QByteArrayView piece)
{
    QByteArray out;
    out.reserve(piece.size() + (piece.size() / ChunkSize + 2) * crypto_secretstream_xchacha20poly1305_ABYTES);
    add(piece, out);
    return out;
}

void Sealer::finish(QByteArray &out)
{
    seal(m_pending, true, out);
    m_pending.resize(0);
}

QByteArray Sealer::finish()
{
    QByteArray out;
    finish(out);
    return out;
}

Error encrypt(QIODevice &in, QIODevice &out, const QByteArray &key)
{
    if (key.size() != KeyBytes)
        return Error::Write;
    Sealer sealer(key);
    if (const QByteArray head = sealer.start(); out.write(head) != head.size())
        return Error::Write;
    for (;;) {
        const QByteArray piece = DeviceReads::readFull(in, ChunkSize);
        const QByteArray sealed = piece.isEmpty() ? sealer.finish() : sealer.add(piece);
        if (out.write(sealed) != sealed.size())
            return Error::Write;
        if (piece.isEmpty())
            return Error::None;
    }
}

struct Opener::State
{
    crypto_secretstream_xchacha20poly1305_state state;
};

static_assert(Opener::HeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(Opener::SealedChunkBytes == SealedChunk);

Opener::Opener(const QByteArray &key)
    : m_state(std::make_unique<State>())
    , m_key(key)
{
    ensureSodium();
}

Opener::~Opener()
{
    sodium_memzero(m_state.get(), sizeof(State));
}

Error Opener::begin(const QByteArray &head)
{
    if (!head.startsWith(kMagic))
        return Error::NotEncrypted;
    const QByteArray header = head.mid(kMagic.size());
    if (m_key.size() != KeyBytes || header.size() != HeaderBytes
        || crypto_secretstream_xchacha20poly1305_init_pull(&m_state->state, u(header), u(m_key)) != 0)
        return Error::Damaged;
    return Error::None;
}

bool Opener::pull(QByteArrayView sealed, QByteArray &plain)
{
    if (m_final || sealed.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES))
        return false;
    plain.resize(sealed.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long length = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->state, u(plain), &length, &tag,
            reinterpret_cast<const unsigned char *>(sealed.data()), quint64(sealed.size()), nullptr, 0)
        != 0)
        return false;
    plain.resize(qsizetype(length));
    m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return true;
}

std::optional<QByteArray> Opener::pull(const QByteArray &sealed)
{
    QByteArray plain;
    if (!pull(QByteArrayView(sealed), plain))
        return std::nullopt;
    return plain;
}

Error open(QIODevice &in, const QByteArray &key, const std::function<bool(QByteArrayView)> &sink)
{
    Opener opener(key);
    if (const Error e = opener.begin(DeviceReads::readFull(in, kMagic.size() + Opener::HeaderBytes)); e != Error::None)
        return e;
    QByteArray plain;
    for (;;) {
        const QByteArray sealed = DeviceReads::readFull(in, SealedChunk);
        if (sealed.isEmpty())
            return Error::Truncated; // no final chunk
        if (!opener.pull(QByteArrayView(sealed), plain))
            return Error::Damaged;
        if (!sink(plain))
            return Error::Write;
        if (opener.final())
            return DeviceReads::readFull(in, 1).isEmpty() ? Error::None : Error::Damaged; // nothing after it
        if (sealed.size() < SealedChunk)
            return Error::Truncated;
    }
}

Error decrypt(QIODevice &in, QIODevice &out, const QByteArray &key)
{
    return open(in, key, [&out](QByteArrayView piece) { return out.write(piece.data(), piece.size()) == piece.size(); });
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
