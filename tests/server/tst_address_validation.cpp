// Address validation for 911: real-world addresses, typed as people type them, normalized per
// USPS Publication 28 (Canada Post for Canada), checked against the bundled postal tables, and
// geocoded to the postal area's centroid, never to a rooftop.
#include "AddressValidationCases.h"
#include "validation/AddressValidator.h"

#include <QtTest>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>

namespace {
QStringList codes(const QList<FieldError> &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list.append(e.code);
    list.sort();
    return list;
}

} // namespace

class TestAddressValidation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validatesRealAddresses_data();
    void validatesRealAddresses();
    void zipStateMismatchNamesTheZipsState();
    void fsaProvinceMismatchNamesTheProvince();
    void geocodeIsNeverRooftop();
    void postalAreaWithoutCoordinatesWarnsInsteadOfGuessing();
    void resultJsonFollowsTheContract();

private:
    std::optional<PostalCodeTable> m_table;
};

void TestAddressValidation::initTestCase()
{
    QString error;
    m_table = PostalCodeTable::loadBundled(&error);
    QVERIFY2(m_table.has_value(), qPrintable(error));
}

void TestAddressValidation::validatesRealAddresses_data()
{
    addAddressValidationCases();
}

void TestAddressValidation::validatesRealAddresses()
{
    QFETCH(CivicAddress, typed);
    QFETCH(bool, valid);
    QFETCH(QVariantMap, normalized);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, warnings);
    QFETCH(double, latitude);
    QFETCH(double, longitude);

    const AddressValidationResult result = validateAddress(typed, *m_table);
    QCOMPARE(codes(result.problems), problems);
    QCOMPARE(codes(result.warnings), warnings);
    QCOMPARE(result.valid, valid);
    for (auto it = normalized.cbegin(); it != normalized.cend(); ++it)
        QCOMPARE(result.normalized.value(it.key()), it.value().toString());

    // Every problem names a field of the civic object and says in a sentence what to do.
    for (const FieldError &e : result.problems + result.warnings) {
        QVERIFY2(e.field.startsWith(QLatin1String("civic")), qPrintable(e.field));
        QVERIFY2(e.detail.endsWith(QLatin1Char('.')) && e.detail.size() > 20, qPrintable(e.detail));
    }

    if (std::isnan(latitude)) {
        QVERIFY(!result.geocode.has_value());
        return;
    }
    QVERIFY(result.geocode.has_value());
    QCOMPARE(result.geocode->precision, QStringLiteral("postal_code"));
    QVERIFY2(
        std::abs(result.geocode->latitude - latitude) < 0.01 &&
            std::abs(result.geocode->longitude - longitude) < 0.01,
        qPrintable(
            QStringLiteral("%1,%2").arg(result.geocode->latitude).arg(result.geocode->longitude)));
}

void TestAddressValidation::zipStateMismatchNamesTheZipsState()
{
    const auto result =
        validateAddress(us("1", "Microsoft Way", "Redmond", "OR", "98052"), *m_table);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().field, QStringLiteral("civic.postalCode"));
    QVERIFY2(result.problems.first().detail.startsWith(
                 QStringLiteral("ZIP code 98052 belongs to WA, not OR.")),
             qPrintable(result.problems.first().detail));
}

void TestAddressValidation::fsaProvinceMismatchNamesTheProvince()
{
    const auto result = validateAddress(civic({{"addNumber", "1000"},
                                               {"stName", "Rue De La Gauchetière O"},
                                               {"postalCommunity", "Montréal"},
                                               {"state", "ON"},
                                               {"postalCode", "H3B 4W5"},
                                               {"country", "CA"}}),
                                        *m_table);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().detail.contains(QStringLiteral("H3B 4W5 is in QC, not ON")),
             qPrintable(result.problems.first().detail));
}

void TestAddressValidation::geocodeIsNeverRooftop()
{
    // Every centroid in the tables, whichever ZIP: the label is the postal area's.
    for (const char *zip : {"98052", "20500", "10118", "00901", "96910", "99501", "96813"}) {
        const auto result = validateAddress(us("1", "Main St", "Anytown", "", zip), *m_table);
        // The state is missing, so this is invalid: no geocode may be offered at all.
        QVERIFY(!result.geocode.has_value());
        const QString state = m_table->usZip(QString::fromLatin1(zip))->region;
        const auto fixed = validateAddress(
            us("1", "Main St", "Anytown", state.toLatin1().constData(), zip), *m_table);
        QVERIFY2(fixed.valid, zip);
        QCOMPARE(fixed.geocode->precision, QStringLiteral("postal_code"));
        QCOMPARE(fixed.toJson()[QStringLiteral("geocode")][QStringLiteral("precision")].toString(),
                 QStringLiteral("postal_code"));
    }
}

void TestAddressValidation::postalAreaWithoutCoordinatesWarnsInsteadOfGuessing()
{
    // K0H's row in the source data has no coordinates.
    QVERIFY(!m_table->canadianFsa(u"K0H")->hasCoordinates);
    const auto result = validateAddress(civic({{"addNumber", "12"},
                                               {"stName", "Main Street"},
                                               {"postalCommunity", "Sydenham"},
                                               {"state", "ON"},
                                               {"postalCode", "K0H 2T0"},
                                               {"country", "CA"}}),
                                        *m_table);
    QVERIFY(result.valid);
    QVERIFY(!result.geocode.has_value());
    QVERIFY(codes(result.warnings).contains(QStringLiteral("geocode_unavailable")));
}

void TestAddressValidation::resultJsonFollowsTheContract()
{
    const auto valid =
        validateAddress(us("1", "Microsoft Way", "Redmond", "WA", "98052"), *m_table).toJson();
    QCOMPARE(valid[QStringLiteral("valid")].toBool(), true);
    QCOMPARE(valid[QStringLiteral("normalized")][QStringLiteral("stName")].toString(),
             QStringLiteral("MICROSOFT"));
    QVERIFY(!valid[QStringLiteral("normalized")].toObject().contains(QStringLiteral("unit")));
    QCOMPARE(valid[QStringLiteral("problems")].toArray().size(), 0);
    QCOMPARE(valid[QStringLiteral("warnings")][0][QStringLiteral("code")].toString(),
             QStringLiteral("location_detail_missing"));
    QCOMPARE(valid[QStringLiteral("geocode")][QStringLiteral("latitude")].toDouble(), 47.6718);

    const auto invalid =
        validateAddress(us("", "PO Box 1", "Redmond", "WA", "98052"), *m_table).toJson();
    QCOMPARE(invalid[QStringLiteral("valid")].toBool(), false);
    QVERIFY(invalid[QStringLiteral("geocode")].isNull());
    const QJsonObject problem = invalid[QStringLiteral("problems")][0].toObject();
    QCOMPARE(problem[QStringLiteral("field")].toString(), QStringLiteral("civic.stName"));
    QCOMPARE(problem[QStringLiteral("code")].toString(), QStringLiteral("po_box_not_dispatchable"));
    QVERIFY(!problem[QStringLiteral("detail")].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressValidation)
#include "tst_address_validation.moc"
