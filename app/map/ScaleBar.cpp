#include "map/ScaleBar.h"

#include <QCoreApplication>

#include <cmath>

namespace {
constexpr double metresPerFoot = 0.3048;
constexpr double metresPerMile = 1609.344;

// The largest 1, 2 or 5 x 10^n not above `limit` (limit > 0).
double roundDown(double limit)
{
    const double power = std::pow(10.0, std::floor(std::log10(limit)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= limit)
            return step * power;
    }
    return power;
}

QString distanceLabel(const QLocale &locale, double value, const char *unitFormat)
{
    return QCoreApplication::translate("ScaleBar", unitFormat)
        .arg(locale.toString(value, 'f', value < 1 ? 1 : 0));
}
} // namespace

ScaleBar ScaleBar::choose(double metresPerPixel, int maxPixels, const QLocale &locale)
{
    ScaleBar bar;
    if (!(metresPerPixel > 0) || maxPixels <= 0)
        return bar;
    const double limitMetres = metresPerPixel * maxPixels;
    if (locale.measurementSystem() == QLocale::MetricSystem) {
        bar.metres = roundDown(limitMetres);
        bar.label = bar.metres >= 1000 ? distanceLabel(locale, bar.metres / 1000, "%1 km")
                                       : distanceLabel(locale, bar.metres, "%1 m");
    } else if (limitMetres >= metresPerMile) {
        const double miles = roundDown(limitMetres / metresPerMile);
        bar.metres = miles * metresPerMile;
        bar.label = distanceLabel(locale, miles, "%1 mi");
    } else {
        const double feet = roundDown(limitMetres / metresPerFoot);
        bar.metres = feet * metresPerFoot;
        bar.label = distanceLabel(locale, feet, "%1 ft");
    }
    bar.pixels = bar.metres / metresPerPixel;
    return bar;
}
