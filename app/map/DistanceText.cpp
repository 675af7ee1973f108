#include "map/DistanceText.h"

#include <QCoreApplication>

namespace {
constexpr double metresPerFoot = 0.3048;
constexpr double metresPerMile = 1609.344;

QString withUnit(const QLocale &locale, double value, int decimals, const char *format)
{
    return QCoreApplication::translate("DistanceText", format)
        .arg(locale.toString(value, 'f', decimals));
}
} // namespace

QString distanceText(double metres, const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::MetricSystem) {
        if (metres < 1000)
            return withUnit(locale, metres, 0, "%1 m");
        return withUnit(locale, metres / 1000, metres < 10000 ? 1 : 0, "%1 km");
    }
    // Feet up to 1,000 ft, as US maps do; a tenth of a mile is too coarse for moving a pin.
    if (metres < 1000 * metresPerFoot)
        return withUnit(locale, metres / metresPerFoot, 0, "%1 ft");
    const double miles = metres / metresPerMile;
    return withUnit(locale, miles, miles < 10 ? 1 : 0, "%1 mi");
}
