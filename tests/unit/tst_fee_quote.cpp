// The fee before a billable change: per number and the monthly total, in integer minor units,
// refused when it cannot be totalled, and formatted with the price list's currency for the
// user's locale.
#include "domain/FeeQuote.h"

#include <QtTest>

namespace {
PriceList usd(qint64 minor)
{
    return PriceList{QStringLiteral("USD"), Money{minor, QStringLiteral("USD")}, {}};
}
// Qt separates with non-breaking spaces in some locales; compare what a person reads.
QString plain(QString s)
{
    return s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}
} // namespace

class TestFeeQuote : public QObject
{
    Q_OBJECT
private slots:
    void totalIsPerNumberTimesCountInMinorUnits();
    void aListThatCannotBeTotalledGivesNoQuote();
    void moneyInEnglishUs();
    void moneyInGermanUsesTheIsoCode();
    void currencyDigitsFollowIso4217();
};

void TestFeeQuote::totalIsPerNumberTimesCountInMinorUnits()
{
    const auto q = e911FeeQuote(usd(150), 250);
    QVERIFY(q);
    QCOMPARE(q->perNumber, (Money{150, QStringLiteral("USD")}));
    QCOMPARE(q->numbers, 250);
    QCOMPARE(q->monthlyTotal, (Money{37500, QStringLiteral("USD")}));
    // A million numbers at a fee with odd cents stays exact (no float on the way).
    QCOMPARE(e911FeeQuote(usd(149), 1'000'000)->monthlyTotal.amountMinor, 149'000'000);
    QCOMPARE(e911FeeQuote(usd(150), 0)->monthlyTotal.amountMinor, 0);
}

void TestFeeQuote::aListThatCannotBeTotalledGivesNoQuote()
{
    PriceList mixed = usd(150);
    mixed.e911MonthlyFee.currency = QStringLiteral("CAD");
    QVERIFY(!e911FeeQuote(mixed, 2));
    QVERIFY(!e911FeeQuote(usd(-1), 2));
    QVERIFY(!e911FeeQuote(usd(150), -1));
    QVERIFY(!e911FeeQuote(usd(std::numeric_limits<qint64>::max() / 2), 3));
}

void TestFeeQuote::moneyInEnglishUs()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatMoney({150, QStringLiteral("USD")}, en), QStringLiteral("$1.50"));
    QCOMPARE(formatMoney({37500, QStringLiteral("USD")}, en), QStringLiteral("$375.00"));
    QCOMPARE(formatMoney({150000000, QStringLiteral("USD")}, en), QStringLiteral("$1,500,000.00"));
    // Another currency is named, not given a dollar sign.
    QCOMPARE(plain(formatMoney({150, QStringLiteral("EUR")}, en)), QStringLiteral("EUR1.50"));
}

void TestFeeQuote::moneyInGermanUsesTheIsoCode()
{
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(plain(formatMoney({37500, QStringLiteral("USD")}, de)), QStringLiteral("375,00 USD"));
    QCOMPARE(plain(formatMoney({150000, QStringLiteral("USD")}, de)),
             QStringLiteral("1.500,00 USD"));
    QCOMPARE(plain(formatMoney({150, QStringLiteral("EUR")}, de)), QStringLiteral("1,50 €"));
}

void TestFeeQuote::currencyDigitsFollowIso4217()
{
    QCOMPARE(currencyMinorDigits(u"USD"), 2);
    QCOMPARE(currencyMinorDigits(u"JPY"), 0);
    QCOMPARE(currencyMinorDigits(u"KWD"), 3);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(plain(formatMoney({1500, QStringLiteral("JPY")}, en)), QStringLiteral("JPY1,500"));
}

QTEST_GUILESS_MAIN(TestFeeQuote)
#include "tst_fee_quote.moc"
