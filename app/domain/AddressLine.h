// An emergency address on one line, as a confirmation sentence quotes it:
// "1 MICROSOFT WAY, FL 3, REDMOND WA". Uses the normalized (USPS) form once validated.
#pragma once

#include "domain/EmergencyAddress.h"

#include <QString>

QString civicAddressLine(const CivicAddress &civic);
QString emergencyAddressLine(const EmergencyAddress &address);
