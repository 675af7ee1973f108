#include "EmergencyCallEvent.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1StringView(name)).toString().trimmed();
}

// Graph sends coordinates as strings ("47.6400"); numbers are accepted too.
std::optional<double> coordinate(const QJsonValue &value, double limit)
{
    bool ok = value.isDouble();
    double d = value.toDouble();
    if (value.isString())
        d = value.toString().trimmed().toDouble(&ok);
    if (!ok || d < -limit || d > limit)
        return std::nullopt;
    return d;
}

std::optional<EmergencyCallEvent::Type> eventType(const QString &wire)
{
    if (wire == QLatin1StringView("callStarted"))
        return EmergencyCallEvent::Type::CallStarted;
    if (wire == QLatin1StringView("rosterUpdated"))
        return EmergencyCallEvent::Type::RosterUpdated;
    if (wire == QLatin1StringView("callEnded"))
        return EmergencyCallEvent::Type::CallEnded;
    return std::nullopt;
}

} // namespace

QString toWire(EmergencyCallEvent::Type type)
{
    switch (type) {
    case EmergencyCallEvent::Type::CallStarted:
        return QStringLiteral("callStarted");
    case EmergencyCallEvent::Type::RosterUpdated:
        return QStringLiteral("rosterUpdated");
    case EmergencyCallEvent::Type::CallEnded:
        return QStringLiteral("callEnded");
    }
    return {};
}

QJsonObject SentLocation::toJson() const
{
    QJsonObject o;
    const std::pair<const char *, const QString *> fields[] = {{"houseNumber", &houseNumber},
                                                               {"street", &street},
                                                               {"streetSuffix", &streetSuffix},
                                                               {"city", &city},
                                                               {"state", &state},
                                                               {"postalCode", &postalCode},
                                                               {"country", &country},
                                                               {"companyName", &companyName},
                                                               {"additionalInfo", &additionalInfo},
                                                               {"displayName", &displayName}};
    for (const auto &[name, value] : fields) {
        if (!value->isEmpty())
            o.insert(QLatin1StringView(name), *value);
    }
    if (latitude && longitude) {
        o.insert(QStringLiteral("latitude"), *latitude);
        o.insert(QStringLiteral("longitude"), *longitude);
    }
    return o;
}

SentLocation SentLocation::fromJson(const QJsonObject &location)
{
    const QJsonObject address = location.value(QLatin1StringView("address")).toObject();
    const QJsonObject extra = address.value(QLatin1StringView("additionalData")).toObject();
    SentLocation l;
    l.houseNumber = text(extra, "houseNumber");
    l.street = text(address, "street");
    l.streetSuffix = text(extra, "streetSuffix");
    l.city = text(address, "city");
    l.state = text(address, "state");
    l.postalCode = text(address, "postalCode");
    l.country = text(address, "countryOrRegion");
    l.companyName = text(extra, "companyName");
    l.additionalInfo = text(extra, "additionalInfo");
    l.displayName = text(location, "displayName").left(256); // a place name, never a page
    const QJsonObject coordinates = location.value(QLatin1StringView("coordinates")).toObject();
    const auto lat = coordinate(coordinates.value(QLatin1StringView("latitude")), 90);
    const auto lon = coordinate(coordinates.value(QLatin1StringView("longitude")), 180);
    // 0,0 is in the Gulf of Guinea: it is what an unset location serializes to, not a place.
    if (lat && lon && (*lat != 0 || *lon != 0)) {
        l.latitude = lat;
        l.longitude = lon;
    }
    return l;
}

bool EmergencyCallEvent::isTestCall() const
{
    return numberDialed == QLatin1StringView("933");
}

std::optional<EmergencyCallEvent> EmergencyCallEvent::fromResourceData(const QByteArray &json,
                                                                       QString *reason)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        *reason =
            QStringLiteral("resource data is not a JSON object (%1)").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject e = root.value(QLatin1StringView("emergencyCallEvent")).toObject();
    if (e.isEmpty()) {
        *reason = QStringLiteral("resource data holds no emergencyCallEvent");
        return std::nullopt;
    }
    EmergencyCallEvent event;
    event.id = text(e, "id");
    const auto type = eventType(text(e, "callEventType"));
    event.at = QDateTime::fromString(text(e, "eventDateTime"), Qt::ISODateWithMs).toUTC();
    const QJsonObject caller = e.value(QLatin1StringView("callerInfo")).toObject();
    if (event.id.isEmpty() || event.id.size() > 200 || !type || !event.at.isValid() ||
        caller.isEmpty()) {
        *reason = QStringLiteral("emergencyCallEvent lacks a valid id, callEventType, "
                                 "eventDateTime or callerInfo");
        return std::nullopt;
    }
    event.type = *type;
    event.policyName = text(e, "policyName");
    event.numberDialed = text(e, "emergencyNumberDialed");
    event.callerDisplayName = text(caller, "displayName");
    event.callerUpn = text(caller, "upn");
    event.callerPhoneNumber = text(caller, "phoneNumber");
    event.callerTenantId = text(caller, "tenantId");
    event.location = SentLocation::fromJson(caller.value(QLatin1StringView("location")).toObject());
    return event;
}
