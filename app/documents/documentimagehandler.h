#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace Kansa {

/// Lays out and draws a document's images in place of Qt's own handler. Qt's handler decodes an
/// image on every layout pass just to learn the paint device's scale, even when the HTML gives
/// its width and height; a report of 200 photos was decoded three times over. This one takes
/// the size from the format when both are given, and decodes only to draw.
class DocumentImageHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;
};

} // namespace Kansa
