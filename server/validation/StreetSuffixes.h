// Street type words and their standard abbreviations: USPS Publication 28 appendix C1 for US
// addresses, Canada Post's street types (English after the name, French before it) for Canadian
// ones, and the Spanish types that lead Puerto Rican street names.
#pragma once

#include <QString>

#include <optional>

// USPS standard suffix for any accepted spelling: "AVENUE", "AV", "AVN" → "AVE".
std::optional<QString> uspsStreetSuffix(QStringView word);
// Spanish street types written before the name in Puerto Rico: "CALLE", "AVENIDA" → "AVE".
std::optional<QString> puertoRicoLeadingStreetType(QStringView word);
// Canada Post: English types follow the name ("STREET" → "ST", "COURT" → "CRT"), French ones
// precede it ("RUE", "BOULEVARD" → "BOUL", "CHEMIN" → "CH").
std::optional<QString> canadaPostTrailingStreetType(QStringView word);
std::optional<QString> canadaPostLeadingStreetType(QStringView word);
