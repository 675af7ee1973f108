// Compass directions before or after a street name and their standard one- or two-letter forms:
// USPS Publication 28 (N, S, E, W, NE, NW, SE, SW) and, for Canada, also Canada Post's French
// forms (NORD → N, OUEST → O, SUD-OUEST → SO).
#pragma once

#include "AddressText.h"

#include <QString>

#include <optional>

std::optional<QString> standardDirectional(QStringView word, AddressConvention convention);
