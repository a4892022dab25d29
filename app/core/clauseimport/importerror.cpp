#include "clauseimport/importerror.h"

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
        text = tr("The file is not a text document, a PDF or a Word/OpenDocument file. Import the "
                  "clause document as .docx, .odt, .txt or PDF.");
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
    case OfficeDamaged:
        text = tr("The Word or OpenDocument file is damaged (incomplete or not readable). Open it "
                  "in Word or LibreOffice, save it again and import the new copy. Nothing was imported.");
        break;
    case OfficeLegacy:
        text = tr("This is an old Word document (.doc), which Kansa does not read. Open it in Word "
                  "or LibreOffice, save it as .docx and import that. Nothing was imported.");
        break;
    case OfficeEncrypted:
        text = tr("The document is protected by a password. Remove the protection (or ask the "
                  "issuer for an unprotected copy) and import it again. Nothing was imported.");
        break;
    case OfficeTooLarge:
        text = tr("The document unpacks to far more data than any clause document, so it was not "
                  "opened (it may be damaged or made to exhaust memory). Nothing was imported.");
        break;
    case OfficeUnsupported:
        text = tr("The file is a packaged office document but neither a text document (.docx or .odt) "
                  "nor an Excel workbook (.xlsx); a presentation cannot be imported as clauses. "
                  "Nothing was imported.");
        break;
    case SpreadsheetLegacy:
        text = tr("This is an old Excel workbook (.xls), which Kansa does not read. Open it in Excel "
                  "or LibreOffice, save it as .xlsx (Excel workbook) and import that. Nothing was imported.");
        break;
    case SpreadsheetDamaged:
        text = tr("The file is not a readable Excel workbook (.xlsx): it is damaged, cut short, or another "
                  "kind of file with an .xlsx name. Open it in Excel or LibreOffice and save it again as "
                  ".xlsx, or ask the sender for a new copy. Nothing was imported.");
        break;
    case NotAChecklist:
        text = tr("No checklist was found in the workbook: no sheet has a header row naming the text under "
                  "check (確認事項, 確認内容, 内容, チェック項目 …) with rows below it. Say which row and "
                  "columns hold the checklist (in the column dialog, or with --header-row and --columns). "
                  "Nothing was imported.");
        break;
    case HeaderRowPastEnd:
        text = tr("The header row given is below the last row of the sheet, so there are no check items under it. "
                  "Give the number of the row that holds the column titles, as Excel shows it. Nothing was imported.");
        break;
    case SheetMissing:
        text = tr("The workbook has no sheet of that name (its sheets are named below). Nothing was imported.");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral("\n(") + detail + QLatin1Char(')');
    return text;
}

} // namespace Kansa
