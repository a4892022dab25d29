#pragma once

#include <QString>

namespace Kansa {

/// Why a file could not become evidence; message() names the file, in the user's language.
struct EvidenceError
{
    enum Code {
        None,
        Unreadable,
        Empty,
        FileTooLarge,
        Unsupported, // detail: the format, e.g. "HEIC"
        Corrupt,
        ImageTooLarge, // detail: the pixel dimensions
        PdfDamaged,
        PdfEncrypted,
        StorageFailed,
        Cancelled,
        TimedOut, // detail: the time limit
        Refused, // detail: why the audit takes no evidence now (it is signed)
        NotEvidence, // neither a photo nor a PDF
    };

    Code code = None;
    QString fileName;
    QString detail;

    bool isError() const { return code != None; }
    QString message() const;
};

} // namespace Kansa
