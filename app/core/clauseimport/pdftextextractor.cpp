#include "clauseimport/pdftextextractor.h"

#include "pdf/pdfdocument.h"
#include "text/textnormalizer.h"

namespace Kansa {

bool PdfTextExtractor::looksLikePdf(const QByteArray &head)
{
    return head.left(1024).contains("%PDF-");
}

PdfTextExtractor::Result PdfTextExtractor::extract(const QByteArray &pdf, const Progress &progress)
{
    Result r;
    PdfDocument doc;
    switch (doc.load(pdf)) {
    case PdfDocument::Status::Ok:
        break;
    case PdfDocument::Status::Encrypted:
        r.error = { ImportError::PdfEncrypted, {} };
        return r;
    case PdfDocument::Status::Damaged:
    case PdfDocument::Status::NoPages:
        r.error = { ImportError::PdfDamaged, {} };
        return r;
    }
    r.pageCount = doc.pageCount();
    bool anyText = false;
    for (int i = 0; i < r.pageCount; ++i) {
        const std::optional<QString> text = doc.pageText(i);
        if (!text) {
            r.error = { ImportError::PdfDamaged, {} };
            return r;
        }
        anyText = anyText || !TextNormalizer::trimmed(*text).isEmpty();
        if (i > 0)
            r.text += u'\f';
        r.text += *text;
        if (progress && !progress(i + 1, r.pageCount)) {
            r.error = { ImportError::Cancelled, {} };
            return r;
        }
    }
    if (!anyText)
        r.error = { ImportError::PdfNoText, {} };
    return r;
}

} // namespace Kansa
