#pragma once

#include <QByteArray>

#include <optional>

/// The ASCII armor of age files (-----BEGIN AGE ENCRYPTED FILE-----), read as strictly as age
/// reads it: whitespace only around it, padded canonical base64 in lines of 64 columns, the
/// last one shorter or full, LF or CRLF line ends.
namespace Kansa::AgeArmor {

constexpr qsizetype MaxArmoredSize = 64 * 1024 * 1024;

/// Whether the bytes (after any leading whitespace) begin an armored file, or a damaged one.
bool looksArmored(const QByteArray &start);
/// The binary age file; nothing when the armor is malformed.
std::optional<QByteArray> decode(const QByteArray &armored);
QByteArray encode(const QByteArray &binary);

} // namespace Kansa::AgeArmor
