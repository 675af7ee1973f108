// How far from its geocode an address can really be, by geocode precision: the radius of the
// circle the map draws around a postal-code centroid.
#pragma once

#include "domain/EmergencyAddress.h"

namespace GeocodeAccuracy {

// A ZIP code (or Canadian FSA) centroid says only "somewhere in this postal area". Urban ZIP
// codes span a kilometre or two, rural ones tens of kilometres; 5 km is a deliberately rough,
// visible "somewhere around here", not a measured bound. Rooftop and user-placed points have
// no circle (0): they claim a building.
inline constexpr double postalCodeRadiusMetres = 5000.0;

double radiusMetres(GeocodePrecision precision);

} // namespace GeocodeAccuracy
