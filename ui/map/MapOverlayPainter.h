// How the things drawn over the map tiles look: the pin, the postal-code circle, the scale bar,
// the coordinate caption, the warning and "no tiles" notices and the attribution. Free functions
// over a QPainter so MapView keeps only state and input.
#pragma once

#include "map/ScaleBar.h"

#include <QPointF>
#include <QRect>
#include <QString>
#include <QStringList>

class QFont;
class QPainter;
class QPalette;

namespace MapOverlayPainter {

// The pin's tip is the coordinate; its head sits above it.
inline constexpr double pinHeight = 30.0;
inline constexpr double pinHeadRadius = 9.0;
// Where a press grabs the pin, relative to its tip (head and shaft, with a few pixels to spare).
QRectF pinHitArea(const QPointF &tip);

// Comparison: a second point to compare the shown one with (where Teams said a caller was).
enum class PinKind { Shown, OriginalGeocode, Comparison };
void drawPin(QPainter &painter, const QPointF &tip, PinKind kind);
void drawAccuracyCircle(QPainter &painter, const QPointF &centre, double radiusPixels);

// Tiles missing: a plain background with a faint grid along the tile edges, so panning shows.
void drawPlainTile(QPainter &painter, const QRect &tileRect, const QPalette &palette);

// The attribution box in the bottom-right corner of `area`; drawn last so nothing covers it.
QRect attributionRect(const QFont &font, const QRect &area, const QString &attribution);
void drawAttribution(QPainter &painter, const QRect &area, const QString &attribution);

// Bottom-left: caption lines above the scale bar. Returns the box drawn.
QRect drawCaption(QPainter &painter, const QRect &area, const QStringList &lines,
                  const ScaleBar &scale);

// A notice across the top (below `top`), with a symbol so the meaning is not in the colour.
enum class NoticeKind { Warning, Information };
QRect drawNotice(QPainter &painter, const QRect &area, int top, const QString &text,
                 NoticeKind kind);

void drawFocusFrame(QPainter &painter, const QRect &area, const QPalette &palette);

} // namespace MapOverlayPainter
