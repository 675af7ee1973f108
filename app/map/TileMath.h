// Web Mercator (EPSG:3857) arithmetic for 256-pixel slippy-map tiles: coordinates to "world
// pixels" at a zoom level and back, and which tiles cover a viewport. Pure functions, so the
// tests can check them against known values.
#pragma once

#include "map/TileId.h"

#include <QGeoCoordinate>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QSize>

namespace TileMath {

inline constexpr int tileSize = 256;
inline constexpr int minZoom = 0;
inline constexpr int maxZoom = 22;
// Web Mercator stops where the map becomes square: atan(sinh(pi)) in degrees.
inline constexpr double maxLatitude = 85.05112877980659;

// Width (and height) of the whole world in pixels at a zoom level: 256 * 2^zoom.
double worldSize(int zoom);

// Latitude clamped to +-maxLatitude, longitude wrapped to [-180, 180).
QGeoCoordinate normalized(const QGeoCoordinate &coordinate);

// The pixel of a coordinate in the world image at a zoom level; x in [0, worldSize), y clamped
// to [0, worldSize].
QPointF worldPixel(const QGeoCoordinate &coordinate, int zoom);
// The coordinate at a world pixel. x wraps around the antimeridian; y is clamped to the map.
QGeoCoordinate coordinateAt(const QPointF &worldPixel, int zoom);

// The tile that contains a coordinate.
TileId tileAt(const QGeoCoordinate &coordinate, int zoom);

// Ground distance covered by one pixel at a latitude (WGS 84 equator, spherical Mercator scale).
double metresPerPixel(double latitude, int zoom);

// Where a tile is drawn in a viewport. The same tile can appear more than once when the world
// is narrower than the viewport (zoom 0 and 1 on a wide widget).
struct TilePlacement
{
    TileId tile;
    QPoint topLeft; // viewport pixels
};

// Every tile that overlaps a viewport of `size` pixels centred on world pixel `center`, with
// the column wrapped across the antimeridian; rows outside the map are left out.
QList<TilePlacement> tilePlacements(const QPointF &center, int zoom, const QSize &size);
// The distinct tiles of tilePlacements(): what must be fetched to draw the viewport.
QList<TileId> visibleTiles(const QPointF &center, int zoom, const QSize &size);

} // namespace TileMath
