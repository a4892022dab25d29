#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace Kansa {

/// Decodes image bytes that came from outside (a contractor's photo, a pasted image, a file in
/// the evidence store) within fixed bounds. The format is decided from the magic bytes against
/// an allowlist of what cameras, phones, scanners and screenshots produce (JPEG, PNG, WebP,
/// GIF, BMP) and forced on the reader, so no other image plugin installed on the machine is
/// ever reached; the pixel count is read from the header before anything is decoded; Qt's
/// allocation limit caps every buffer; and the decode is stopped at a deadline.
class ImageDecoder
{
public:
    enum class Format { None, Jpeg, Png, WebP, Gif, Bmp };
    enum class Status { Ok, NotAnImage, TooManyPixels, Corrupt, TimedOut };

    struct Result
    {
        Status status = Status::NotAnImage;
        Format format = Format::None;
        QImage image; // upright (EXIF orientation applied), scaled to fit maxEdge
        QSize rawSize; // as stored, before orientation
        bool turned = false; // the orientation swaps width and height
        QString detail;

        bool ok() const { return status == Status::Ok; }
        /// Width and height as the photo is seen (upright).
        QSize uprightSize() const { return turned ? rawSize.transposed() : rawSize; }
    };

    static constexpr qint64 MaxPixels = 100'000'000;
    /// Enough for a 100-megapixel PNG (400 MB as 32-bit pixels) and no more.
    static constexpr int AllocationLimitMb = 512;
    static constexpr int DeadlineMs = 8000;
    /// Real progressive JPEGs have about ten scans; thousands make the decoder loop over the
    /// whole image each time (a known way to make libjpeg take minutes over a small file).
    static constexpr int MaxJpegScans = 100;

    /// The allowed format the bytes start with, or None.
    static Format sniff(QByteArrayView head);
    static QByteArray qtFormat(Format format);
    static QString mediaType(Format format);

    /// Decodes upright, scaled down (by the decoder where it can) to fit maxEdge when
    /// maxEdge > 0.
    static Result decode(const QByteArray &data, int maxEdge, int deadlineMs = DeadlineMs);
    /// Scaled down to fit box (either side 0: not bounded) instead.
    static Result decodeToFit(const QByteArray &data, QSize box, int deadlineMs = DeadlineMs);
    /// The same for a file, read whole up to maxBytes.
    static Result decodeFile(const QString &path, QSize box, qint64 maxBytes = 200LL << 20);

    /// Loads Qt's image plugins on the calling thread, once; call it on the main thread before
    /// any worker decodes or encodes. On Windows, plugins first loaded by a worker thread that
    /// has since ended kept the program from exiting (under Wine, `kansa-cli evidence add`
    /// finished its work and never returned).
    static void loadPluginsHere();
};

} // namespace Kansa
