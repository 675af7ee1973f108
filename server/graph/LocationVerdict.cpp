#include "LocationVerdict.h"

#include "validation/UspsNormalizer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <numbers>

namespace {

double greatCircleMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadius = 6371000;
    const auto rad = [](double degrees) { return degrees * std::numbers::pi / 180; };
    const double dLat = rad(lat2 - lat1);
    const double dLon = rad(lon2 - lon1);
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

// US ZIP+4 and ZIP compare on the five digits both sides are sure to have.
QString comparablePostalCode(const CivicAddress &a)
{
    return a.country == QLatin1StringView("US") ? a.postalCode.left(5) : a.postalCode;
}

} // namespace

QString toWire(LocationVerdict::Kind kind)
{
    switch (kind) {
    case LocationVerdict::Kind::Matches:
        return QStringLiteral("matches");
    case LocationVerdict::Kind::Differs:
        return QStringLiteral("differs");
    case LocationVerdict::Kind::NoLocationSent:
        return QStringLiteral("no_location_sent");
    case LocationVerdict::Kind::NotRegistered:
        return QStringLiteral("not_registered");
    case LocationVerdict::Kind::CannotCompare:
        return QStringLiteral("cannot_compare");
    }
    return {};
}

QJsonObject LocationVerdict::toJson() const
{
    QJsonArray list;
    for (const LocationDifference &d : differences)
        list.append(QJsonObject{{QStringLiteral("field"), d.field},
                                {QStringLiteral("sent"), d.sent},
                                {QStringLiteral("registered"), d.registered}});
    QJsonObject o{{QStringLiteral("verdict"), toWire(kind)}, {QStringLiteral("differences"), list}};
    if (distanceMeters)
        o.insert(QStringLiteral("distanceMeters"), std::round(*distanceMeters));
    return o;
}

RegisteredLocation registeredLocation(const QString &addressId, const QJsonObject &civic,
                                      const QJsonObject &normalized, const QVariant &latitude,
                                      const QVariant &longitude)
{
    QList<FieldError> ignored;
    RegisteredLocation registered;
    registered.addressId = addressId;
    registered.civic = CivicAddress::fromJson(normalized.isEmpty() ? civic : normalized, ignored)
                           .value_or(CivicAddress{});
    if (!latitude.isNull() && !longitude.isNull()) {
        registered.latitude = latitude.toDouble();
        registered.longitude = longitude.toDouble();
    }
    return registered;
}

CivicAddress civicFromSentLocation(const SentLocation &sent)
{
    CivicAddress civic;
    civic.addNumber = sent.houseNumber;
    QString street = sent.street;
    // Some Teams addresses carry the house number in the street ("725 Microsoft Way").
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\d+[A-Za-z]?)\\s+(.+)$"));
    if (civic.addNumber.isEmpty()) {
        const auto m = leadingNumber.match(street);
        if (m.hasMatch()) {
            civic.addNumber = m.captured(1);
            street = m.captured(2);
        }
    }
    civic.stName =
        sent.streetSuffix.isEmpty() ? street : street + QLatin1Char(' ') + sent.streetSuffix;
    civic.postalCommunity = sent.city;
    civic.state = sent.state;
    civic.postalCode = sent.postalCode;
    civic.country = sent.country;
    return civic;
}

LocationVerdict judgeSentLocation(const SentLocation &sent,
                                  const std::optional<RegisteredLocation> &registered)
{
    LocationVerdict verdict;
    if (sent.isEmpty()) {
        verdict.kind = LocationVerdict::Kind::NoLocationSent;
        return verdict;
    }
    if (!registered)
        return verdict; // NotRegistered: nothing on file to compare with
    if (sent.latitude && registered->latitude) {
        verdict.distanceMeters = greatCircleMeters(*sent.latitude, *sent.longitude,
                                                   *registered->latitude, *registered->longitude);
    }
    if (sent.hasAddress()) {
        const CivicAddress a = normalizeCivicAddress(civicFromSentLocation(sent));
        const CivicAddress b = normalizeCivicAddress(registered->civic);
        for (const char *field : {"addNumber", "addNumSuf", "stPreDir", "stPreTyp", "stName",
                                  "stPosTyp", "stPosDir", "postalCommunity", "state", "country"}) {
            const QString name = QLatin1StringView(field);
            if (a.value(name) != b.value(name))
                verdict.differences.append({name, a.value(name), b.value(name)});
        }
        if (comparablePostalCode(a) != comparablePostalCode(b))
            verdict.differences.append({QStringLiteral("postalCode"), a.postalCode, b.postalCode});
    }
    if (verdict.distanceMeters && *verdict.distanceMeters > locationToleranceMeters)
        verdict.differences.append({QStringLiteral("coordinates"),
                                    QStringLiteral("%1, %2")
                                        .arg(*sent.latitude, 0, 'f', 5)
                                        .arg(*sent.longitude, 0, 'f', 5),
                                    QStringLiteral("%1, %2")
                                        .arg(*registered->latitude, 0, 'f', 5)
                                        .arg(*registered->longitude, 0, 'f', 5)});
    const bool comparable = sent.hasAddress() || verdict.distanceMeters;
    verdict.kind = !comparable                     ? LocationVerdict::Kind::CannotCompare
                   : verdict.differences.isEmpty() ? LocationVerdict::Kind::Matches
                                                   : LocationVerdict::Kind::Differs;
    return verdict;
}
