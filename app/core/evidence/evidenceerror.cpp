#include "evidence/evidenceerror.h"

#include <QCoreApplication>

namespace Kansa {

QString EvidenceError::message() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Kansa::EvidenceError", s); };
    switch (code) {
    case None:
        return {};
    case Unreadable:
        return tr("%1 could not be read. Check that the file exists and is not a folder.")
            .arg(fileName);
    case Empty:
        return tr("%1 is empty (0 bytes). Copy the file again from the camera or card.")
            .arg(fileName);
    case FileTooLarge:
        return tr("%1 is larger than %2 MB, which Kansa does not accept as evidence.")
            .arg(fileName, detail);
    case Unsupported:
        return tr("%1 is in a format Kansa cannot show (%2). Save it as JPEG, PNG or PDF and "
                  "add it again.")
            .arg(fileName, detail);
    case Corrupt:
        return tr("%1 is damaged and cannot be shown as an image. Copy it again from the "
                  "camera or card.")
            .arg(fileName);
    case ImageTooLarge:
        return tr("%1 is too large to open safely (%2 pixels). Reduce it to at most 100 "
                  "megapixels and add it again.")
            .arg(fileName, detail);
    case PdfDamaged:
        return tr("%1 is not a readable PDF (it is damaged or not a PDF at all). Ask for a new "
                  "copy, or print it to PDF again, and add it again.")
            .arg(fileName);
    case PdfEncrypted:
        return tr("%1 is password-protected. Ask the contractor for an unprotected copy.")
            .arg(fileName);
    case StorageFailed:
        return tr("%1 could not be stored (%2). Free some disk space and add it again; nothing "
                  "else was changed.")
            .arg(fileName, detail);
    case Cancelled:
        return tr("Adding %1 was cancelled.").arg(fileName);
    case Refused:
        return tr("%1 was not added: %2").arg(fileName, detail);
    case NotEvidence:
        return tr("%1 is neither a photo nor a PDF. Kansa takes photos as JPEG, PNG, WebP, GIF "
                  "or BMP, and documents as PDF; save it in one of these formats and add it "
                  "again.")
            .arg(fileName);
    case TimedOut:
        return tr("%1 took too long to decode and was stopped (limit %2). It is probably "
                  "damaged; save it again as JPEG, PNG or PDF and add it again.")
            .arg(fileName, detail);
    }
    return {};
}

} // namespace Kansa
