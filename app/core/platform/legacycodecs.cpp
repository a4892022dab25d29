#include "platform/legacycodecs.h"

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <QStringDecoder>
#endif

#include <algorithm>
#include <climits>
#include <cstring>

namespace Kansa::LegacyCodecs {

#if defined(Q_OS_WIN)
namespace {

// The bytes as UTF-16 through a code page; strict: any invalid byte fails the whole call.
bool convert(UINT codePage, DWORD flags, const QByteArray &bytes, QString *out)
{
    if (bytes.isEmpty()) {
        out->clear();
        return true;
    }
    const int size = int(std::min<qsizetype>(bytes.size(), INT_MAX));
    const int needed = MultiByteToWideChar(codePage, flags, bytes.constData(), size, nullptr, 0);
    if (needed <= 0)
        return false;
    out->resize(needed);
    return MultiByteToWideChar(codePage, flags, bytes.constData(), size, reinterpret_cast<wchar_t *>(out->data()),
               needed)
        == needed;
}

} // namespace
#endif

Decoded decode(const char *encoding, const QByteArray &bytes)
{
    Decoded d;
#if defined(Q_OS_WIN)
    const UINT codePage = std::strcmp(encoding, "windows-31j") == 0 ? 932 : std::strcmp(encoding, "EUC-JP") == 0 ? 20932 : 0;
    if (codePage == 0 || !IsValidCodePage(codePage))
        return d;
    d.available = true;
    d.clean = convert(codePage, MB_ERR_INVALID_CHARS, bytes, &d.text);
    if (!d.clean && !convert(codePage, 0, bytes, &d.text))
        d.text.clear();
#else
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return d;
    d.available = true;
    d.text = decoder.decode(bytes);
    d.clean = !decoder.hasError() && !d.text.contains(QChar::ReplacementCharacter);
#endif
    return d;
}

} // namespace Kansa::LegacyCodecs
