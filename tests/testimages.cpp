#include "testimages.h"

#include "demo/syntheticphoto.h"

#include <QBuffer>
#include <QImage>
#include <QtEndian>

namespace TestImages {

namespace {
quint32 crc32(const QByteArray &data) // PNG's CRC (ISO 3309)
{
    quint32 c = 0xFFFFFFFFu;
    for (char byte : data) {
        c ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}
} // namespace

QByteArray jpegWithOrientation(const QSize &stored, int orientation)
{
    const QByteArray plain = Kansa::SyntheticPhoto::jpeg(stored, 7);
    // APP1 "Exif": a big-endian TIFF header with one IFD entry, Orientation (0x0112).
    QByteArray tiff("MM\0*\0\0\0\x08", 8);
    tiff += QByteArray("\0\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // tag, SHORT, count 1
    tiff += char(0) + QByteArray(1, char(orientation)) + QByteArray(2, '\0');
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const quint16 length = quint16(payload.size() + 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    segment += payload;
    return plain.left(2) + segment + plain.mid(2);
}

QByteArray truncatedJpeg(double fraction)
{
    const QByteArray whole = Kansa::SyntheticPhoto::jpeg(QSize(800, 600), 3);
    return whole.left(qsizetype(whole.size() * fraction));
}

QByteArray heicHeader()
{
    QByteArray h("\0\0\0\x18"
                 "ftypheic\0\0\0\0mif1heic",
        24);
    return h + QByteArray(1000, '\x11');
}

QByteArray pngHeader(int width, int height)
{
    QByteArray ihdr("IHDR");
    uchar dims[8];
    qToBigEndian<quint32>(quint32(width), dims);
    qToBigEndian<quint32>(quint32(height), dims + 4);
    ihdr += QByteArray(reinterpret_cast<const char *>(dims), 8);
    ihdr += QByteArray("\x08\x02\0\0\0", 5); // 8-bit RGB
    uchar crc[4];
    qToBigEndian<quint32>(crc32(ihdr), crc);
    uchar len[4];
    qToBigEndian<quint32>(13, len);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(reinterpret_cast<const char *>(len), 4)
        + ihdr + QByteArray(reinterpret_cast<const char *>(crc), 4)
        + QByteArray("\0\0\0\x10IDAT", 8) + QByteArray(20, '\0'); // where decoding would start
}

QByteArray signaturePng()
{
    QImage image(200, 60, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int x = 10; x < 190; ++x)
        image.setPixelColor(x, 30 + (x % 20) - 10, Qt::black);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace TestImages
