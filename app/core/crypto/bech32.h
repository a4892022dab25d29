#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// Bech32 (BIP 173, the original checksum, not Bech32m), as age writes its keys: age1… public
/// keys and AGE-SECRET-KEY-1… identities. No length limit (age's identities exceed 90).
namespace Kansa::Bech32 {

/// hrp and the 5-bit-regrouped data, lower case.
QString encode(const QString &hrp, const QByteArray &data);

struct Decoded
{
    QString hrp; // lower case
    QByteArray data;
};
/// The string all lower or all upper case, a valid checksum and whole bytes; else nothing.
std::optional<Decoded> decode(const QString &text);

} // namespace Kansa::Bech32
