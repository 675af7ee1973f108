#include "DemoCallSeed.h"

#include "graph/GraphNotificationIntake.h"
#include "graph/SimulatedCalls.h"
#include "store/EmergencyCallStore.h"
#include "store/ServerDatabase.h"

#include <QSqlQuery>

namespace {
struct PastCall
{
    const char *dialed;
    SimulatedLocation location;
    qint64 hoursAgo;
    int seconds;
    bool acknowledged;
};

// A 933 test that matched, a 911 call that matched and was answered at the desk, one from a
// laptop taken home that nobody acknowledged (the number it came from is flagged), and a 933 test
// from a place Teams holds at another building (the place is flagged on the network map).
constexpr PastCall pastCalls[] = {
    {"933", SimulatedLocation::Registered, 72, 40, false},
    {"911", SimulatedLocation::Registered, 26, 180, true},
    {"911", SimulatedLocation::Elsewhere, 3, 95, false},
    {"933", SimulatedLocation::WrongPlace, 30, 25, false},
};
} // namespace

int seedDemoCalls(ServerDatabase &db, GraphNotificationIntake &intake, const QDateTime &now)
{
    if (db.scalar(QStringLiteral("SELECT 1 FROM emergency_calls LIMIT 1")).isValid())
        return 0;
    QSqlQuery q(db.db());
    db.exec(q, QStringLiteral("SELECT tenant_id, number FROM dids WHERE e911_state = 'registered'"
                              " AND tenant_id = (SELECT id FROM tenants ORDER BY name, id LIMIT 1)"
                              " ORDER BY number LIMIT 3"));
    QList<QPair<QString, QString>> numbers;
    while (q.next())
        numbers.append({q.value(0).toString(), q.value(1).toString()});
    // The wrong-place test needs a place at the number's address: the first tenant with one.
    db.exec(q, QStringLiteral("SELECT d.tenant_id, d.number FROM dids d JOIN tenants t"
                              " ON t.id = d.tenant_id WHERE d.e911_state = 'registered' AND"
                              " EXISTS (SELECT 1 FROM places p WHERE p.address_id = d.address_id)"
                              " ORDER BY t.name, t.id, d.number LIMIT 1"));
    if (numbers.size() == 3 && q.next())
        numbers.append({q.value(0).toString(), q.value(1).toString()});
    int seeded = 0;
    for (qsizetype i = 0; i < numbers.size() && i < qsizetype(std::size(pastCalls)); ++i) {
        const PastCall &past = pastCalls[i];
        SimulatedCall call;
        call.tenantId = numbers.at(i).first;
        call.number = numbers.at(i).second;
        call.dialed = QLatin1StringView(past.dialed);
        call.location = past.location;
        call.at = now.addSecs(-past.hoursAgo * 3600);
        QString reason;
        const auto start = simulatedCallStart(db, call, &reason);
        if (!start || !intake.recordTrusted(call.tenantId, *start, true))
            continue;
        intake.recordTrusted(call.tenantId, simulatedCallEnd(*start, past.seconds), true);
        if (past.acknowledged) {
            const QString callId =
                db.scalar(QStringLiteral("SELECT call_id FROM emergency_call_events"
                                         " WHERE event_id = ?"),
                          {start->id})
                    .toString();
            WriteTransaction tx(db);
            EmergencyCallStore(db).acknowledge(call.tenantId, callId,
                                               QStringLiteral("desk@contoso.example"));
            tx.commit();
        }
        ++seeded;
    }
    return seeded;
}
