// One emergency call as the backend reports it (docs/api.md, "Emergency call"): who called from
// which number, the location Teams sent, the registration on file when the call started, the
// verdict between the two, and whether the desk acknowledged it.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct CallLocationDifference
{
    QString field; // CLDXF name ("addNumber", "stName", …) or "coordinates"
    QString sent;
    QString registered;
};

struct EmergencyCall
{
    enum class Verdict { Matches, Differs, NoLocationSent, NotRegistered, CannotCompare };

    // The place the call came from, by the location name Teams sent (docs/api.md, "place"),
    // and the location Teams sent judged against the place's address.
    struct Place
    {
        QString placeId;
        QString label;
        QString addressId;
        QString addressEtag; // the address's ETag when judged
        Verdict verdict = Verdict::Matches;
        QList<CallLocationDifference> differences;
    };

    QString id;
    QString tenantId;
    bool isTest = false; // 933: no alert, becomes a test-call record
    QString dialed;
    QString number; // E.164, empty when Teams sent none
    QString callerName;
    QString callerUpn;
    QDateTime startedAt;
    QDateTime endedAt;        // invalid while the call lasts
    QJsonObject locationSent; // houseNumber, street, streetSuffix, city, …, latitude, longitude
    QJsonObject registered;   // addressId, addressEtag, e911State, civic, latitude, longitude
    Verdict verdict = Verdict::NotRegistered;
    QList<CallLocationDifference> differences;
    std::optional<double> distanceMeters;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QString testCallId;
    bool simulated = false;
    qint64 lastEventSeq = 0;
    std::optional<Place> place; // none when Teams named no place Dispatchable could tell

    bool isActive() const { return !endedAt.isValid(); }
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    // The desk is alerted for a real emergency call nobody has acknowledged yet.
    bool wantsAlert() const { return !isTest && isActive() && !isAcknowledged(); }

    // The sent location as one line ("725 Microsoft Way, Redmond WA 98052"); empty for none.
    QString sentAddressLine() const;
    // The registered civic address as one line; empty when the number has none.
    QString registeredAddressLine() const;
    // Coordinates of either side, when known.
    std::optional<QPair<double, double>> sentCoordinates() const;
    std::optional<QPair<double, double>> registeredCoordinates() const;

    // Nullopt when the JSON lacks what every call has (id, tenant, start).
    static std::optional<EmergencyCall> fromJson(const QJsonObject &object);
};

QString verdictToWire(EmergencyCall::Verdict verdict);
