#include "MapOverlayPainter.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace MapOverlayPainter {

namespace {
constexpr int margin = 6;
constexpr int padding = 4;
// Light boxes with dark text read on any tile (OSM's own attribution box looks the same).
const QColor boxColor(255, 255, 255, 215);
const QColor boxText(20, 20, 20);
const QColor pinFill(211, 47, 47);
const QColor pinOutline(110, 0, 0);
const QColor geocodeFill(117, 117, 117);
const QColor comparisonFill(21, 101, 192);
const QColor circleColor(25, 118, 210);

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    return font;
}

QPointF headCentre(const QPointF &tip)
{
    return {tip.x(), tip.y() - (pinHeight - pinHeadRadius)};
}

// A warning triangle or an "i" in a circle, drawn rather than taken from a font.
void drawSymbol(QPainter &painter, const QRectF &box, NoticeKind kind, const QColor &color)
{
    painter.save();
    painter.setPen(QPen(color, 1.6));
    if (kind == NoticeKind::Warning) {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        painter.drawPath(triangle);
        const double x = box.center().x();
        painter.drawLine(QPointF(x, box.top() + box.height() * 0.35),
                         QPointF(x, box.top() + box.height() * 0.68));
        painter.drawPoint(QPointF(x, box.top() + box.height() * 0.84));
    } else {
        painter.drawEllipse(box);
        const double x = box.center().x();
        painter.drawLine(QPointF(x, box.top() + box.height() * 0.42),
                         QPointF(x, box.top() + box.height() * 0.78));
        painter.drawPoint(QPointF(x, box.top() + box.height() * 0.25));
    }
    painter.restore();
}
} // namespace

QRectF pinHitArea(const QPointF &tip)
{
    const double half = pinHeadRadius + 4;
    return {tip.x() - half, tip.y() - pinHeight - 4, 2 * half, pinHeight + 8};
}

void drawPin(QPainter &painter, const QPointF &tip, PinKind kind)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF head = headCentre(tip);
    // A soft shadow where the tip touches the ground.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 60));
    painter.drawEllipse(tip, 5.0, 2.0);

    QPainterPath body;
    body.addEllipse(head, pinHeadRadius, pinHeadRadius);
    QPainterPath point;
    point.moveTo(tip);
    point.lineTo(head.x() - pinHeadRadius * 0.8, head.y() + pinHeadRadius * 0.6);
    point.lineTo(head.x() + pinHeadRadius * 0.8, head.y() + pinHeadRadius * 0.6);
    point.closeSubpath();
    body = body.united(point);
    const bool shown = kind == PinKind::Shown;
    painter.setPen(QPen(shown ? pinOutline : QColor(60, 60, 60), 1.5));
    painter.setBrush(shown ? pinFill
                           : (kind == PinKind::Comparison ? comparisonFill : geocodeFill));
    painter.drawPath(body);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(head, 3.5, 3.5);
    painter.restore();
}

void drawAccuracyCircle(QPainter &painter, const QPointF &centre, double radiusPixels)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = circleColor;
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(circleColor, 2, Qt::DashLine));
    painter.drawEllipse(centre, radiusPixels, radiusPixels);
    painter.restore();
}

void drawPlainTile(QPainter &painter, const QRect &tileRect, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    painter.fillRect(tileRect, dark ? QColor(48, 52, 56) : QColor(236, 238, 240));
    painter.setPen(dark ? QColor(70, 75, 80) : QColor(212, 216, 220));
    painter.drawLine(tileRect.topLeft(), tileRect.topRight());
    painter.drawLine(tileRect.topLeft(), tileRect.bottomLeft());
}

QRect attributionRect(const QFont &font, const QRect &area, const QString &attribution)
{
    const QFontMetrics metrics(smallFont(font));
    const int width = metrics.horizontalAdvance(attribution) + 2 * padding;
    const int height = metrics.height() + padding;
    return {area.right() - width + 1, area.bottom() - height + 1, width, height};
}

void drawAttribution(QPainter &painter, const QRect &area, const QString &attribution)
{
    painter.save();
    const QRect box = attributionRect(painter.font(), area, attribution);
    painter.setFont(smallFont(painter.font()));
    painter.fillRect(box, boxColor);
    painter.setPen(boxText);
    painter.drawText(box, Qt::AlignCenter, attribution);
    painter.restore();
}

QRect drawCaption(QPainter &painter, const QRect &area, const QStringList &lines,
                  const ScaleBar &scale)
{
    painter.save();
    const QFontMetrics metrics(painter.font(), painter.device());
    int width = int(scale.pixels) + metrics.horizontalAdvance(scale.label) + 3 * padding;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line) + 2 * padding + 2); // rounding
    width = std::min(width, area.width() - 2 * margin);
    const int barHeight = metrics.height();
    const int height = int(lines.size()) * metrics.height() + barHeight + 2 * padding;
    const QRect box(area.left() + margin, area.bottom() - margin - height + 1, width, height);
    painter.fillRect(box, boxColor);
    painter.setPen(boxText);
    int y = box.top() + padding;
    for (const QString &line : lines) {
        painter.drawText(
            QRect(box.left() + padding, y, box.width() - 2 * padding, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(line, Qt::ElideRight, box.width() - 2 * padding));
        y += metrics.height();
    }
    // The bar: a line with end ticks, its length labelled to the right.
    const double x0 = box.left() + padding;
    const double x1 = x0 + scale.pixels;
    const double base = y + barHeight * 0.7;
    painter.setPen(QPen(boxText, 2));
    painter.drawLine(QPointF(x0, base), QPointF(x1, base));
    painter.drawLine(QPointF(x0, base - 5), QPointF(x0, base));
    painter.drawLine(QPointF(x1, base - 5), QPointF(x1, base));
    painter.drawText(
        QRectF(x1 + padding, y, metrics.horizontalAdvance(scale.label) + padding, barHeight),
        Qt::AlignLeft | Qt::AlignVCenter, scale.label);
    painter.restore();
    return box;
}

QRect drawNotice(QPainter &painter, const QRect &area, int top, const QString &text,
                 NoticeKind kind)
{
    painter.save();
    const QFontMetrics metrics(painter.font(), painter.device());
    const int symbol = metrics.height();
    const int textWidth = area.width() - 2 * margin - 3 * padding - symbol;
    const QRect textBounds =
        metrics.boundingRect(QRect(0, 0, textWidth, 1000), Qt::TextWordWrap, text);
    const QRect box(area.left() + margin, top + margin, area.width() - 2 * margin,
                    std::max(textBounds.height(), symbol) + 2 * padding);
    const bool warning = kind == NoticeKind::Warning;
    const QColor border = warning ? QColor(156, 90, 0) : QColor(80, 80, 80);
    painter.fillRect(box, warning ? QColor(255, 243, 205, 235) : QColor(250, 250, 250, 235));
    painter.setPen(border);
    painter.drawRect(box.adjusted(0, 0, -1, -1));
    painter.setRenderHint(QPainter::Antialiasing);
    drawSymbol(painter,
               QRectF(box.left() + padding, box.top() + padding + 1, symbol - 2, symbol - 2), kind,
               border);
    painter.setPen(boxText);
    painter.drawText(QRect(box.left() + 2 * padding + symbol, box.top() + padding, textWidth,
                           box.height() - 2 * padding),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
    return box;
}

void drawFocusFrame(QPainter &painter, const QRect &area, const QPalette &palette)
{
    painter.save();
    painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(1, 1, -1, -1));
    painter.restore();
}

} // namespace MapOverlayPainter
