// One slippy-map tile: zoom level and column/row in the Web Mercator tile grid (OSM scheme, row 0
// at the north).
#pragma once

#include <QHashFunctions>

struct TileId
{
    int zoom = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &, const TileId &) = default;
    friend size_t qHash(const TileId &tile, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, tile.zoom, tile.x, tile.y);
    }
};
