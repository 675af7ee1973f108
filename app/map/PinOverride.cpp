#include "map/PinOverride.h"

namespace PinOverride {

double farThresholdMetres(GeocodePrecision precision)
{
    switch (precision) {
    case GeocodePrecision::PostalCode:
        return postalCodeFarMetres;
    case GeocodePrecision::Rooftop:
    case GeocodePrecision::UserOverride:
        return rooftopFarMetres;
    }
    return rooftopFarMetres;
}

bool isFarFromGeocode(const QGeoCoordinate &geocode, GeocodePrecision precision,
                      const QGeoCoordinate &pin)
{
    if (!geocode.isValid() || !pin.isValid())
        return false;
    return geocode.distanceTo(pin) > farThresholdMetres(precision);
}

} // namespace PinOverride
