#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace Kansa::WindowGeometry {

namespace {

// The window manager's frame is unknown before the window is shown: leave room for a title
// bar and borders.
constexpr int FrameWidth = 16;
constexpr int FrameHeight = 40;

QRect available(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
}

QSize bounded(const QWidget *window, QSize size)
{
    const QRect area = available(window);
    return size.boundedTo(QSize(area.width() - FrameWidth, area.height() - FrameHeight))
        .expandedTo(window->minimumSize());
}

} // namespace

void fitToScreen(QWidget *window, QSize preferred)
{
    const QRect area = available(window);
    const QSize size = bounded(window, preferred);
    window->resize(size);
    window->move(area.x() + (area.width() - size.width() - FrameWidth) / 2,
        area.y() + (area.height() - size.height() - FrameHeight) / 2);
}

void restore(QWidget *window, const QString &key, QSize preferred)
{
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        fitToScreen(window, preferred);
        return;
    }
    // Saved on a larger screen: keep it on this one.
    const QSize size = bounded(window, window->size());
    if (size != window->size())
        fitToScreen(window, size);
}

void save(const QWidget *window, const QString &key)
{
    QSettings().setValue(key, window->saveGeometry());
}

} // namespace Kansa::WindowGeometry
