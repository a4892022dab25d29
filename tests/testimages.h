#pragma once

#include <QByteArray>
#include <QSize>

/// Image files as cameras and phones produce them, good and bad, for evidence tests.
namespace TestImages {

/// A JPEG of the given size whose EXIF says "rotate 90° clockwise to display" (orientation 6),
/// as a phone held upright writes it.
QByteArray jpegWithOrientation(const QSize &stored, int orientation);
/// A JPEG cut off at the given fraction of its length (a card pulled out mid-copy).
QByteArray truncatedJpeg(double fraction);
/// The start of an iPhone HEIC file.
QByteArray heicHeader();
/// A valid PNG header announcing width × height pixels (the rest is missing).
QByteArray pngHeader(int width, int height);
/// A drawn signature: a black zigzag on a transparent 200 × 60 PNG, as the signature pad saves.
QByteArray signaturePng();

} // namespace TestImages
