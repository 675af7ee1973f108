// Puts a typed civic address into standard form: USPS Publication 28 for US addresses (upper
// case, no punctuation, standard suffixes, directionals and unit designators), Canada Post's
// conventions for Canadian ones. Words typed into the wrong CLDXF field are moved where they
// belong ("North Main Street Apartment 4B" in stName → N / MAIN / ST, unit "APT 4B").
#pragma once

#include "AddressText.h"
#include "domain/CivicAddress.h"

// Only rewrites; judging the result is AddressValidator's job.
CivicAddress normalizeCivicAddress(const CivicAddress &typed);

// The conventions that apply to an address with this (normalized) country code.
AddressConvention conventionForCountry(QStringView country);
