#pragma once

#include <QByteArray>
#include <QImage>

namespace Kansa::SyntheticPhoto {

/// A photo-like picture of an office corner (wall, floor, a locked cabinet, a desk, sensor
/// noise), different for every seed. For the demo audit and the benchmarks; needs no fonts.
QImage render(const QSize &size, int seed);
/// The same, as a camera-like JPEG (quality 90).
QByteArray jpeg(const QSize &size, int seed);

} // namespace Kansa::SyntheticPhoto
