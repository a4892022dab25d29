#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// HMAC-SHA-256 and HKDF-SHA-256 (RFC 5869) on libsodium 1.0.18, which has the first and not
/// the second.
namespace Kansa::Hkdf {

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

/// length bytes (at most 255 × 32) from ikm, salt (empty: 32 zero bytes) and info.
QByteArray sha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length);

} // namespace Kansa::Hkdf
