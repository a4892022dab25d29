#include "qrcodeimage.h"

#include <QPainter>

#include <qrencode.h>

namespace Kansa::QrCodeImage {

QImage make(const QString &text, int moduleSize)
{
    const QByteArray bytes = text.toUtf8();
    QRcode *code = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int Quiet = 4; // modules of white around the code
    const int side = (code->width + 2 * Quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                p.fillRect((x + Quiet) * moduleSize, (y + Quiet) * moduleSize, moduleSize, moduleSize, Qt::black);
    QRcode_free(code);
    return image;
}

} // namespace Kansa::QrCodeImage
