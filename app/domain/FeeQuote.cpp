// Fee totals in integer minor units and locale-aware currency formatting.
#include "domain/FeeQuote.h"

#include <QStringList>

#include <algorithm>
#include <limits>

std::optional<FeeQuote> e911FeeQuote(const PriceList &priceList, qint64 numbers)
{
    const Money &fee = priceList.e911MonthlyFee;
    if (numbers < 0 || fee.amountMinor < 0 || fee.currency.isEmpty() ||
        fee.currency != priceList.currency)
        return std::nullopt;
    if (numbers > 0 && fee.amountMinor > std::numeric_limits<qint64>::max() / numbers)
        return std::nullopt;
    return FeeQuote{fee, numbers, Money{fee.amountMinor * numbers, fee.currency}};
}

qint64 newlyBilledCount(const QList<E911State> &currentStates)
{
    return std::count_if(currentStates.cbegin(), currentStates.cend(), [](E911State s) {
        return s != E911State::Registered && s != E911State::Pending;
    });
}

int currencyMinorDigits(QStringView currency)
{
    // ISO 4217 exponents that differ from 2; Qt has no table from code to exponent.
    static const QStringList zero{
        QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"), QStringLiteral("CLP"),
        QStringLiteral("ISK"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("PYG")};
    static const QStringList three{
        QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"), QStringLiteral("JOD"),
        QStringLiteral("TND"), QStringLiteral("IQD"), QStringLiteral("LYD")};
    const QString code = currency.toString().toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits = currencyMinorDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Whole units and the remainder separately: exact for any amount a price list can hold.
    const double value =
        double(money.amountMinor / scale) + double(money.amountMinor % scale) / double(scale);
    const QString symbol =
        locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency.toUpper()
            ? locale.currencySymbol(QLocale::CurrencySymbol)
            : money.currency.toUpper();
    return locale.toCurrencyString(value, symbol, digits);
}
