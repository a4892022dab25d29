#include "package/tararchive.h"

#include "io/devicereads.h"

#include <QBuffer>
#include <QIODevice>
#include <QRegularExpression>

namespace Kansa::TarArchive {

namespace {

constexpr qint64 Block = 512;

QByteArray octal(qint64 value, int width) // width includes the terminating NUL
{
    QByteArray digits = QByteArray::number(value, 8);
    return QByteArray(width - 1 - digits.size(), '0') + digits + '\0';
}

std::optional<qint64> parseOctal(QByteArrayView field)
{
    qint64 value = 0;
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == ' ')
        ++i;
    bool any = false;
    for (; i < field.size() && field.at(i) >= '0' && field.at(i) <= '7'; ++i) {
        if (value > (MaxEntrySize >> 3))
            return std::nullopt;
        value = value * 8 + (field.at(i) - '0');
        any = true;
    }
    for (; i < field.size(); ++i) // then only NULs or spaces
        if (field.at(i) != '\0' && field.at(i) != ' ')
            return std::nullopt;
    return any ? std::optional(value) : std::nullopt;
}

qint64 checksum(QByteArray header)
{
    std::fill(header.begin() + 148, header.begin() + 156, ' ');
    qint64 sum = 0;
    for (const char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    return sum;
}

} // namespace

bool isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$"));
    return name.size() <= 100 && valid.match(name).hasMatch() && !name.contains(QStringLiteral(".."));
}

Writer::Writer(QIODevice &out)
    : m_out(out)
{
}

bool Writer::header(const QString &name, qint64 size, const QDateTime &modified)
{
    if (!isValidName(name) || size < 0 || size > MaxEntrySize)
        return false;
    QByteArray h(Block, '\0');
    const QByteArray n = name.toLatin1();
    h.replace(0, n.size(), n);
    h.replace(100, 8, octal(0644, 8));
    h.replace(108, 8, octal(0, 8));
    h.replace(116, 8, octal(0, 8));
    h.replace(124, 12, octal(size, 12));
    h.replace(136, 12, octal(std::max<qint64>(0, modified.toSecsSinceEpoch()), 12));
    h[156] = '0';
    h.replace(257, 6, QByteArray("ustar\0", 6));
    h.replace(263, 2, "00");
    h.replace(265, 5, "kansa");
    h.replace(297, 5, "kansa");
    h.replace(148, 8, QByteArray(octal(checksum(h), 7) + ' '));
    return m_out.write(h) == Block;
}

bool Writer::add(const QString &name, QIODevice &content, qint64 size, const QDateTime &modified)
{
    if (!header(name, size, modified))
        return false;
    qint64 left = size;
    while (left > 0) {
        const QByteArray part = content.read(std::min<qint64>(left, 1024 * 1024));
        if (part.isEmpty() || m_out.write(part) != part.size())
            return false;
        left -= part.size();
    }
    const qint64 pad = (Block - size % Block) % Block;
    return m_out.write(QByteArray(pad, '\0')) == pad;
}

bool Writer::add(const QString &name, const QByteArray &content, const QDateTime &modified)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return add(name, buffer, content.size(), modified);
}

bool Writer::finish()
{
    return m_out.write(QByteArray(2 * Block, '\0')) == 2 * Block;
}

Reader::Reader(QIODevice &in)
    : m_in(in)
{
}

bool Reader::skipRest()
{
    qint64 skip = m_left + m_padding;
    while (skip > 0) {
        const QByteArray part = m_in.read(std::min<qint64>(skip, 1024 * 1024));
        if (part.isEmpty()) {
            m_error = Error::Damaged;
            return false;
        }
        skip -= part.size();
    }
    m_left = m_padding = 0;
    return true;
}

std::optional<Reader::Entry> Reader::next()
{
    // The folders a tar tool adds when it packs "audits" and "blobs" (an office re-packing a
    // package by hand) carry nothing: passed over, as many as there are.
    for (;;) {
        const auto entry = nextEntry();
        if (!entry || !entry->folder)
            return entry ? std::optional<Entry>(Entry { entry->name, entry->size, entry->modified }) : std::nullopt;
    }
}

std::optional<Reader::Header> Reader::nextEntry()
{
    if (m_error != Error::None || m_ended || !skipRest())
        return std::nullopt;
    const QByteArray h = DeviceReads::readFull(m_in, Block);
    if (h.size() != Block) {
        m_error = Error::Damaged; // cut before the end marker
        return std::nullopt;
    }
    if (h.count('\0') == Block) { // the end marker: a second zero block must follow
        const QByteArray second = DeviceReads::readFull(m_in, Block);
        m_ended = true;
        if (second.size() != Block || second.count('\0') != Block)
            m_error = Error::Damaged;
        return std::nullopt;
    }
    const auto stored = parseOctal(QByteArrayView(h).sliced(148, 8));
    if (!stored || *stored != checksum(h)) {
        m_error = Error::Damaged;
        return std::nullopt;
    }
    const qsizetype nameEnd = h.indexOf('\0');
    const QString name = QString::fromLatin1(h.left(std::min<qsizetype>(nameEnd < 0 ? 100 : nameEnd, 100)));
    const auto size = parseOctal(QByteArrayView(h).sliced(124, 12));
    const auto mtime = parseOctal(QByteArrayView(h).sliced(136, 12));
    const bool folder = h.at(156) == '5' && size == 0
        && (name == QStringLiteral("audits/") || name == QStringLiteral("blobs/"));
    if (QByteArrayView(h).sliced(257, 5) != "ustar" || (h.at(156) != '0' && h.at(156) != '\0' && !folder)
        || h.at(345) != '\0') { // not ustar, not a regular file (or a folder of ours), or a name prefix
        m_error = Error::Unsupported;
        return std::nullopt;
    }
    if (folder)
        return Header { name, 0, {}, true };
    if (!isValidName(name) || !size || *size > MaxEntrySize) {
        m_error = Error::Unsupported;
        return std::nullopt;
    }
    m_left = *size;
    m_padding = (Block - *size % Block) % Block;
    return Header { name, *size, QDateTime::fromSecsSinceEpoch(mtime.value_or(0), Qt::UTC), false };
}

QByteArray Reader::read(qint64 max)
{
    if (m_error != Error::None || m_left == 0)
        return {};
    const QByteArray part = m_in.read(std::min(max, m_left));
    if (part.isEmpty()) {
        m_error = Error::Damaged;
        return {};
    }
    m_left -= part.size();
    return part;
}

} // namespace Kansa::TarArchive
