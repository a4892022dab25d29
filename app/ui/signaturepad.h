#pragma once

#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace Kansa {

/// A box to sign in with a mouse, pen or finger. Strokes are smoothed (quadratic curves through
/// the midpoints) and drawn thicker where a pen presses harder; Clear, Undo and Redo work on
/// whole strokes. toPng() gives the signature on a transparent background.
class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    QByteArray toPng() const;
    QSize sizeHint() const override { return { 480, 160 }; }

public slots:
    void clear();
    void undo();
    void redo();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
#if QT_CONFIG(tabletevent) // Qt for Windows is built without it (Debian's source has no wintab):
                            // a pen arrives as mouse and touch events there
    void tabletEvent(QTabletEvent *event) override;
#endif
    bool event(QEvent *event) override; // touch

private:
    struct Stroke
    {
        QPolygonF points;
        qreal width = 2.5;
    };
    void begin(const QPointF &p, qreal pressure);
    void extend(const QPointF &p);
    void end();
    static void drawStroke(QPainter &painter, const Stroke &stroke);

    QList<Stroke> m_strokes;
    QList<Stroke> m_undone;
    bool m_drawing = false;
};

} // namespace Kansa
