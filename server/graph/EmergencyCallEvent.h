// One emergency-call event as Microsoft Graph sends it in a rich notification's decrypted
// resource data (#microsoft.graph.emergencyCallEvent, beta): what happened, when, who called
// and the location Teams sent with the call.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// The location in callerInfo.location: the civic address Teams resolved (from the network or
// the user) and, when it had them, coordinates.
struct SentLocation
{
    QString houseNumber;
    QString street; // as Teams sends it, e.g. "Microsoft Way"
    QString streetSuffix;
    QString city;
    QString state;
    QString postalCode;
    QString country; // "United States", "US", …
    QString companyName;
    QString additionalInfo; // floor, suite, … as the admin typed it in Teams
    // location.displayName: the name of the Teams location the call came from ("Floor 3"),
    // empty for an address's own (default) location or a location the user typed.
    QString displayName;
    std::optional<double> latitude;
    std::optional<double> longitude;

    bool hasAddress() const
    {
        return !street.isEmpty() || !city.isEmpty() || !postalCode.isEmpty();
    }
    bool isEmpty() const { return !hasAddress() && !latitude; }
    QJsonObject toJson() const;
    static SentLocation fromJson(const QJsonObject &location);
};

struct EmergencyCallEvent
{
    enum class Type { CallStarted, RosterUpdated, CallEnded };

    QString id; // unique per event: the de-duplication key
    Type type = Type::CallStarted;
    QString policyName;
    QDateTime at; // UTC
    QString numberDialed;
    QString callerDisplayName;
    QString callerUpn;
    QString callerPhoneNumber; // as Teams sends it, often without "+"
    QString callerTenantId;    // the Teams (Entra) tenant
    SentLocation location;

    // 933 is the US address test number: such a call proves a location, it is no emergency.
    bool isTestCall() const;

    // Parses decrypted resource data; nullopt with *reason when it is not an emergency-call
    // event or lacks what every event has (id, type, time, caller).
    static std::optional<EmergencyCallEvent> fromResourceData(const QByteArray &json,
                                                              QString *reason);
};

QString toWire(EmergencyCallEvent::Type type);
