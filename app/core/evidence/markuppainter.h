#pragma once

#include "evidence/photomarkup.h"

#include <QImage>

class QPainter;

namespace Kansa::MarkupPainter {

/// Draws the marks onto the image's rectangle target (where the photo is drawn), sized to it:
/// lines, pins and text scale with the photo, so a print and a thumbnail look alike.
void paint(QPainter &painter, const QRectF &target, const PhotoMarkup &markup, int selected = -1);
/// A copy of the photo with the marks drawn into it (the report's flattened print copy).
QImage flattened(const QImage &photo, const PhotoMarkup &markup);
/// The index of the topmost mark at point (relative), within tolerance (relative); -1 if none.
int hit(const PhotoMarkup &markup, const QPointF &point, double tolerance, double aspect);

} // namespace Kansa::MarkupPainter
