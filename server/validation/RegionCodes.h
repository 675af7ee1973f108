// Countries, US states and Canadian provinces as addresses name them: the codes USPS and Canada
// Post use, and the names people type instead ("Washington" → "WA", "Québec" → "QC").
#pragma once

#include <QString>

// "US", "USA", "United States" → "US"; "Canada" → "CA"; a US territory's own ISO code ("PR",
// "GU"…) → "US", since USPS treats territories as states. Anything else comes back upper-cased.
QString normalizeCountry(QStringView normalizedText);
// The territory behind a territory country code ("PR" for "PR", "PUERTO RICO"); empty otherwise.
QString territoryStateFromCountry(QStringView normalizedText);

// A state, province or territory name (normalized text) as its code; the text itself otherwise.
QString normalizeRegion(QStringView normalizedText, QStringView country);

// The 50 states, DC, the territories (PR, VI, GU, AS, MP) and the freely associated states USPS
// serves (FM, MH, PW). Not the military "states" AA, AE, AP.
bool isUsStateCode(QStringView code);
// APO/FPO/DPO mail: Armed Forces Americas, Europe, Pacific.
bool isMilitaryStateCode(QStringView code);
bool isCanadianProvinceCode(QStringView code);
