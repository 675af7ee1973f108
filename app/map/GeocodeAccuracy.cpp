#include "map/GeocodeAccuracy.h"

namespace GeocodeAccuracy {

double radiusMetres(GeocodePrecision precision)
{
    switch (precision) {
    case GeocodePrecision::PostalCode:
        return postalCodeRadiusMetres;
    case GeocodePrecision::Rooftop:
    case GeocodePrecision::UserOverride:
        return 0.0;
    }
    return 0.0;
}

} // namespace GeocodeAccuracy
