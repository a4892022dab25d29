#include "markupcanvas.h"

#include "evidence/markuppainter.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace Kansa {

MarkupCanvas::MarkupCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void MarkupCanvas::setPixmap(const QPixmap &pixmap)
{
    m_pixmap = pixmap;
    resize(pixmap.deviceIndependentSize().toSize());
    update();
}

void MarkupCanvas::setMarkup(const PhotoMarkup &markup)
{
    m_markup = markup;
    if (m_selected >= m_markup.shapes.size())
        select(-1);
    update();
}

void MarkupCanvas::setEditable(bool editable)
{
    m_editable = editable;
    setCursor(editable && m_tool != Tool::Select ? Qt::CrossCursor : Qt::ArrowCursor);
}

void MarkupCanvas::setTool(Tool tool)
{
    m_tool = tool;
    setCursor(m_editable && tool != Tool::Select ? Qt::CrossCursor : Qt::ArrowCursor);
    if (tool != Tool::Select)
        select(-1);
}

void MarkupCanvas::setColor(const QColor &color)
{
    m_color = color;
    if (m_editable && m_selected >= 0 && m_markup.shapes.at(m_selected).color != color) {
        m_before = m_markup;
        m_markup.shapes[m_selected].color = color;
        finish(tr("Colour of a mark"));
    }
}

void MarkupCanvas::setLineWidth(int level)
{
    m_width = std::clamp(level, 1, 3);
    if (m_editable && m_selected >= 0 && m_markup.shapes.at(m_selected).width != m_width) {
        m_before = m_markup;
        m_markup.shapes[m_selected].width = m_width;
        finish(tr("Size of a mark"));
    }
}

void MarkupCanvas::select(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    emit selectionChanged(index);
}

void MarkupCanvas::deleteSelected()
{
    if (!m_editable || m_selected < 0 || m_selected >= m_markup.shapes.size())
        return;
    m_before = m_markup;
    m_markup.shapes.removeAt(m_selected);
    select(-1);
    finish(tr("Delete a mark"));
}

QPointF MarkupCanvas::relative(const QPointF &p) const
{
    return QPointF(std::clamp(p.x() / std::max(1, width()), 0.0, 1.0), std::clamp(p.y() / std::max(1, height()), 0.0, 1.0));
}

bool MarkupCanvas::onResizeHandle(const QPointF &p) const
{
    if (m_selected < 0 || m_selected >= m_markup.shapes.size())
        return false;
    const QRectF b = m_markup.shapes.at(m_selected).bounds();
    const QPointF corner(b.right() * width() + 6, b.bottom() * height() + 6);
    return QRectF(corner - QPointF(8, 8), QSizeF(16, 16)).contains(p);
}

void MarkupCanvas::finish(const QString &what)
{
    m_drag = Drag::None;
    update();
    if (m_markup != m_before)
        emit edited(m_markup, what);
}

void MarkupCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawPixmap(rect(), m_pixmap);
    MarkupPainter::paint(painter, QRectF(rect()), m_markup, m_editable ? m_selected : -1);
}

void MarkupCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!m_editable || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus();
    const QPointF p = relative(event->position());
    m_press = p;
    m_before = m_markup;
    const double aspect = double(std::max(1, width())) / std::max(1, height());
    switch (m_tool) {
    case Tool::Select: {
        if (onResizeHandle(event->position())) {
            m_drag = Drag::Resizing;
            return;
        }
        const int hit = MarkupPainter::hit(m_markup, p, 10.0 / std::max(1, height()), aspect);
        select(hit);
        m_drag = hit >= 0 ? Drag::Moving : Drag::None;
        return;
    }
    case Tool::Pin: {
        MarkupShape s { MarkupShape::Kind::Pin, m_color, m_width, { p }, m_markup.nextPinNumber(), {} };
        m_markup.shapes << s;
        return finish(tr("Add pin %1").arg(s.number));
    }
    case Tool::Text: {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Text on the photo"), tr("Text:"), QLineEdit::Normal, {}, &ok)
                                 .trimmed()
                                 .left(PhotoMarkup::MaxText);
        if (!ok || text.isEmpty())
            return;
        m_markup.shapes << MarkupShape { MarkupShape::Kind::Text, m_color, m_width, { p }, 0, text };
        return finish(tr("Add text"));
    }
    case Tool::Freehand:
        m_markup.shapes << MarkupShape { MarkupShape::Kind::Freehand, m_color, m_width, { p }, 0, {} };
        break;
    case Tool::Arrow:
    case Tool::Ellipse:
    case Tool::Rectangle: {
        const auto kind = m_tool == Tool::Arrow ? MarkupShape::Kind::Arrow
            : m_tool == Tool::Ellipse           ? MarkupShape::Kind::Ellipse
                                                : MarkupShape::Kind::Rectangle;
        m_markup.shapes << MarkupShape { kind, m_color, m_width, { p, p }, 0, {} };
        break;
    }
    }
    m_drag = Drag::Drawing;
    update();
}

void MarkupCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return QWidget::mouseMoveEvent(event);
    const QPointF p = relative(event->position());
    if (m_drag == Drag::Drawing) {
        MarkupShape &s = m_markup.shapes.last();
        if (s.kind == MarkupShape::Kind::Freehand) {
            const QPointF d = p - s.points.last();
            if (std::hypot(d.x(), d.y()) > 0.003 && s.points.size() < PhotoMarkup::MaxPoints)
                s.points << p;
        } else {
            s.points[1] = p;
        }
    } else if (m_drag == Drag::Moving && m_selected >= 0) {
        const MarkupShape &from = m_before.shapes.at(m_selected);
        MarkupShape &s = m_markup.shapes[m_selected];
        for (qsizetype i = 0; i < s.points.size(); ++i)
            s.points[i] = from.points.at(i) + (p - m_press);
    } else if (m_drag == Drag::Resizing && m_selected >= 0) {
        // Scaled from the top left corner of its bounds; a pin or text grows its size instead.
        const MarkupShape &from = m_before.shapes.at(m_selected);
        MarkupShape &s = m_markup.shapes[m_selected];
        const QRectF b = from.bounds();
        if (s.points.size() < 2) {
            const double grow = (p.y() - m_press.y()) * 20;
            s.width = std::clamp(from.width + int(std::round(grow)), 1, 3);
        } else {
            const double sx = b.width() > 1e-4 ? std::max(0.01, p.x() - b.left()) / b.width() : 1.0;
            const double sy = b.height() > 1e-4 ? std::max(0.01, p.y() - b.top()) / b.height() : 1.0;
            for (qsizetype i = 0; i < s.points.size(); ++i)
                s.points[i] = QPointF(b.left() + (from.points.at(i).x() - b.left()) * sx,
                    b.top() + (from.points.at(i).y() - b.top()) * sy);
        }
    }
    update();
}

void MarkupCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    if (drag == Drag::Drawing) {
        const MarkupShape &s = m_markup.shapes.last();
        const QRectF b = s.bounds();
        // A click without a drag draws nothing.
        if (std::max(b.width(), b.height()) < 0.01 || (s.kind == MarkupShape::Kind::Freehand && s.points.size() < 2)) {
            m_markup = m_before;
            m_drag = Drag::None;
            update();
            return;
        }
        const QString what = s.kind == MarkupShape::Kind::Arrow ? tr("Add arrow")
            : s.kind == MarkupShape::Kind::Ellipse             ? tr("Add ellipse")
            : s.kind == MarkupShape::Kind::Rectangle           ? tr("Add rectangle")
                                                               : tr("Add freehand line");
        return finish(what);
    }
    finish(drag == Drag::Moving ? tr("Move a mark") : tr("Resize a mark"));
}

void MarkupCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_editable && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected >= 0)
        return deleteSelected();
    QWidget::keyPressEvent(event);
}

} // namespace Kansa
