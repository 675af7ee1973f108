// A telephone number (DID) of a tenant as the backend describes it: who uses it, its E911
// registration state and fee, with the strict decoder that turns the API's JSON into one.
#pragma once

#include "domain/E911State.h"
#include "domain/FieldError.h"
#include "domain/PhoneNumber.h"
#include "domain/PriceList.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

enum class DidUsage : quint8 { User, CommonArea, Conference, AutoAttendant, CallQueue, Unassigned };

QString didUsageToWire(DidUsage usage);
std::optional<DidUsage> didUsageFromWire(QStringView wire);

struct AssignedUser
{
    QString upn; // user principal name
    QString displayName;

    friend bool operator==(const AssignedUser &, const AssignedUser &) = default;
};

struct E911Status
{
    E911State state = E911State::Basic;
    QString addressId;    // empty when none (basic)
    QString reason;       // empty when none
    QDateTime since;      // UTC
    QDateTime verifiedAt; // invalid when never verified by a 933 call

    friend bool operator==(const E911Status &, const E911Status &) = default;
};

struct Did
{
    QString number;         // E.164 with its "+"
    QString nationalFormat; // libphonenumber's national format, for display
    PhoneNumber::EmergencyRegion emergencyRegion = PhoneNumber::EmergencyRegion::Other;
    QString tenantId;
    std::optional<AssignedUser> assignedUser;
    DidUsage usage = DidUsage::Unassigned;
    QString country; // ISO 3166-1 region libphonenumber assigns (US, PR, CA, GB…)
    bool tollFree = false;
    E911Status e911;
    std::optional<Money> monthlyFee; // null in basic
    QString etag;
    QDateTime updatedAt;

    friend bool operator==(const Did &, const Did &) = default;

    // Decodes one number. Every member is checked for presence, type and range; problems are
    // appended to `errors` with paths under `path` and the result is nullopt.
    static std::optional<Did> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                       const QString &path = QString());
    // The same rules over simdjson's DOM, for the pages of a full sync (domain/JsonSimd.h).
    static std::optional<Did> fromJson(const simdjson::dom::element &value,
                                       QList<FieldError> &errors, const QString &path);

    // The national format of a syntactically valid E.164 number ("+12065550100" →
    // "(206) 555-0100"), or empty when its country code is unknown. Builds libphonenumber's
    // number from the digits instead of parsing text, which is four times faster: sync formats
    // every number once, and a carrier has a million.
    static QString formatNational(QStringView e164);
    static bool isE164(QStringView text);
};
