#include "evidence/markuppainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Kansa::MarkupPainter {

namespace {

double strokeWidth(int level, double unit)
{
    static constexpr double widths[] = { 0.006, 0.011, 0.018 };
    return std::max(1.5, widths[std::clamp(level, 1, 3) - 1] * unit);
}

// Light as the eye sees it (luma), not HSL lightness: yellow is light (0.89) and gets a dark
// label; by lightness (0.5) it had a white one and could hardly be read in print.
bool light(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() > 0.6;
}

// A dark or light edge under each line, so a red circle shows on a red wall.
QColor halo(const QColor &c)
{
    return light(c) ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 170);
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

void paint(QPainter &painter, const QRectF &target, const PhotoMarkup &markup, int selected)
{
    if (markup.isEmpty() || target.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double unit = std::min(target.width(), target.height());
    auto at = [&](const QPointF &p) { return QPointF(target.left() + p.x() * target.width(), target.top() + p.y() * target.height()); };
    for (qsizetype i = 0; i < markup.shapes.size(); ++i) {
        const MarkupShape &s = markup.shapes.at(i);
        if (s.points.isEmpty())
            continue;
        const double w = strokeWidth(s.width, unit);
        auto stroke = [&](const QPainterPath &path, bool filledHead = false) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(halo(s.color), w + std::max(2.0, w * 0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            painter.setPen(QPen(s.color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            if (filledHead)
                painter.setBrush(s.color);
            painter.drawPath(path);
        };
        switch (s.kind) {
        case MarkupShape::Kind::Arrow: {
            const QPointF tail = at(s.points.value(0)), head = at(s.points.value(1));
            const double angle = std::atan2(head.y() - tail.y(), head.x() - tail.x());
            const double len = std::max(w * 4.0, unit * 0.05);
            QPainterPath path(tail);
            path.lineTo(head);
            QPainterPath tip(head);
            tip.lineTo(head - QPointF(std::cos(angle - 0.45) * len, std::sin(angle - 0.45) * len));
            tip.lineTo(head - QPointF(std::cos(angle + 0.45) * len, std::sin(angle + 0.45) * len));
            tip.closeSubpath();
            stroke(path);
            stroke(tip, true);
            break;
        }
        case MarkupShape::Kind::Ellipse:
        case MarkupShape::Kind::Rectangle: {
            const QRectF r = QRectF(at(s.points.value(0)), at(s.points.value(1))).normalized();
            QPainterPath path;
            if (s.kind == MarkupShape::Kind::Ellipse)
                path.addEllipse(r);
            else
                path.addRect(r);
            stroke(path);
            break;
        }
        case MarkupShape::Kind::Freehand: {
            QPainterPath path(at(s.points.first()));
            for (qsizetype k = 1; k < s.points.size(); ++k)
                path.lineTo(at(s.points.at(k)));
            stroke(path);
            break;
        }
        case MarkupShape::Kind::Pin: {
            const double r = unit * (0.022 + 0.008 * s.width);
            const QPointF c = at(s.points.first());
            painter.setPen(QPen(halo(s.color), std::max(1.5, r * 0.18)));
            painter.setBrush(s.color);
            painter.drawEllipse(c, r, r);
            QFont f = painter.font();
            f.setBold(true);
            f.setPixelSize(std::max(6, int(r * 1.2)));
            painter.setFont(f);
            painter.setPen(light(s.color) ? Qt::black : Qt::white);
            painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(s.number));
            break;
        }
        case MarkupShape::Kind::Text: {
            QFont f = painter.font();
            f.setBold(true);
            f.setPixelSize(std::max(6, int(unit * (0.03 + 0.012 * s.width))));
            painter.setFont(f);
            const QPointF topLeft = at(s.points.first());
            const QRectF box = painter.fontMetrics()
                                   .boundingRect(QRect(0, 0, int(target.width()), int(target.height())), Qt::TextWordWrap, s.text)
                                   .toRectF()
                                   .translated(topLeft)
                                   .adjusted(-f.pixelSize() * 0.3, -f.pixelSize() * 0.15, f.pixelSize() * 0.3, f.pixelSize() * 0.15);
            painter.setPen(Qt::NoPen);
            painter.setBrush(light(s.color) ? QColor(0, 0, 0, 170) : QColor(255, 255, 255, 210));
            painter.drawRoundedRect(box, f.pixelSize() * 0.2, f.pixelSize() * 0.2);
            painter.setPen(s.color);
            painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, s.text);
            break;
        }
        }
        if (i == selected) {
            QRectF b = QRectF(at(s.bounds().topLeft()), at(s.bounds().bottomRight()));
            b = b.adjusted(-6, -6, 6, 6);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0, 120, 215), 1.5, Qt::DashLine));
            painter.drawRect(b);
            painter.setPen(QPen(QColor(0, 120, 215), 1));
            painter.setBrush(Qt::white);
            painter.drawRect(QRectF(b.bottomRight() - QPointF(5, 5), QSizeF(10, 10))); // the resize handle
        }
    }
    painter.restore();
}

QImage flattened(const QImage &photo, const PhotoMarkup &markup)
{
    QImage out = photo.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&out);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(out.size())), markup);
    return out;
}

int hit(const PhotoMarkup &markup, const QPointF &point, double tolerance, double aspect)
{
    // Distances in units of the image's height: x is stretched by the aspect (width / height).
    auto scaled = [aspect](QPointF p) { return QPointF(p.x() * aspect, p.y()); };
    const QPointF p = scaled(point);
    for (qsizetype i = markup.shapes.size() - 1; i >= 0; --i) {
        const MarkupShape &s = markup.shapes.at(i);
        if (s.kind == MarkupShape::Kind::Arrow || s.kind == MarkupShape::Kind::Freehand) {
            for (qsizetype k = 1; k < s.points.size(); ++k)
                if (distanceToSegment(p, scaled(s.points.at(k - 1)), scaled(s.points.at(k))) <= tolerance)
                    return int(i);
            continue;
        }
        QRectF b = s.bounds();
        if (s.kind == MarkupShape::Kind::Pin)
            b = QRectF(b.center() - QPointF(0.04 / aspect, 0.04), QSizeF(0.08 / aspect, 0.08));
        else if (s.kind == MarkupShape::Kind::Text)
            b = QRectF(b.topLeft(), QSizeF(0.05 * s.text.size() / aspect, 0.06));
        const QRectF r(scaled(b.topLeft()), scaled(b.bottomRight()));
        if (r.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            return int(i);
    }
    return -1;
}

} // namespace Kansa::MarkupPainter
