#include "signaturepad.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtGui/qtguiglobal.h>
#if QT_CONFIG(tabletevent)
#include <QTabletEvent>
#endif
#include <QTouchEvent>

namespace Kansa {

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setMinimumSize(320, 120);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Signature box"));
}

void SignaturePad::begin(const QPointF &p, qreal pressure)
{
    m_drawing = true;
    m_undone.clear();
    m_strokes.append({ QPolygonF { p }, pressure > 0 ? 1.5 + 2.5 * pressure : 2.5 });
    update();
}

void SignaturePad::extend(const QPointF &p)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    QPolygonF &pts = m_strokes.last().points;
    if (QLineF(pts.last(), p).length() >= 1.0)
        pts.append(p);
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::clear()
{
    m_undone = m_strokes + m_undone;
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::undo()
{
    if (m_strokes.isEmpty())
        return;
    m_undone.prepend(m_strokes.takeLast());
    update();
    emit changed();
}

void SignaturePad::redo()
{
    if (m_undone.isEmpty())
        return;
    m_strokes.append(m_undone.takeFirst());
    update();
    emit changed();
}

void SignaturePad::drawStroke(QPainter &painter, const Stroke &s)
{
    painter.setPen(QPen(Qt::black, s.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPolygonF &p = s.points;
    if (p.size() == 1) {
        painter.drawPoint(p.first());
        return;
    }
    // Quadratic segments through the midpoints: smooth without overshooting the pen.
    QPainterPath path(p.first());
    for (qsizetype i = 1; i + 1 < p.size(); ++i)
        path.quadTo(p.at(i), (p.at(i) + p.at(i + 1)) / 2);
    path.lineTo(p.last());
    painter.drawPath(path);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(QColor(170, 170, 170), 1, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    painter.drawLine(12, baseline, width() - 12, baseline);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Stroke &s : m_strokes)
        drawStroke(painter, s);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void SignaturePad::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton)
        begin(e->position(), 0);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *e) { extend(e->position()); }
void SignaturePad::mouseReleaseEvent(QMouseEvent *) { end(); }

#if QT_CONFIG(tabletevent)
void SignaturePad::tabletEvent(QTabletEvent *e)
{
    switch (e->type()) {
    case QEvent::TabletPress: begin(e->position(), e->pressure()); break;
    case QEvent::TabletMove: extend(e->position()); break;
    case QEvent::TabletRelease: end(); break;
    default: break;
    }
    e->accept();
}
#endif

bool SignaturePad::event(QEvent *e)
{
    if (e->type() == QEvent::TouchBegin || e->type() == QEvent::TouchUpdate || e->type() == QEvent::TouchEnd) {
        const auto *t = static_cast<QTouchEvent *>(e);
        if (!t->points().isEmpty()) {
            const QPointF p = t->points().first().position();
            if (e->type() == QEvent::TouchBegin)
                begin(p, 0);
            else if (e->type() == QEvent::TouchUpdate)
                extend(p);
            else
                end();
        }
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

QByteArray SignaturePad::toPng() const
{
    if (m_strokes.isEmpty())
        return {};
    QRectF box;
    for (const Stroke &s : m_strokes)
        box = box.united(s.points.boundingRect());
    box.adjust(-8, -8, 8, 8);
    // Twice the screen size, so the printed signature is not blocky.
    QImage image((box.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2, 2);
    painter.translate(-box.topLeft());
    for (const Stroke &s : m_strokes)
        drawStroke(painter, s);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Kansa
