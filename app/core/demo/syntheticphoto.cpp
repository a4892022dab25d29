#include "demo/syntheticphoto.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

namespace Kansa::SyntheticPhoto {

QImage render(const QSize &size, int seed)
{
    QRandomGenerator rng(quint32(seed) * 2654435761u + 17u);
    QImage image(size, QImage::Format_RGB32);
    const int w = size.width();
    const int h = size.height();
    const int hue = int(rng.bounded(360));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient wall(0, 0, w, h * 0.6);
        wall.setColorAt(0, QColor::fromHsv(hue, 20, 235));
        wall.setColorAt(1, QColor::fromHsv(hue, 35, 170));
        p.fillRect(0, 0, w, int(h * 0.62), wall);
        QLinearGradient floor(0, h * 0.62, 0, h);
        floor.setColorAt(0, QColor(120, 110, 100));
        floor.setColorAt(1, QColor(70, 62, 55));
        p.fillRect(0, int(h * 0.62), w, h, floor);
        // A steel cabinet with a key lock.
        const QRectF cabinet(w * (0.1 + rng.bounded(0.3)), h * 0.18, w * 0.28, h * 0.62);
        QLinearGradient steel(cabinet.topLeft(), cabinet.topRight());
        steel.setColorAt(0, QColor(190, 195, 200));
        steel.setColorAt(0.5, QColor(225, 228, 232));
        steel.setColorAt(1, QColor(160, 165, 172));
        p.setPen(QPen(QColor(90, 95, 100), w / 800.0 + 1));
        p.setBrush(steel);
        p.drawRect(cabinet);
        p.drawLine(QPointF(cabinet.center().x(), cabinet.top()),
            QPointF(cabinet.center().x(), cabinet.bottom()));
        p.setBrush(QColor(60, 60, 65));
        p.drawEllipse(
            QPointF(cabinet.center().x() + w * 0.02, cabinet.center().y()), w * 0.008, w * 0.008);
        // A desk with a monitor.
        const QRectF desk(w * 0.55, h * 0.5, w * 0.4, h * 0.06);
        p.setBrush(QColor(150, 110, 70));
        p.drawRect(desk);
        p.setBrush(QColor(30, 32, 36));
        p.drawRoundedRect(QRectF(w * 0.62, h * 0.28, w * 0.22, h * 0.2), w * 0.005, w * 0.005);
        p.setBrush(QColor::fromHsv((hue + 180) % 360, 120, 200));
        p.drawRect(QRectF(w * 0.635, h * 0.3, w * 0.19, h * 0.16));
    }
    // Sensor noise, so the JPEG is as heavy as a camera's.
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int n = int(rng.generate() & 15) - 8;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255),
                std::clamp(qBlue(c) + n, 0, 255));
        }
    }
    return image;
}

QByteArray jpeg(const QSize &size, int seed)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    render(size, seed).save(&buffer, "JPEG", 90);
    return bytes;
}

} // namespace Kansa::SyntheticPhoto
