#include "clauseimport/pdftextextractor.h"

#include "text/textnormalizer.h"

#include <poppler-qt6.h>

namespace Kansa {

namespace {
void quietPoppler(const QString &, const QVariant &) { }
} // namespace

bool PdfTextExtractor::looksLikePdf(const QByteArray &head)
{
    return head.left(1024).contains("%PDF-");
}

PdfTextExtractor::Result PdfTextExtractor::extract(const QByteArray &pdf, const Progress &progress)
{
    Poppler::setDebugErrorFunction(quietPoppler, {});
    Result r;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc) {
        r.error = { ImportError::PdfDamaged, {} };
        return r;
    }
    if (doc->isLocked()) {
        r.error = { ImportError::PdfEncrypted, {} };
        return r;
    }
    r.pageCount = doc->numPages();
    if (r.pageCount <= 0) {
        r.error = { ImportError::PdfDamaged, {} };
        return r;
    }
    bool anyText = false;
    for (int i = 0; i < r.pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page) {
            r.error = { ImportError::PdfDamaged, {} };
            return r;
        }
        const QString text = page->text(QRectF(), Poppler::Page::PhysicalLayout);
        anyText = anyText || !TextNormalizer::trimmed(text).isEmpty();
        if (i > 0)
            r.text += u'\f';
        r.text += text;
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
