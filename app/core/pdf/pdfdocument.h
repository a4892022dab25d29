#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <optional>

#include <memory>

namespace Poppler {
class Document;
}

namespace Kansa {

/// The one Poppler adapter: a loaded PDF whose pages render to images (the viewer, thumbnails,
/// print copies) and give their text layer (clause import).
class PdfDocument
{
public:
    enum class Status { Ok, Damaged, Encrypted, NoPages };

    PdfDocument();
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    Status load(const QByteArray &data);
    Status loadFile(const QString &path);
    int pageCount() const;
    QSizeF pageSizePoints(int page) const;
    /// The page at the given resolution, white background, antialiased.
    QImage render(int page, double dpi) const;
    /// The page scaled to fit a box, for thumbnails.
    QImage renderToFit(int page, const QSize &box) const;
    /// The page's text as laid out on the page (columns kept apart by spaces); nullopt when the
    /// page cannot be read.
    std::optional<QString> pageText(int page) const;

private:
    std::unique_ptr<Poppler::Document> m_doc;
};

} // namespace Kansa
