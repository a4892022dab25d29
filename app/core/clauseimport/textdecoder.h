#pragma once

#include "clauseimport/importerror.h"

#include <QByteArray>
#include <QString>

namespace Kansa {

/// Bytes of a text document in UTF-8 (with or without BOM), UTF-16 (BOM), Shift_JIS/CP932
/// or EUC-JP, decoded to text.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "CP932", "EUC-JP" …
        ImportError error;
    };

    static Result decode(const QByteArray &bytes);

    /// True when the bytes look like binary data rather than text in any supported encoding.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Kansa
