#include "SimulatedCalls.h"

#include "lis/Place.h"
#include "store/ServerDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

// The registration as Teams would send it: house number apart, street with its suffix.
SentLocation locationFromCivic(const QJsonObject &civic, const QVariant &lat, const QVariant &lon)
{
    const auto field = [&civic](const char *name) {
        return civic.value(QLatin1StringView(name)).toString();
    };
    SentLocation l;
    l.houseNumber = field("addNumber");
    QStringList street;
    for (const char *part : {"stPreDir", "stPreTyp", "stName"}) {
        if (!field(part).isEmpty())
            street.append(field(part));
    }
    l.street = street.join(QLatin1Char(' '));
    l.streetSuffix = field("stPosTyp");
    if (!field("stPosDir").isEmpty())
        l.streetSuffix += QLatin1Char(' ') + field("stPosDir");
    l.streetSuffix = l.streetSuffix.trimmed();
    l.city = field("postalCommunity");
    l.state = field("state");
    l.postalCode = field("postalCode");
    l.country = field("country");
    if (!lat.isNull() && !lon.isNull()) {
        l.latitude = lat.toDouble();
        l.longitude = lon.toDouble();
    }
    return l;
}

// Somewhere else entirely: the number's user took the laptop home.
SentLocation elsewhere()
{
    SentLocation l;
    l.houseNumber = QStringLiteral("1600");
    l.street = QStringLiteral("Pennsylvania");
    l.streetSuffix = QStringLiteral("Ave NW");
    l.city = QStringLiteral("Washington");
    l.state = QStringLiteral("DC");
    l.postalCode = QStringLiteral("20500");
    l.country = QStringLiteral("US");
    l.latitude = 38.8977;
    l.longitude = -77.0365;
    return l;
}

// The label of the address's first place, as Teams names the location; empty for none.
QString firstPlaceAt(ServerDatabase &db, const QString &addressId)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT building, floor, room FROM places WHERE address_id = ?"
                           " ORDER BY building, floor, room, id LIMIT 1"),
            {addressId});
    if (!q.next())
        return {};
    Place place;
    place.building = q.value(0).toString();
    place.floor = q.value(1).toString();
    place.room = q.value(2).toString();
    return place.label();
}

} // namespace

std::optional<EmergencyCallEvent> simulatedCallStart(ServerDatabase &db, const SimulatedCall &call,
                                                     QString *reason)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT d.user_upn, d.user_display_name, a.normalized, a.civic,"
                           " a.latitude, a.longitude, a.id FROM dids d LEFT JOIN addresses a"
                           " ON a.id = d.address_id WHERE d.number = ? AND d.tenant_id = ?"),
            {call.number, call.tenantId});
    if (!q.next()) {
        *reason = QStringLiteral("%1 is not a number of this tenant.").arg(call.number);
        return std::nullopt;
    }
    EmergencyCallEvent e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.type = EmergencyCallEvent::Type::CallStarted;
    e.policyName = QStringLiteral("Demo emergency policy");
    e.at = call.at.isValid() ? call.at.toUTC() : QDateTime::currentDateTimeUtc();
    e.numberDialed = call.dialed;
    e.callerUpn = q.value(0).toString();
    e.callerDisplayName = q.value(1).toString();
    e.callerPhoneNumber = call.number.mid(1); // Teams leaves out the "+"
    const QByteArray normalized = q.value(2).toByteArray();
    const QJsonObject civic =
        QJsonDocument::fromJson(normalized.isEmpty() ? q.value(3).toByteArray() : normalized)
            .object();
    const QString place = firstPlaceAt(db, q.value(6).toString());
    if (call.location == SimulatedLocation::WrongPlace && place.isEmpty()) {
        *reason =
            QStringLiteral("%1 is registered at an address without a place.").arg(call.number);
        return std::nullopt;
    }
    if (call.location == SimulatedLocation::Registered)
        e.location = locationFromCivic(civic, q.value(4), q.value(5));
    else if (call.location != SimulatedLocation::None)
        e.location = elsewhere();
    if (call.location == SimulatedLocation::Registered ||
        call.location == SimulatedLocation::WrongPlace)
        e.location.displayName = place;
    return e;
}

EmergencyCallEvent simulatedCallEnd(const EmergencyCallEvent &start, int seconds)
{
    EmergencyCallEvent end = start;
    end.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    end.type = EmergencyCallEvent::Type::CallEnded;
    end.at = start.at.addSecs(seconds);
    return end;
}
