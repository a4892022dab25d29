#include "pdf/pdfdocument.h"

#include <QFile>

#include <poppler-qt6.h>

namespace Kansa {

namespace {
void quietPoppler(const QString &, const QVariant &) { }
} // namespace

PdfDocument::PdfDocument() = default;
PdfDocument::~PdfDocument() = default;

PdfDocument::Status PdfDocument::load(const QByteArray &data)
{
    Poppler::setDebugErrorFunction(quietPoppler, {});
    m_doc = Poppler::Document::loadFromData(data);
    if (!m_doc)
        return Status::Damaged;
    if (m_doc->isLocked()) {
        m_doc.reset();
        return Status::Encrypted;
    }
    if (m_doc->numPages() <= 0 || !m_doc->page(0)) {
        m_doc.reset();
        return Status::NoPages;
    }
    m_doc->setRenderHint(Poppler::Document::Antialiasing);
    m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return Status::Ok;
}

PdfDocument::Status PdfDocument::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::Damaged;
    return load(file.readAll());
}

int PdfDocument::pageCount() const
{
    return m_doc ? m_doc->numPages() : 0;
}

QSizeF PdfDocument::pageSizePoints(int page) const
{
    if (!m_doc)
        return {};
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QImage PdfDocument::render(int page, double dpi) const
{
    if (!m_doc)
        return {};
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

QImage PdfDocument::renderToFit(int page, const QSize &box) const
{
    const QSizeF points = pageSizePoints(page);
    if (points.isEmpty())
        return {};
    const double scale = std::min(box.width() / points.width(), box.height() / points.height());
    return render(page, 72.0 * scale);
}

std::optional<QString> PdfDocument::pageText(int page) const
{
    if (!m_doc)
        return std::nullopt;
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return std::nullopt;
    return p->text(QRectF(), Poppler::Page::PhysicalLayout);
}

} // namespace Kansa
