#include "clauseimport/clauseimporter.h"

#include "clauseimport/clauseparser.h"
#include "crypto/sha256.h"
#include "clauseimport/docxtextextractor.h"
#include "clauseimport/odttextextractor.h"
#include "clauseimport/textdecoder.h"
#include "clauseimport/xlsxworkbook.h"
#include "clauseimport/zippackage.h"
#include "text/textnormalizer.h"

#include <QFile>
#include <QFileInfo>

namespace Kansa {

QString ClauseImporter::contentHash(const QString &decodedText)
{
    return Sha256::hex(TextNormalizer::normalize(decodedText).toUtf8());
}

ClauseImporter::Result ClauseImporter::readFile(
    const QString &path, const PdfTextExtractor::Progress &progress, const ChecklistSheet::Options &checklist)
{
    Result r;
    const QFileInfo info(path);
    r.sourceName = info.fileName();
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        r.error = { ImportError::FileUnreadable, r.sourceName };
        return r;
    }
    if (file.size() > MaxFileSize) {
        r.error = { ImportError::FileTooLarge, r.sourceName };
        return r;
    }
    const QByteArray bytes = file.readAll(); // its size was checked (read(max) would reserve the whole limit)
    if (file.error() != QFileDevice::NoError) {
        r.error = { ImportError::FileUnreadable, r.sourceName };
        return r;
    }
    const bool pdfName = info.suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    if (pdfName && !bytes.isEmpty() && !PdfTextExtractor::looksLikePdf(bytes)) {
        r.error = { ImportError::PdfDamaged, r.sourceName };
        return r;
    }
    return readBytes(bytes, r.sourceName, progress, checklist);
}

ClauseImporter::Result ClauseImporter::readChecklist(std::shared_ptr<const QList<XlsxSheet>> sheets,
    const QString &sourceName, const ChecklistSheet::Options &checklist)
{
    Result r;
    r.sourceName = sourceName;
    r.encoding = QStringLiteral("Excel (.xlsx)");
    r.sheets = std::move(sheets);
    ChecklistSheet::Result read = ChecklistSheet::read(*r.sheets, checklist, QFileInfo(sourceName).completeBaseName());
    r.layout = read.layout;
    r.layoutKey = read.layoutKey;
    r.layoutFound = read.found;
    r.layoutRemembered = read.rememberedLayout;
    r.layoutNote = read.description;
    if (read.error.isError()) {
        r.error = read.error;
        return r;
    }
    r.document = std::move(read.document);
    r.text = std::move(read.text);
    r.contentHash = contentHash(r.text);
    return r;
}

ClauseImporter::Result ClauseImporter::readBytes(const QByteArray &bytes, const QString &sourceName,
    const PdfTextExtractor::Progress &progress, const ChecklistSheet::Options &checklist)
{
    Result r;
    r.sourceName = sourceName;
    auto fail = [&](ImportError::Code code) {
        r.error = { code, sourceName };
        return r;
    };
    if (bytes.size() > MaxFileSize)
        return fail(ImportError::FileTooLarge);
    if (bytes.trimmed().isEmpty())
        return fail(ImportError::EmptyFile);

    QString text;
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: a binary .doc, or a .docx/.odt encrypted by a password (Office
        // wraps those in one, with an "EncryptedPackage" stream).
        const QByteArray encrypted = QStringLiteral("EncryptedPackage").toUtf8();
        QByteArray utf16;
        for (const char c : encrypted)
            utf16.append(c).append('\0');
        if (bytes.contains(utf16))
            return fail(ImportError::OfficeEncrypted);
        // Excel's binary workbook keeps its cells in a stream named "Workbook" (or "Book").
        QByteArray workbook;
        for (const char c : QByteArray("Workbook"))
            workbook.append(c).append('\0');
        const bool excel = bytes.contains(workbook) || sourceName.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive);
        return fail(excel ? ImportError::SpreadsheetLegacy : ImportError::OfficeLegacy);
    }
    const bool xlsxName = sourceName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (xlsxName && !ZipPackage::looksLikeZip(bytes))
        return fail(ImportError::SpreadsheetDamaged); // not read as text: it was meant as a workbook
    if (ZipPackage::looksLikeZip(bytes)) {
        ZipPackage::Error e = ZipPackage::Error::None;
        const std::unique_ptr<ZipPackage> package = ZipPackage::open(bytes, &e);
        if (!package)
            return fail(xlsxName && e == ZipPackage::Error::Damaged ? ImportError::SpreadsheetDamaged
                                                                    : ZipPackage::importError(e));
        ImportError error;
        if (DocxTextExtractor::isDocx(*package)) {
            DocxTextExtractor::Result docx = DocxTextExtractor::extract(*package);
            error = docx.error;
            text = std::move(docx.text);
            r.encoding = QStringLiteral("Word (.docx)");
        } else if (OdtTextExtractor::isOdt(*package)) {
            OdtTextExtractor::Result odt = OdtTextExtractor::extract(*package);
            error = odt.error;
            text = std::move(odt.text);
            r.encoding = QStringLiteral("OpenDocument (.odt)");
        } else if (XlsxWorkbook::isXlsx(*package)) {
            XlsxWorkbook::Result book = XlsxWorkbook::read(*package);
            if (book.error.isError()) {
                r.error = { book.error.code,
                    book.error.detail.isEmpty() ? sourceName : sourceName + QStringLiteral(": ") + book.error.detail };
                return r;
            }
            Result checked = readChecklist(
                std::make_shared<const QList<XlsxSheet>>(std::move(book.sheets)), sourceName, checklist);
            if (checked.error.isError() && checked.error.detail.isEmpty())
                checked.error.detail = sourceName;
            return checked;
        } else {
            return fail(ImportError::OfficeUnsupported);
        }
        if (error.isError()) {
            r.error = { error.code, error.detail.isEmpty() ? sourceName : sourceName + QStringLiteral(": ") + error.detail };
            return r;
        }
    } else if (PdfTextExtractor::looksLikePdf(bytes)) {
        PdfTextExtractor::Result pdf = PdfTextExtractor::extract(bytes, progress);
        if (pdf.error.isError())
            return fail(pdf.error.code);
        text = std::move(pdf.text);
        r.encoding = QStringLiteral("PDF");
    } else {
        TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (decoded.error.isError())
            return fail(decoded.error.code);
        text = std::move(decoded.text);
        r.encoding = decoded.encoding;
    }
    if (TextNormalizer::trimmed(text).isEmpty())
        return fail(ImportError::EmptyFile);
    r.contentHash = contentHash(text); // also with NoArticles: a structure given by hand needs it
    r.document = ClauseParser::parse(text);
    r.text = std::move(text);
    if (r.document.articles.isEmpty())
        return fail(ImportError::NoArticles);
    return r;
}

} // namespace Kansa
