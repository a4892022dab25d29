#include "evidence/imagedecoder.h"

#include <QDeadlineTimer>
#include <QFile>
#include <mutex>

#include <QImageReader>
#include <QImageWriter>

#include <climits>

namespace Kansa {

namespace {

// A read-only device over the bytes that stops giving data once the deadline has passed, so a
// decoder that reads as it goes (libjpeg, libpng) ends early with an error instead of running
// on. What a decoder does between reads is bounded by the pixel count.
class DeadlineBuffer : public QIODevice
{
public:
    DeadlineBuffer(const QByteArray &data, int deadlineMs)
        : m_data(data)
        , m_deadline(deadlineMs)
    {
        open(QIODevice::ReadOnly);
    }
    bool expired() const { return m_expired || m_deadline.hasExpired(); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_deadline.hasExpired()) {
            m_expired = true;
            return -1;
        }
        const qint64 n = qMin(max, qint64(m_data.size()) - pos());
        if (n <= 0)
            return 0;
        memcpy(out, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    QDeadlineTimer m_deadline;
    bool m_expired = false;
};

// Start-of-scan markers. Inside entropy-coded data every 0xFF is followed by 0x00 or a restart
// marker, so FF DA occurs only as a marker (an EXIF thumbnail adds one).
int jpegScanCount(const QByteArray &data)
{
    int scans = 0;
    for (qsizetype i = data.indexOf("\xFF\xDA"); i >= 0; i = data.indexOf("\xFF\xDA", i + 2))
        ++scans;
    return scans;
}

} // namespace

ImageDecoder::Format ImageDecoder::sniff(QByteArrayView head)
{
    if (head.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return Format::Jpeg;
    if (head.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return Format::Png;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return Format::WebP;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return Format::Gif;
    if (head.size() >= 18 && head.startsWith("BM")) {
        // The info header's size tells a Windows bitmap from other "BM" files.
        const quint32 infoSize = quint8(head[14]) | quint8(head[15]) << 8
            | quint8(head[16]) << 16 | quint32(quint8(head[17])) << 24;
        if (infoSize == 12 || infoSize == 40 || infoSize == 52 || infoSize == 56
            || infoSize == 108 || infoSize == 124)
            return Format::Bmp;
    }
    return Format::None;
}

QByteArray ImageDecoder::qtFormat(Format format)
{
    switch (format) {
    case Format::Jpeg:
        return "jpeg";
    case Format::Png:
        return "png";
    case Format::WebP:
        return "webp";
    case Format::Gif:
        return "gif";
    case Format::Bmp:
        return "bmp";
    case Format::None:
        break;
    }
    return {};
}

QString ImageDecoder::mediaType(Format format)
{
    return format == Format::None ? QString()
                                  : QStringLiteral("image/") + QString::fromLatin1(qtFormat(format));
}

ImageDecoder::Result ImageDecoder::decode(const QByteArray &data, int maxEdge, int deadlineMs)
{
    return decodeToFit(data, QSize(maxEdge, maxEdge), deadlineMs);
}

ImageDecoder::Result ImageDecoder::decodeToFit(const QByteArray &data, QSize box, int deadlineMs)
{
    Result r;
    r.format = sniff(QByteArrayView(data).first(qMin<qsizetype>(data.size(), 32)));
    if (r.format == Format::None)
        return r;
    if (r.format == Format::Jpeg && jpegScanCount(data) > MaxJpegScans) {
        r.status = Status::Corrupt;
        r.detail = QStringLiteral("%1 JPEG scans").arg(jpegScanCount(data));
        return r;
    }
    DeadlineBuffer device(data, deadlineMs);
    QImageReader reader(&device, qtFormat(r.format));
    reader.setAutoDetectImageFormat(false); // never another plugin than the one named
    reader.setDecideFormatFromContent(false);
    reader.setAllocationLimit(AllocationLimitMb);
    reader.setAutoTransform(true);
    r.rawSize = reader.size();
    if (!r.rawSize.isValid() || r.rawSize.isEmpty()) {
        r.status = device.expired() ? Status::TimedOut : Status::Corrupt;
        r.detail = reader.errorString();
        return r;
    }
    if (qint64(r.rawSize.width()) * r.rawSize.height() > MaxPixels) {
        r.status = Status::TooManyPixels;
        r.detail = QStringLiteral("%1 × %2").arg(r.rawSize.width()).arg(r.rawSize.height());
        return r;
    }
    // The box is upright; the stored image may lie on its side. Asking the JPEG reader for its
    // orientation before read() makes it decode at full size (25 MB more for a report), so it
    // is asked only where the box's shape makes the answer matter.
    const bool turnedInFile = box.width() != box.height()
        && (reader.transformation() & QImageIOHandler::TransformationRotate90);
    QSize fit(box.width() > 0 ? box.width() : INT_MAX / 4, box.height() > 0 ? box.height() : INT_MAX / 4);
    if (turnedInFile)
        fit.transpose();
    if (r.rawSize.width() > fit.width() || r.rawSize.height() > fit.height())
        reader.setScaledSize(r.rawSize.scaled(fit, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (device.expired()) {
        r.status = Status::TimedOut;
        r.detail = QStringLiteral("%1 ms").arg(deadlineMs);
        return r;
    }
    if (image.isNull()) {
        r.status = Status::Corrupt;
        r.detail = reader.errorString();
        return r;
    }
    r.turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    r.image = std::move(image);
    r.status = Status::Ok;
    return r;
}

ImageDecoder::Result ImageDecoder::decodeFile(const QString &path, QSize box, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes) {
        Result r;
        r.status = Status::Corrupt;
        r.detail = file.errorString();
        return r;
    }
    return decodeToFit(file.readAll(), box);
}

void ImageDecoder::loadPluginsHere()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QImageReader::supportedImageFormats();
        QImageWriter::supportedImageFormats();
    });
}

} // namespace Kansa
