#include "crypto/agearmor.h"

#include <QList>

namespace Kansa::AgeArmor {

namespace {

const QByteArray kBegin = "-----BEGIN AGE ENCRYPTED FILE-----";
const QByteArray kEnd = "-----END AGE ENCRYPTED FILE-----";
constexpr int Columns = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::optional<QByteArray> decodeLine(const QByteArray &line)
{
    if (line.isEmpty() || line.size() > Columns || line.size() % 4 != 0)
        return std::nullopt;
    for (const char c : line)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                || c == '/' || c == '='))
            return std::nullopt;
    const auto bytes = QByteArray::fromBase64Encoding(line, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || bytes.decoded.toBase64() != line) // canonical: padding where due, zero pad bits
        return std::nullopt;
    return bytes.decoded;
}

} // namespace

bool looksArmored(const QByteArray &start)
{
    qsizetype i = 0;
    while (i < start.size() && isSpace(start.at(i)))
        ++i;
    // Also a malformed armor (「----- BEGIN」, text before it): said to be one, not "not age".
    return QByteArrayView(start).sliced(i).startsWith("-----") || start.contains("BEGIN AGE ENCRYPTED FILE");
}

std::optional<QByteArray> decode(const QByteArray &armored)
{
    qsizetype from = 0, to = armored.size();
    while (from < to && isSpace(armored.at(from)))
        ++from;
    while (to > from && isSpace(armored.at(to - 1)))
        --to;
    QList<QByteArray> lines = armored.mid(from, to - from).split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    if (lines.size() < 2 || lines.first() != kBegin || lines.last() != kEnd)
        return std::nullopt;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const bool last = i + 2 == lines.size();
        if (!last && line.size() != Columns) // only the last line may be short
            return std::nullopt;
        const auto bytes = decodeLine(line);
        if (!bytes)
            return std::nullopt;
        out += *bytes;
    }
    return out;
}

QByteArray encode(const QByteArray &binary)
{
    QByteArray out = kBegin + '\n';
    const QByteArray b64 = binary.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += Columns)
        out += b64.mid(i, Columns) + '\n';
    return out + kEnd + '\n';
}

} // namespace Kansa::AgeArmor
