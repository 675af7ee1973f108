// The scale bar of the map: the longest "round" distance (1, 2 or 5 times a power of ten) that
// fits in the space given, in metric or US units as the locale measures.
#pragma once

#include <QLocale>
#include <QString>

struct ScaleBar
{
    double pixels = 0; // length to draw
    double metres = 0; // what that length is on the ground
    QString label;     // e.g. "500 m", "2 km", "1,000 ft", "5 mi"

    static ScaleBar choose(double metresPerPixel, int maxPixels, const QLocale &locale);
};
