// The money shown before a billable change: the E911 fee per number from the backend's price
// list and the monthly total for a selection, in integer minor units, formatted for the user's
// locale with the price list's currency.
#pragma once

#include "domain/E911State.h"
#include "domain/PriceList.h"

#include <QList>

#include <QLocale>
#include <QString>

#include <optional>

struct FeeQuote
{
    Money perNumber;
    qint64 numbers = 0;
    Money monthlyTotal;
};

// nullopt when the list cannot be totalled (negative fee, mixed currency, overflow).
std::optional<FeeQuote> e911FeeQuote(const PriceList &priceList, qint64 numbers);

// Of the numbers about to be registered, those that start paying the fee: a number already
// registered or pending pays it already, so moving it to another address costs nothing more.
qint64 newlyBilledCount(const QList<E911State> &currentStates);

// Digits after the decimal point of an ISO 4217 currency (2 for USD, 0 for JPY, 3 for KWD).
int currencyMinorDigits(QStringView currency);
// "$375.00" in en_US; the ISO code instead of a symbol where the locale's own currency differs
// ("375,00 USD" in de_DE), so a dollar sign never reads as the wrong dollar.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());
