#pragma once

#include <QImage>
#include <QString>

/// A QR code of a short text (an office's public key, to copy onto laptops), through
/// libqrencode: black modules on white with the quiet zone the standard asks for.
namespace Kansa::QrCodeImage {

/// moduleSize pixels per module; a null image when the text does not fit a QR code.
QImage make(const QString &text, int moduleSize = 6);

} // namespace Kansa::QrCodeImage
