// MapView's mouse and keyboard handling: drag or arrows to pan, wheel or +/- to zoom, and moving
// the pin (drag it, or Shift+arrows) when the view is editable.
#include "MapView.h"

#include "MapOverlayPainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace {
// A press that moves less than this (Manhattan pixels) is a click, not a drag.
constexpr int dragThreshold = 2;
// One notch of a standard mouse wheel (QWheelEvent::angleDelta is in eighths of a degree).
constexpr int wheelNotch = 120;
} // namespace

bool MapView::pinHit(const QPointF &widgetPixel) const
{
    return shownPin().isValid() &&
           MapOverlayPainter::pinHitArea(pixelOf(shownPin())).contains(widgetPixel);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    if (m_editable && pinHit(m_pressPos)) {
        m_drag = Drag::Pin;
        m_dragPinStart = pixelOf(shownPin());
    } else {
        m_drag = Drag::Map;
        m_dragStartCenter = m_center;
    }
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_pressPos;
    switch (m_drag) {
    case Drag::Map:
        setCenterPixel(m_dragStartCenter - delta);
        break;
    case Drag::Pin:
        // Follows the mouse; pinMoved waits for the release so one drag is one change.
        if (delta.manhattanLength() >= dragThreshold)
            movePinTo(coordinateAt(m_dragPinStart + delta), false);
        break;
    case Drag::None:
        if (m_editable && pinHit(event->position()))
            setCursor(Qt::OpenHandCursor);
        else
            unsetCursor();
        break;
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPointF delta = event->position() - m_pressPos;
    if (m_drag == Drag::Pin && delta.manhattanLength() >= dragThreshold)
        movePinTo(coordinateAt(m_dragPinStart + delta), true);
    m_drag = Drag::None;
    unsetCursor();
    event->accept();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    m_wheelRemainder += event->angleDelta().y();
    const int notches = m_wheelRemainder / wheelNotch;
    if (notches != 0) {
        m_wheelRemainder -= notches * wheelNotch;
        zoomBy(notches, event->position());
    }
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    QPoint step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = {-1, 0};
        break;
    case Qt::Key_Right:
        step = {1, 0};
        break;
    case Qt::Key_Up:
        step = {0, -1};
        break;
    case Qt::Key_Down:
        step = {0, 1};
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" without Shift on US keyboards
        zoomBy(1, QRectF(rect()).center());
        return;
    case Qt::Key_Minus:
        zoomBy(-1, QRectF(rect()).center());
        return;
    case Qt::Key_Home:
        if (shownPin().isValid())
            centerOn(shownPin(), m_zoom);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const bool movePin =
        event->modifiers().testFlag(Qt::ShiftModifier) && m_editable && shownPin().isValid();
    if (movePin) {
        movePinTo(coordinateAt(pixelOf(shownPin()) + QPointF(step * pinKeyStep)), true);
    } else {
        setCenterPixel(m_center + QPointF(step * panKeyStep));
    }
}
