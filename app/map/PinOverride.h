// The rule for a pin the admin moved away from the geocode: when is it far enough to warn that
// it may mark the wrong place?
#pragma once

#include "domain/EmergencyAddress.h"

#include <QGeoCoordinate>

namespace PinOverride {

// A rooftop (or earlier user-placed) point already claims a building; moving it by more than
// about a large building or campus block (150 m) probably puts it on another site.
inline constexpr double rooftopFarMetres = 150.0;
// A postal-code centroid is only the middle of the area (GeocodeAccuracy): moving the pin to
// the building is expected, but beyond twice the drawn radius (10 km) it has probably left the
// postal area, i.e. the address or the pin is wrong.
inline constexpr double postalCodeFarMetres = 10000.0;

double farThresholdMetres(GeocodePrecision precision);

// True when `pin` is farther from `geocode` than the threshold for its precision. False when
// either coordinate is invalid (no geocode or no override: nothing to compare).
bool isFarFromGeocode(const QGeoCoordinate &geocode, GeocodePrecision precision,
                      const QGeoCoordinate &pin);

} // namespace PinOverride
