#include "KioskScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace kioskscreen {
qreal textScale(const QScreen *screen)
{
    if (!screen || screen->geometry().height() <= 0)
        return 1.0;
    return qreal(screen->geometry().height()) / designHeight;
}

int scaledPixels(const QScreen *screen, qreal designPixels)
{
    return qMax(8, qRound(designPixels * textScale(screen)));
}

void fillScreen(QWidget *window, QScreen *screen)
{
    // Explicit geometry first: it is what the window is mapped with when no window manager
    // answers the full-screen request.
    window->setGeometry(screen->geometry());
    window->showFullScreen();
    // The window is the context: the connection ends with it.
    QObject::connect(screen, &QScreen::geometryChanged, window,
                     [window](const QRect &geometry) { window->setGeometry(geometry); });
}
} // namespace kioskscreen
