#include "documentimagehandler.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QTextDocument>
#include <QUrl>

namespace Kansa {

namespace {

QImage imageOf(QTextDocument *doc, const QTextImageFormat &format)
{
    const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(format.name()));
    if (data.userType() == QMetaType::QImage)
        return data.value<QImage>();
    if (data.userType() == QMetaType::QPixmap)
        return data.value<QPixmap>().toImage();
    return {};
}

} // namespace

QSizeF DocumentImageHandler::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QTextImageFormat f = format.toImageFormat();
    QSizeF size(f.width(), f.height());
    const bool hasWidth = f.hasProperty(QTextFormat::ImageWidth);
    const bool hasHeight = f.hasProperty(QTextFormat::ImageHeight);
    if (!hasWidth || !hasHeight) {
        const QSizeF natural = imageOf(doc, f).deviceIndependentSize();
        if (natural.isEmpty())
            return {};
        if (hasWidth)
            size.setHeight(natural.height() * size.width() / natural.width());
        else if (hasHeight)
            size.setWidth(natural.width() * size.height() / natural.height());
        else
            size = natural;
    }
    // Sizes in the HTML are CSS pixels (96 per inch), as in Qt's own handler.
    if (const QPaintDevice *device = doc->documentLayout()->paintDevice())
        size *= device->logicalDpiY() / 96.0;
    return QSizeF(qRound(size.width()), qRound(size.height()));
}

void DocumentImageHandler::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format)
{
    const QImage image = imageOf(doc, format.toImageFormat());
    if (!image.isNull())
        painter->drawImage(rect, image);
}

} // namespace Kansa
