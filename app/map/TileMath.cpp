#include "map/TileMath.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace TileMath {

namespace {
// WGS 84 equatorial circumference divided by the tile size: metres per pixel at zoom 0.
constexpr double equatorCircumferenceMetres = 2.0 * std::numbers::pi * 6378137.0;

double wrapLongitude(double longitude)
{
    double wrapped = std::fmod(longitude + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

int wrapColumn(int x, int zoom)
{
    const int count = 1 << zoom;
    return ((x % count) + count) % count;
}
} // namespace

double worldSize(int zoom)
{
    return std::ldexp(double(tileSize), std::clamp(zoom, minZoom, maxZoom));
}

QGeoCoordinate normalized(const QGeoCoordinate &coordinate)
{
    return QGeoCoordinate(std::clamp(coordinate.latitude(), -maxLatitude, maxLatitude),
                          wrapLongitude(coordinate.longitude()));
}

QPointF worldPixel(const QGeoCoordinate &coordinate, int zoom)
{
    const QGeoCoordinate c = normalized(coordinate);
    const double size = worldSize(zoom);
    const double latitude = c.latitude() * std::numbers::pi / 180.0;
    const double x = (c.longitude() + 180.0) / 360.0 * size;
    const double y =
        (1.0 - std::log(std::tan(latitude) + 1.0 / std::cos(latitude)) / std::numbers::pi) / 2.0 *
        size;
    return {x, std::clamp(y, 0.0, size)};
}

QGeoCoordinate coordinateAt(const QPointF &pixel, int zoom)
{
    const double size = worldSize(zoom);
    const double longitude = wrapLongitude(pixel.x() / size * 360.0 - 180.0);
    const double y = std::clamp(pixel.y(), 0.0, size);
    const double n = std::numbers::pi * (1.0 - 2.0 * y / size);
    const double latitude = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return QGeoCoordinate(std::clamp(latitude, -maxLatitude, maxLatitude), longitude);
}

TileId tileAt(const QGeoCoordinate &coordinate, int zoom)
{
    const QPointF p = worldPixel(coordinate, zoom);
    const int last = (1 << zoom) - 1;
    return {zoom, std::min(int(std::floor(p.x() / tileSize)), last),
            std::min(int(std::floor(p.y() / tileSize)), last)};
}

double metresPerPixel(double latitude, int zoom)
{
    const double lat = std::clamp(latitude, -maxLatitude, maxLatitude) * std::numbers::pi / 180.0;
    return equatorCircumferenceMetres * std::cos(lat) / worldSize(zoom);
}

QList<TilePlacement> tilePlacements(const QPointF &center, int zoom, const QSize &size)
{
    QList<TilePlacement> placements;
    if (size.isEmpty())
        return placements;
    const double left = center.x() - size.width() / 2.0;
    const double top = center.y() - size.height() / 2.0;
    // A tile t covers [256 t, 256 (t + 1)); it is visible when that overlaps [left, left + w).
    const int firstColumn = int(std::floor(left / tileSize));
    const int lastColumn = int(std::ceil((left + size.width()) / tileSize)) - 1;
    const int rows = 1 << zoom;
    const int firstRow = std::max(0, int(std::floor(top / tileSize)));
    const int lastRow = std::min(rows - 1, int(std::ceil((top + size.height()) / tileSize)) - 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const QPoint topLeft(int(std::lround(column * double(tileSize) - left)),
                                 int(std::lround(row * double(tileSize) - top)));
            placements.append({{zoom, wrapColumn(column, zoom), row}, topLeft});
        }
    }
    return placements;
}

QList<TileId> visibleTiles(const QPointF &center, int zoom, const QSize &size)
{
    QList<TileId> tiles;
    QSet<TileId> seen;
    for (const TilePlacement &placement : tilePlacements(center, zoom, size)) {
        if (!seen.contains(placement.tile)) {
            seen.insert(placement.tile);
            tiles.append(placement.tile);
        }
    }
    return tiles;
}

} // namespace TileMath
