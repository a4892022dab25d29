#pragma once

#include "evidence/photomarkup.h"

#include <QPixmap>
#include <QWidget>

namespace Kansa {

/// A photo (or a PDF page) as shown in the viewer, with its markup drawn over it; on a photo of
/// an audit that is not signed, the marks are drawn, moved, resized and deleted with the mouse.
/// Every finished gesture is reported by edited(), once: the viewer makes it one undo step.
class MarkupCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Select, Arrow, Ellipse, Rectangle, Freehand, Pin, Text };

    explicit MarkupCanvas(QWidget *parent = nullptr);

    void setPixmap(const QPixmap &pixmap);
    void setMarkup(const PhotoMarkup &markup);
    const PhotoMarkup &markup() const { return m_markup; }
    void setEditable(bool editable);
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setColor(const QColor &color);
    void setLineWidth(int level); // 1..3
    int selected() const { return m_selected; }
    void select(int index);
    void deleteSelected();

signals:
    void edited(const PhotoMarkup &markup, const QString &what);
    void selectionChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Drawing, Moving, Resizing };
    QPointF relative(const QPointF &widgetPoint) const;
    bool onResizeHandle(const QPointF &widgetPoint) const;
    void finish(const QString &what);

    QPixmap m_pixmap;
    PhotoMarkup m_markup;
    PhotoMarkup m_before; // when the gesture started
    bool m_editable = false;
    Tool m_tool = Tool::Select;
    QColor m_color = PhotoMarkup::palette().first();
    int m_width = 2;
    int m_selected = -1;
    Drag m_drag = Drag::None;
    QPointF m_press; // relative
};

} // namespace Kansa
