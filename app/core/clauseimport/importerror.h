#pragma once

#include <QString>

namespace Kansa {

/// Why a clause document could not be imported; message() is in the user's language.
struct ImportError
{
    enum Code {
        None,
        FileUnreadable,
        EmptyFile,
        FileTooLarge,
        BinaryData,
        UndecodableText,
        NoArticles,
        PdfDamaged,
        PdfEncrypted,
        PdfNoText,
        Cancelled,
        StorageFailed,
        OfficeDamaged, // a .docx/.odt whose package or XML is broken
        OfficeLegacy, // a binary Word .doc
        OfficeEncrypted, // a password-protected .docx/.odt
        OfficeTooLarge, // inflates past the limits (a zip bomb)
        OfficeUnsupported, // a zip that is neither .docx, .odt nor .xlsx (.pptx …)
        SpreadsheetLegacy, // a binary Excel .xls
        SpreadsheetDamaged, // an .xlsx whose package or XML is broken, or no workbook at all
        NotAChecklist, // an .xlsx without a header row naming the text column
        SheetMissing, // --sheet names no sheet of the workbook
        HeaderRowPastEnd, // --header-row (or the row chosen) is below the sheet's last row
    };

    Code code = None;
    QString detail; // file name or technical detail, shown after the message

    bool isError() const { return code != None; }
    QString message() const;
};

} // namespace Kansa
