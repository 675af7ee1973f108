// An element is flagged when its place is gone or its place's address is missing, not yet
// validated or invalid; trusted IPs and elements at validated addresses are not.
#include "lis/NetworkMapFlags.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
EmergencyAddress address(const QString &id, AddressValidationStatus status)
{
    EmergencyAddress a;
    a.id = id;
    a.validationStatus = status;
    return a;
}

Place place(const QString &id, const QString &addressId)
{
    Place p;
    p.id = id;
    p.addressId = addressId;
    p.floor = u"Floor 1"_s;
    return p;
}

NetworkElement element(const QString &id, const QString &placeId,
                       NetworkElementKind kind = NetworkElementKind::Subnet)
{
    NetworkElement e;
    e.id = id;
    e.kind = kind;
    e.placeId = placeId;
    e.subnet = u"10.0.0.0/24"_s;
    return e;
}
} // namespace

class TestNetworkMapFlags : public QObject
{
    Q_OBJECT
private slots:
    void flagsSayWhy()
    {
        const QList<EmergencyAddress> addresses{
            address(u"valid"_s, AddressValidationStatus::Valid),
            address(u"unvalidated"_s, AddressValidationStatus::Unvalidated),
            address(u"invalid"_s, AddressValidationStatus::Invalid)};
        const QList<Place> places{
            place(u"p-valid"_s, u"valid"_s), place(u"p-unvalidated"_s, u"unvalidated"_s),
            place(u"p-invalid"_s, u"invalid"_s), place(u"p-orphan"_s, u"gone"_s)};
        const QList<NetworkElement> elements{
            element(u"ok"_s, u"p-valid"_s),
            element(u"e-unvalidated"_s, u"p-unvalidated"_s),
            element(u"e-invalid"_s, u"p-invalid"_s),
            element(u"e-orphan"_s, u"p-orphan"_s),
            element(u"e-noplace"_s, u"p-deleted"_s),
            element(u"trusted"_s, QString(), NetworkElementKind::TrustedIp)};
        const NetworkMapFlags flags(places, addresses);
        QCOMPARE(flags.flagOf(elements.at(0)), NetworkElementFlag::None);
        QCOMPARE(flags.flagOf(elements.at(1)), NetworkElementFlag::AddressNotValidated);
        QCOMPARE(flags.flagOf(elements.at(2)), NetworkElementFlag::AddressInvalid);
        QCOMPARE(flags.flagOf(elements.at(3)), NetworkElementFlag::AddressMissing);
        QCOMPARE(flags.flagOf(elements.at(4)), NetworkElementFlag::PlaceMissing);
        QCOMPARE(flags.flagOf(elements.at(5)), NetworkElementFlag::None);

        const QList<FlaggedElement> flagged = flaggedElements(elements, places, addresses);
        QCOMPARE(flagged.size(), 4);
        QCOMPARE(flagged.at(0).elementId, u"e-unvalidated"_s);
        QCOMPARE(flagged.at(3).elementId, u"e-noplace"_s);

        QVERIFY(NetworkMapFlags::reason(NetworkElementFlag::None).isEmpty());
        QVERIFY(NetworkMapFlags::reason(NetworkElementFlag::AddressNotValidated)
                    .contains(u"not validated"_s));
        QVERIFY(NetworkMapFlags::reason(NetworkElementFlag::PlaceMissing).contains(u"place"_s));
    }
};

QTEST_APPLESS_MAIN(TestNetworkMapFlags)
#include "tst_network_map_flags.moc"
