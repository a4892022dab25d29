#include "crypto/age.h"
#include "crypto/chacha20poly1305.h"

#include <QFile>

#include "crypto/agearmor.h"
#include "crypto/ageheader.h"
#include "crypto/hkdf.h"

#include "io/devicereads.h"

#include <QIODevice>

#include "crypto/sodium.h"

namespace Kansa::Age {

namespace {

constexpr qsizetype TagSize = ChaCha20Poly1305::TagBytes;
constexpr qsizetype SealedChunk = ChunkSize + TagSize;
constexpr qsizetype NonceSize = 16;

void chunkNonce(unsigned char nonce[12], quint64 counter, bool last)
{
    std::fill(nonce, nonce + 12, 0);
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = static_cast<unsigned char>(counter >> (8 * i));
    nonce[11] = last ? 1 : 0;
}

std::optional<QByteArray> openChunk(const QByteArray &key, const QByteArray &sealed, quint64 counter, bool last)
{
    if (sealed.size() < TagSize)
        return std::nullopt;
    unsigned char nonce[12];
    chunkNonce(nonce, counter, last);
    QByteArray plain;
    if (key.size() != 32 || !ChaCha20Poly1305::open(reinterpret_cast<const unsigned char *>(key.constData()), nonce, sealed, plain))
        return std::nullopt;
    return plain;
}

} // namespace

Reader::Reader() = default;
Reader::~Reader()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Error Reader::open(QIODevice &in, const QList<AgeIdentity> &identities, const QList<QByteArray> &passphrases)
{
    ensureSodium();
    m_in = &in;
    if (AgeArmor::looksArmored(in.peek(1024))) {
        // Read in blocks: read(max) would reserve the whole limit at once.
        QByteArray text;
        for (QByteArray block; text.size() <= AgeArmor::MaxArmoredSize && !(block = in.read(ChunkSize)).isEmpty();)
            text += block;
        const auto binary = text.size() > AgeArmor::MaxArmoredSize ? std::nullopt : AgeArmor::decode(text);
        if (!binary)
            return Error::Armor;
        m_armored = std::make_unique<QBuffer>();
        m_armored->setData(*binary);
        m_armored->open(QIODevice::ReadOnly);
        m_in = m_armored.get();
    }
    AgeHeader::Header header;
    if (AgeHeader::read(*m_in, &header) != AgeHeader::Result::Ok)
        return Error::Header;
    QByteArray fileKey;
    switch (AgeHeader::unwrap(header, identities, passphrases, &fileKey)) {
    case AgeHeader::Result::Ok: break;
    case AgeHeader::Result::NoMatch: return Error::NoMatch;
    case AgeHeader::Result::HmacFailure: return Error::Hmac;
    case AgeHeader::Result::HeaderFailure: return Error::Header;
    }
    const QByteArray nonce = DeviceReads::readFull(*m_in, NonceSize);
    if (nonce.size() != NonceSize)
        return Error::Header;
    m_key = Hkdf::sha256(fileKey, nonce, "payload", 32);
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    return Error::None;
}

Error Reader::next(QByteArray *chunk)
{
    chunk->clear();
    if (m_trailing)
        return Error::Payload; // data after the last chunk (what came before was released)
    if (m_done)
        return Error::None;
    const QByteArray sealed = DeviceReads::readFull(*m_in, SealedChunk);
    if (sealed.size() < SealedChunk && m_in->isOpen() && !m_in->atEnd() && m_in->bytesAvailable() > 0)
        return Error::Read;
    const bool short_ = sealed.size() < SealedChunk;
    std::optional<QByteArray> plain = short_ ? std::nullopt : openChunk(m_key, sealed, m_counter, false);
    bool last = false;
    if (!plain) { // a short chunk is the last; a full one is when it opens as such
        plain = openChunk(m_key, sealed, m_counter, true);
        last = true;
    }
    if (!plain)
        return Error::Payload;
    if (last && plain->isEmpty() && m_counter > 0)
        return Error::Payload; // only an empty file ends on an empty chunk
    ++m_counter;
    m_done = last;
    m_trailing = last && !DeviceReads::readFull(*m_in, 1).isEmpty();
    if (m_trailing)
        m_done = false;
    *chunk = std::move(*plain);
    return Error::None;
}

Writer::~Writer()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Error Writer::begin(QIODevice &out, const Recipients &to)
{
    ensureSodium();
    m_out = &out;
    QByteArray fileKey(16, Qt::Uninitialized);
    randombytes_buf(fileKey.data(), size_t(fileKey.size()));
    QList<AgeHeader::Stanza> stanzas;
    for (const AgeRecipient &r : to.keys) {
        const auto stanza = AgeHeader::wrapX25519(fileKey, r);
        if (!stanza)
            return Error::BadRecipient;
        stanzas.append(*stanza);
    }
    if (stanzas.isEmpty())
        stanzas.append(AgeHeader::wrapScrypt(fileKey, to.passphrase, to.workFactor));
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const QByteArray header = AgeHeader::write(stanzas, fileKey) + nonce;
    m_key = Hkdf::sha256(fileKey, nonce, "payload", 32);
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    return out.write(header) == header.size() ? Error::None : Error::Write;
}

Error Writer::seal(QByteArrayView plain, bool last)
{
    unsigned char nonce[12];
    chunkNonce(nonce, m_counter++, last);
    QByteArray sealed;
    if (m_key.size() != 32 || !ChaCha20Poly1305::seal(reinterpret_cast<const unsigned char *>(m_key.constData()), nonce, plain, sealed))
        return Error::Write;
    return m_out->write(sealed) == sealed.size() ? Error::None : Error::Write;
}

Error Writer::write(QByteArrayView data)
{
    // A full chunk is sealed once more data follows it: the last chunk carries the last flag.
    m_pending.append(data.data(), data.size());
    qsizetype at = 0;
    while (m_pending.size() - at > ChunkSize) {
        if (const Error e = seal(QByteArrayView(m_pending).sliced(at, ChunkSize), false); e != Error::None)
            return e;
        at += ChunkSize;
    }
    m_pending.remove(0, at);
    return Error::None;
}

Error Writer::finish()
{
    const Error e = seal(m_pending, true);
    m_pending.clear();
    return e;
}

Error decrypt(QIODevice &in, QIODevice &out, const QList<AgeIdentity> &identities,
    const QList<QByteArray> &passphrases)
{
    Reader reader;
    if (const Error e = reader.open(in, identities, passphrases); e != Error::None)
        return e;
    QByteArray chunk;
    while (!reader.atEnd()) {
        if (const Error e = reader.next(&chunk); e != Error::None)
            return e;
        if (out.write(chunk) != chunk.size())
            return Error::Write;
    }
    return Error::None;
}

Error encrypt(QIODevice &in, QIODevice &out, const Writer::Recipients &to)
{
    Writer writer;
    if (const Error e = writer.begin(out, to); e != Error::None)
        return e;
    while (!in.atEnd()) {
        const QByteArray part = in.read(1024 * 1024);
        if (part.isEmpty())
            return Error::Read;
        if (const Error e = writer.write(part); e != Error::None)
            return e;
    }
    return writer.finish();
}

Protection protection(const QByteArray &head)
{
    if (!head.startsWith("age-encryption.org/v1\n"))
        return Protection::Unknown;
    if (head.contains("\n-> scrypt "))
        return Protection::Passphrase;
    if (head.contains("\n-> X25519 "))
        return Protection::Keys;
    return Protection::Unknown;
}

Protection protectionOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? protection(file.peek(4096)) : Protection::Unknown;
}

} // namespace Kansa::Age
