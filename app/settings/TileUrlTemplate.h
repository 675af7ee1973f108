// Where the map preview loads its tiles: a URL template with {z}, {x} and {y}, e.g. the default
// https://tile.openstreetmap.org/{z}/{x}/{y}.png. An empty template turns map tiles off, for
// organisations that must not send locations to a tile server.
#pragma once

#include <QString>

namespace TileUrlTemplate {
QString defaultTemplate();
// Empty when `text` is usable (an empty text is: tiles off); otherwise one sentence.
QString problemWith(const QString &text);
} // namespace TileUrlTemplate
