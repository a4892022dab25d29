#include "evidence/evidencefile.h"

#include "crypto/filecipher.h"
#include "crypto/sha256.h"

#include <QFile>
#include <QSaveFile>

#include <filesystem>

namespace Kansa::EvidenceFile {

namespace {

void set(Status *status, Status value)
{
    if (status)
        *status = value;
}

} // namespace

Status stream(const QString &path, const QByteArray &key, const std::function<bool(QByteArrayView)> &sink, Plain plain)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::Missing;
    if (!FileCipher::isEncrypted(file.peek(FileCipher::MagicBytes))) {
        if (plain == Plain::Refused)
            return Status::Damaged;
        // A store from before encryption at rest, until its migration has reached this file.
        for (;;) {
            const QByteArray piece = file.read(FileCipher::ChunkSize);
            if (piece.isEmpty())
                return file.error() == QFile::NoError ? Status::Ok : Status::Damaged;
            if (!sink(piece))
                return Status::TooLarge;
        }
    }
    switch (FileCipher::open(file, key, sink)) {
    case FileCipher::Error::None:
        return Status::Ok;
    case FileCipher::Error::Write:
        return Status::TooLarge;
    default:
        return Status::Damaged;
    }
}

std::optional<QByteArray> read(const QString &path, const QByteArray &key, qint64 maxBytes, Status *status, Plain plain)
{
    QByteArray out;
    const Status s = stream(path, key, [&](QByteArrayView piece) {
        if (out.size() + piece.size() > maxBytes)
            return false;
        out.append(piece);
        return true;
    }, plain);
    set(status, s);
    if (s != Status::Ok)
        return std::nullopt;
    return out;
}

QString sha256(const QString &path, const QByteArray &key, Status *status, Plain plain)
{
    Sha256::Hasher hasher;
    const Status s = stream(path, key, [&](QByteArrayView piece) {
        hasher.add(piece);
        return true;
    }, plain);
    set(status, s);
    return s == Status::Ok ? hasher.hex() : QString();
}

bool write(const QString &path, const QByteArray &data, const QByteArray &key)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the store's files are their owner's only
    FileCipher::Sealer sealer(key);
    const QByteArray head = sealer.start();
    const QByteArray body = sealer.add(data);
    const QByteArray tail = sealer.finish();
    return file.write(head) == head.size() && file.write(body) == body.size()
        && file.write(tail) == tail.size() && file.commit();
}

bool isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && FileCipher::isEncrypted(file.read(FileCipher::MagicBytes));
}

bool encryptInPlace(const QString &path, const QByteArray &key)
{
    const QString temporary = path + QStringLiteral(".encrypting");
    const QString aside = path + QStringLiteral(".plain");
    // An earlier run stopped between its two renames: the original is still there, aside.
    if (!QFile::exists(path) && QFile::exists(aside))
        QFile::rename(aside, path);
    QFile::remove(temporary);
    QFile plain(path);
    if (!plain.open(QIODevice::ReadOnly))
        return false;
    if (FileCipher::isEncrypted(plain.peek(FileCipher::MagicBytes))) {
        QFile::remove(aside);
        return true;
    }
    const QString expected = Sha256::hex(plain);
    plain.seek(0);
    {
        QSaveFile out(temporary); // committed means synced to the disk
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || FileCipher::encrypt(plain, out, key) != FileCipher::Error::None
            || !out.commit())
            return false;
    }
    plain.close();
    // Read back before anything is replaced: the copy must give the same bytes.
    if (expected.isEmpty() || sha256(temporary, key) != expected) {
        QFile::remove(temporary);
        return false;
    }
    // One rename that replaces the original (rename(2); MoveFileEx with REPLACE_EXISTING on
    // Windows): killed at any moment, the path holds the plain file or the encrypted one, never
    // nothing. (Two renames through an aside left a moment with no file at the path: a reader
    // then found the photo missing until the next start put it back.)
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()), std::filesystem::path(path.toStdU16String()), failed);
    if (failed) {
        QFile::remove(temporary);
        return false;
    }
    QFile::remove(aside);
    return true;
}

Reader::Reader(const QString &path, const QByteArray &key, Plain plain)
    : m_file(path)
    , m_key(key)
    , m_plainAccepted(plain)
{
}

Reader::~Reader() = default;

bool Reader::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = m_file.peek(FileCipher::MagicBytes + FileCipher::Opener::HeaderBytes);
    if (FileCipher::isEncrypted(head)) {
        m_opener = std::make_unique<FileCipher::Opener>(m_key);
        m_file.read(head.size());
        if (m_opener->begin(head) != FileCipher::Error::None)
            return false;
    } else {
        if (m_plainAccepted == Plain::Refused)
            return false;
        m_plain = true; // a store not yet migrated
    }
    return QIODevice::open(mode | QIODevice::Unbuffered); // no second copy of every byte
}

bool Reader::ok() const
{
    return !m_failed && (m_plain ? m_file.atEnd() : m_opener && m_opener->final() && m_file.atEnd());
}

bool Reader::fill()
{
    if (m_done || m_failed)
        return false;
    const qsizetype want = m_plain ? FileCipher::ChunkSize : FileCipher::Opener::SealedChunkBytes;
    m_sealed.resize(want);
    const qint64 got = m_file.read(m_sealed.data(), want);
    m_at = 0;
    if (got <= 0) {
        m_buffer.resize(0);
        m_done = true;
        m_failed = got < 0 || (!m_plain && !m_opener->final()); // cut before its final chunk
        return false;
    }
    m_sealed.resize(qsizetype(got));
    if (m_plain) {
        std::swap(m_buffer, m_sealed);
        return true;
    }
    if (!m_opener->pull(QByteArrayView(m_sealed), m_buffer)) {
        m_buffer.resize(0);
        m_failed = true;
        return false;
    }
    if (m_opener->final()) {
        m_done = true;
        m_failed = !m_file.atEnd(); // nothing may follow the final chunk
    }
    return true;
}

qint64 Reader::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_at == m_buffer.size() && !fill())
            break;
        const qint64 n = std::min<qint64>(maxSize - copied, m_buffer.size() - m_at);
        memcpy(data + copied, m_buffer.constData() + m_at, size_t(n));
        m_at += qsizetype(n);
        copied += n;
    }
    if (m_failed)
        return -1;
    return copied;
}

} // namespace Kansa::EvidenceFile
