#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace Kansa::WindowGeometry {

/// Sizes a top-level window to `preferred`, shrunk to the screen's available area (a 1366×768
/// laptop leaves about 1366×728 under a taskbar) with room for the title bar, and centres it.
void fitToScreen(QWidget *window, QSize preferred);

/// The size and place saved under `key` (QSettings), kept on the screen; else fitToScreen().
void restore(QWidget *window, const QString &key, QSize preferred);
void save(const QWidget *window, const QString &key);

} // namespace Kansa::WindowGeometry
