#pragma once

#include "crypto/filecipher.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

/// One stored evidence file (an original, a thumbnail, a print copy) as Kansa keeps it: encrypted
/// under its file key (FileCipher), or, in a store not yet migrated, in clear. Thread-safe: no
/// database; the caller looks the key up first (EvidenceKeys).
namespace Kansa::EvidenceFile {

enum class Status { Ok, Missing, Damaged, TooLarge, WriteFailed };

/// Whether a file in clear is read as it is: only while the store's one-time encryption has not
/// finished (EvidenceStore::plainAccepted); after it, a file in clear is not one Kansa wrote (a
/// print copy swapped on the disk) and is refused as damaged.
enum class Plain { Refused, Accepted };

/// The whole plaintext, at most maxBytes of it.
std::optional<QByteArray> read(const QString &path, const QByteArray &key, qint64 maxBytes, Status *status = nullptr,
    Plain plain = Plain::Refused);
/// Hands the plaintext to sink piece by piece (only authenticated pieces).
Status stream(const QString &path, const QByteArray &key, const std::function<bool(QByteArrayView)> &sink,
    Plain plain = Plain::Refused);
/// Lower-case hex SHA-256 of the plaintext; empty with *status set when it cannot be read.
QString sha256(const QString &path, const QByteArray &key, Status *status = nullptr, Plain plain = Plain::Refused);
/// Writes data encrypted under key (complete or not at all).
bool write(const QString &path, const QByteArray &data, const QByteArray &key);
/// Whether the file at path is stored encrypted.
bool isEncrypted(const QString &path);
/// Encrypts a file stored in clear where it lies: the encrypted copy is written beside it, read
/// back and compared (hash of the plaintext) before it replaces the file, so that a crash at
/// any moment leaves one whole version. True when the file is (now) encrypted.
bool encryptInPlace(const QString &path, const QByteArray &key);

/// A stored file read as its plaintext, for code that takes a device (a package's writer).
/// Sequential; a read that meets damage fails, and ok() says whether the whole file was read
/// and authenticated (its final chunk).
class Reader : public QIODevice
{
public:
    Reader(const QString &path, const QByteArray &key, Plain plain = Plain::Refused);
    ~Reader() override;
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    bool ok() const;
    bool damaged() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fill();
    QFile m_file;
    QByteArray m_key;
    std::unique_ptr<FileCipher::Opener> m_opener;
    QByteArray m_sealed; // the chunk read, and what it decrypts to (both reused)
    QByteArray m_buffer;
    qsizetype m_at = 0; // what of m_buffer was read
    bool m_plain = false;
    Plain m_plainAccepted;
    bool m_failed = false;
    bool m_done = false;
};

} // namespace Kansa::EvidenceFile
