#pragma once

#include <QByteArray>
#include <QString>

namespace Kansa::LegacyCodecs {

/// Japanese text in the encodings older files use: "windows-31j" (CP932, Shift_JIS as Windows
/// writes it) and "EUC-JP". On Linux through Qt (ICU); on Windows through the system's code pages
/// (932, 20932), since Qt for Windows is built without ICU and Qt 6.4 knows these only through it.
struct Decoded
{
    bool available = false; // the system can decode this encoding at all
    bool clean = false; // every byte was valid in it
    QString text; // with replacement characters where bytes were not
};
Decoded decode(const char *encoding, const QByteArray &bytes);

} // namespace Kansa::LegacyCodecs
