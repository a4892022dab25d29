#include "import/importerror.h"

#include <QCoreApplication>

namespace Kansa {

QString ImportError::message() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Kansa::ImportError", s); };
    QString text;
    switch (code) {
    case None:
        return {};
    case FileUnreadable:
        text = tr("The file could not be read. Check that it exists and that you may open it.");
        break;
    case EmptyFile:
        text = tr("The file is empty. Choose the clause document itself.");
        break;
    case FileTooLarge:
        text = tr("The file is larger than 20 MB, which is far more than any clause document. "
                  "Choose the clause document itself.");
        break;
    case BinaryData:
        text = tr("The file is not a text document or a PDF. Import the clause document as a "
                  "text file (.txt) or a PDF.");
        break;
    case UndecodableText:
        text = tr("The text encoding could not be recognised. Save the document as UTF-8 or "
                  "Shift_JIS and import it again.");
        break;
    case NoArticles:
        text = tr("No numbered clauses (such as 第１ or 第1条) were found, so this does not look "
                  "like an information-security clause document. Nothing was imported.");
        break;
    case PdfDamaged:
        text = tr("The PDF is damaged and cannot be opened. Ask for a new copy of the document.");
        break;
    case PdfEncrypted:
        text = tr("The PDF is protected by a password. Remove the protection (or ask the issuer "
                  "for an unprotected copy) and import it again.");
        break;
    case PdfNoText:
        text = tr("The PDF contains no text, only images (probably a scan). Import a PDF with a "
                  "text layer, or the document as a text file.");
        break;
    case Cancelled:
        text = tr("The import was cancelled. Nothing was imported.");
        break;
    case StorageFailed:
        text = tr("The clause set could not be saved to the database. Nothing was imported.");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral("\n(") + detail + QLatin1Char(')');
    return text;
}

} // namespace Kansa
