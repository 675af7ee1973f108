// Emergency calls as the backend keeps them: Graph's events grouped into calls, each call with
// the location Teams sent, the number's registration at the moment the call started and the
// verdict between the two. A 933 call also becomes a test-call record, so the 933 badge and
// the checklist fill themselves from real calls.
#pragma once

#include "graph/EmergencyCallEvent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

class ServerDatabase;

struct RecordedEvent
{
    qint64 seq = 0; // the event's place in the live stream
    QString callId;
    bool newCall = false;
};

class EmergencyCallStore
{
public:
    explicit EmergencyCallStore(ServerDatabase &db);

    // Records an event of `tenantId` in one transaction. Nullopt when the event id was seen
    // before: Graph retries deliveries, and a replay must never raise a second alert.
    std::optional<RecordedEvent> record(const QString &tenantId, const EmergencyCallEvent &event,
                                        bool simulated = false);

    // The call with its events, or nullopt when the tenant has no such call.
    std::optional<QJsonObject> load(const QString &tenantId, const QString &callId);
    // Marks a call acknowledged (the first acknowledgement stands) and records that as an
    // event of the call, so the live stream carries it. Returns the event's sequence number;
    // 0 when the call was acknowledged already. Runs inside the caller's transaction.
    qint64 acknowledge(const QString &tenantId, const QString &callId, const QString &who);

    // The list representation: SELECT `columns` FROM emergency_calls, then fromRow(). The last
    // column is the list's sort key (started_at|id, newest first).
    static const QString columns;
    static QJsonObject fromRow(const QSqlQuery &row);
    QJsonArray eventsOf(const QString &callId);

private:
    QString openCallFor(const QString &tenantId, const EmergencyCallEvent &event,
                        const QString &number);
    QString createCall(const QString &tenantId, const EmergencyCallEvent &event,
                       const QString &number, bool simulated);
    void judge(const QString &tenantId, const QString &callId, const EmergencyCallEvent &event);
    void recordTestCall(const QString &tenantId, const QString &callId);

    ServerDatabase &m_db;
};

// A caller's phone number as Teams sends it ("14255550100", "+1 425…") in E.164, or empty.
QString callerE164(const QString &phoneNumber);
