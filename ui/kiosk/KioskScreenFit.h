// Making the kiosk fill its screen, with or without a window manager: showFullScreen() is only a
// request a window manager may carry out, and without one (a bare X session, some kiosk
// compositors) the window would stay at its size hint. Text sizes follow the screen's height so
// the kiosk reads the same from 720p to 4K.
#pragma once

#include <QtGlobal>

class QScreen;
class QWidget;

namespace kioskscreen {
// The height the kiosk's pixel sizes are designed for.
inline constexpr int designHeight = 1080;

// 1.0 on a 1080-line screen, 2.0 at 2160 (4K), 0.67 at 720.
qreal textScale(const QScreen *screen);
// `designPixels` at 1080 lines, scaled to `screen` (at least 8 pixels).
int scaledPixels(const QScreen *screen, qreal designPixels);
// Sets `window`'s geometry to the whole of `screen`, then shows it full screen, and keeps it so
// when the screen's geometry changes.
void fillScreen(QWidget *window, QScreen *screen);
} // namespace kioskscreen
