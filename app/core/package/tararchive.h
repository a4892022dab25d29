#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class QIODevice;

/// The inside of an audit package: a POSIX ustar archive (what `tar` reads), written and read
/// as a stream. Only what Kansa writes is read back: regular files with short relative names
/// ([A-Za-z0-9._-] and "/", no "..", at most 100 characters), checksums right, the end marker
/// present; anything else is refused, so a damaged or hostile package stops at the first fault.
namespace Kansa::TarArchive {

constexpr qint64 MaxEntrySize = qint64(8) * 1024 * 1024 * 1024 - 1; // what 11 octal digits hold

class Writer
{
public:
    explicit Writer(QIODevice &out);
    /// A file of size bytes read from content.
    bool add(const QString &name, QIODevice &content, qint64 size, const QDateTime &modified);
    bool add(const QString &name, const QByteArray &content, const QDateTime &modified);
    /// The end-of-archive marker (two zero blocks).
    bool finish();

private:
    bool header(const QString &name, qint64 size, const QDateTime &modified);
    QIODevice &m_out;
};

class Reader
{
public:
    enum class Error { None, Damaged, Unsupported };
    struct Entry
    {
        QString name;
        qint64 size = 0;
        QDateTime modified;
    };
    explicit Reader(QIODevice &in);
    /// The next entry, or nothing at the end (error() is None) or on a fault (error() says).
    /// The previous entry's content not read is skipped.
    std::optional<Entry> next();
    /// The current entry's content in pieces of up to max bytes (empty at its end or a fault).
    QByteArray read(qint64 max);
    Error error() const { return m_error; }

private:
    struct Header
    {
        QString name;
        qint64 size = 0;
        QDateTime modified;
        bool folder = false;
    };
    std::optional<Header> nextEntry();
    bool skipRest();
    QIODevice &m_in;
    qint64 m_left = 0; // content bytes of the current entry not read
    qint64 m_padding = 0;
    Error m_error = Error::None;
    bool m_ended = false;
};

/// Whether a name is one Kansa writes and reads.
bool isValidName(const QString &name);

} // namespace Kansa::TarArchive
