#include "EmergencyCall.h"

#include <QJsonArray>
#include <QStringList>

namespace {

std::optional<EmergencyCall::Verdict> verdictFromWire(const QString &wire)
{
    using V = EmergencyCall::Verdict;
    for (V v : {V::Matches, V::Differs, V::NoLocationSent, V::NotRegistered, V::CannotCompare}) {
        if (verdictToWire(v) == wire)
            return v;
    }
    return std::nullopt;
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

std::optional<QPair<double, double>> coordinatesOf(const QJsonObject &o)
{
    if (!o.value(QLatin1StringView("latitude")).isDouble() ||
        !o.value(QLatin1StringView("longitude")).isDouble())
        return std::nullopt;
    return QPair<double, double>(o.value(QLatin1StringView("latitude")).toDouble(),
                                 o.value(QLatin1StringView("longitude")).toDouble());
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

} // namespace

QString verdictToWire(EmergencyCall::Verdict verdict)
{
    switch (verdict) {
    case EmergencyCall::Verdict::Matches:
        return QStringLiteral("matches");
    case EmergencyCall::Verdict::Differs:
        return QStringLiteral("differs");
    case EmergencyCall::Verdict::NoLocationSent:
        return QStringLiteral("no_location_sent");
    case EmergencyCall::Verdict::NotRegistered:
        return QStringLiteral("not_registered");
    case EmergencyCall::Verdict::CannotCompare:
        return QStringLiteral("cannot_compare");
    }
    return {};
}

QString EmergencyCall::sentAddressLine() const
{
    const auto f = [this](const char *name) {
        return locationSent.value(QLatin1StringView(name)).toString();
    };
    const QString street =
        joined({f("houseNumber"), f("street"), f("streetSuffix")}, QStringLiteral(" "));
    const QString place = joined({f("city"), f("state"), f("postalCode")}, QStringLiteral(" "));
    return joined({street, f("additionalInfo"), place}, QStringLiteral(", "));
}

QString EmergencyCall::registeredAddressLine() const
{
    const QJsonObject civic = registered.value(QLatin1StringView("civic")).toObject();
    const auto f = [&civic](const char *name) {
        return civic.value(QLatin1StringView(name)).toString();
    };
    const QString street = joined({f("addNumPre"), f("addNumber"), f("addNumSuf"), f("stPreDir"),
                                   f("stPreTyp"), f("stName"), f("stPosTyp"), f("stPosDir")},
                                  QStringLiteral(" "));
    const QString unit =
        joined({f("building"), f("floor"), f("unit"), f("room")}, QStringLiteral(" "));
    const QString place =
        joined({f("postalCommunity"), f("state"), f("postalCode")}, QStringLiteral(" "));
    return joined({street, unit, place}, QStringLiteral(", "));
}

std::optional<QPair<double, double>> EmergencyCall::sentCoordinates() const
{
    return coordinatesOf(locationSent);
}

std::optional<QPair<double, double>> EmergencyCall::registeredCoordinates() const
{
    return coordinatesOf(registered);
}

namespace {
// The differences a verdict object lists ({field, sent, registered} each).
QList<CallLocationDifference> differencesOf(const QJsonObject &verdict)
{
    QList<CallLocationDifference> out;
    for (const QJsonValue &d : verdict.value(QLatin1StringView("differences")).toArray()) {
        const QJsonObject diff = d.toObject();
        out.append({diff.value(QLatin1StringView("field")).toString(),
                    diff.value(QLatin1StringView("sent")).toString(),
                    diff.value(QLatin1StringView("registered")).toString()});
    }
    return out;
}
} // namespace

std::optional<EmergencyCall> EmergencyCall::fromJson(const QJsonObject &o)
{
    EmergencyCall c;
    c.id = o.value(QLatin1StringView("id")).toString();
    c.tenantId = o.value(QLatin1StringView("tenantId")).toString();
    c.startedAt = timestamp(o.value(QLatin1StringView("startedAt")));
    const QJsonObject location = o.value(QLatin1StringView("location")).toObject();
    const auto verdict = verdictFromWire(location.value(QLatin1StringView("verdict")).toString());
    if (c.id.isEmpty() || c.tenantId.isEmpty() || !c.startedAt.isValid() || !verdict)
        return std::nullopt;
    c.verdict = *verdict;
    c.isTest = o.value(QLatin1StringView("kind")).toString() == QLatin1StringView("test");
    c.dialed = o.value(QLatin1StringView("dialed")).toString();
    c.number = o.value(QLatin1StringView("number")).toString();
    const QJsonObject caller = o.value(QLatin1StringView("caller")).toObject();
    c.callerName = caller.value(QLatin1StringView("displayName")).toString();
    c.callerUpn = caller.value(QLatin1StringView("upn")).toString();
    c.endedAt = timestamp(o.value(QLatin1StringView("endedAt")));
    c.locationSent = o.value(QLatin1StringView("locationSent")).toObject();
    c.registered = o.value(QLatin1StringView("registered")).toObject();
    c.differences = differencesOf(location);
    if (location.value(QLatin1StringView("distanceMeters")).isDouble())
        c.distanceMeters = location.value(QLatin1StringView("distanceMeters")).toDouble();
    const QJsonObject ack = o.value(QLatin1StringView("acknowledgement")).toObject();
    c.acknowledgedBy = ack.value(QLatin1StringView("by")).toString();
    c.acknowledgedAt = timestamp(ack.value(QLatin1StringView("at")));
    c.testCallId = o.value(QLatin1StringView("testCallId")).toString();
    c.simulated = o.value(QLatin1StringView("simulated")).toBool();
    c.lastEventSeq = o.value(QLatin1StringView("lastEventSeq")).toInteger();
    const QJsonObject place = o.value(QLatin1StringView("place")).toObject();
    const auto placeVerdict = verdictFromWire(place.value(QLatin1StringView("verdict")).toString());
    const QString placeId = place.value(QLatin1StringView("placeId")).toString();
    if (placeVerdict && !placeId.isEmpty())
        c.place = Place{placeId,
                        place.value(QLatin1StringView("label")).toString(),
                        place.value(QLatin1StringView("addressId")).toString(),
                        place.value(QLatin1StringView("addressEtag")).toString(),
                        *placeVerdict,
                        differencesOf(place)};
    return c;
}
