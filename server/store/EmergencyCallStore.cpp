#include "EmergencyCallStore.h"

#include "Representations.h"
#include "ServerDatabase.h"
#include "graph/CallPlace.h"
#include "graph/LocationVerdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

// A call that started this long ago without an end is taken as over: a later event of the
// same caller opens a new call instead of joining a stale one.
constexpr qint64 callGroupingSeconds = 4 * 3600;

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// The number's E911 registration now: its address (normalized where the validator stored a
// normalized form), coordinates and the address's ETag. Nullopt for a number without one.
std::optional<RegisteredLocation> registrationOf(ServerDatabase &db, const QString &tenantId,
                                                 const QString &number, QJsonObject *snapshot)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT a.id, a.civic, a.normalized, a.latitude, a.longitude,"
                           " a.version, d.e911_state FROM dids d JOIN addresses a ON"
                           " a.id = d.address_id WHERE d.number = ? AND d.tenant_id = ?"),
            {number, tenantId});
    if (!q.next())
        return std::nullopt;
    const QJsonObject normalized = parseObject(q.value(2));
    const QJsonObject civicJson = normalized.isEmpty() ? parseObject(q.value(1)) : normalized;
    const RegisteredLocation registered = registeredLocation(
        q.value(0).toString(), parseObject(q.value(1)), normalized, q.value(3), q.value(4));
    *snapshot = QJsonObject{
        {QStringLiteral("addressId"), registered.addressId},
        {QStringLiteral("addressEtag"), QString::fromLatin1(etagFor(q.value(5).toLongLong()))},
        {QStringLiteral("e911State"), q.value(6).toString()},
        {QStringLiteral("civic"), civicJson}};
    if (registered.latitude && registered.longitude) {
        snapshot->insert(QStringLiteral("latitude"), *registered.latitude);
        snapshot->insert(QStringLiteral("longitude"), *registered.longitude);
    }
    return registered;
}

// The place the call came from, judged against its address now; "{}" for none.
QString placeJson(ServerDatabase &db, const QString &tenantId, const SentLocation &sent,
                  const std::optional<RegisteredLocation> &registered)
{
    const std::optional<CallPlace> place =
        findCallPlace(db, tenantId, sent, registered ? registered->addressId : QString());
    return place ? compactJson(place->toJson()) : QStringLiteral("{}");
}

std::optional<RegisteredLocation> registrationFromSnapshot(const QJsonObject &snapshot)
{
    if (snapshot.isEmpty())
        return std::nullopt;
    QList<FieldError> ignored;
    RegisteredLocation r;
    r.addressId = snapshot.value(QLatin1StringView("addressId")).toString();
    r.civic = CivicAddress::fromJson(snapshot.value(QLatin1StringView("civic")), ignored)
                  .value_or(CivicAddress{});
    if (snapshot.contains(QLatin1StringView("latitude"))) {
        r.latitude = snapshot.value(QLatin1StringView("latitude")).toDouble();
        r.longitude = snapshot.value(QLatin1StringView("longitude")).toDouble();
    }
    return r;
}

QString sentLocationText(const QJsonObject &sent)
{
    QStringList parts;
    for (const char *key : {"houseNumber", "street", "streetSuffix", "city", "state", "postalCode",
                            "country", "additionalInfo"}) {
        const QString value = sent.value(QLatin1StringView(key)).toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString callerE164(const QString &phoneNumber)
{
    QString digits;
    for (const QChar c : phoneNumber) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty() || digits.size() > 15)
        return {};
    if (phoneNumber.trimmed().startsWith(QLatin1Char('+')))
        return QLatin1Char('+') + digits;
    // Teams sends North American numbers without "+": 11 digits with the leading 1, or 10.
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        return QLatin1Char('+') + digits;
    if (digits.size() == 10)
        return QStringLiteral("+1") + digits;
    return QLatin1Char('+') + digits;
}

EmergencyCallStore::EmergencyCallStore(ServerDatabase &db)
    : m_db(db)
{}

std::optional<RecordedEvent>
EmergencyCallStore::record(const QString &tenantId, const EmergencyCallEvent &event, bool simulated)
{
    WriteTransaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM emergency_call_events WHERE event_id = ?"),
                    {event.id})
            .isValid())
        return std::nullopt;
    QString number = callerE164(event.callerPhoneNumber);
    // A number that is not one of the tenant's is still shown; it just has no registration.
    if (!number.isEmpty() &&
        !m_db.scalar(QStringLiteral("SELECT 1 FROM dids WHERE number = ? AND tenant_id = ?"),
                     {number, tenantId})
             .isValid()) {
        const QVariant byUser = m_db.scalar(
            QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND lower(user_upn) ="
                           " lower(?) ORDER BY number LIMIT 1"),
            {tenantId, event.callerUpn});
        if (byUser.isValid())
            number = byUser.toString();
    }
    RecordedEvent recorded;
    recorded.callId = openCallFor(tenantId, event, number);
    recorded.newCall = recorded.callId.isEmpty();
    if (recorded.newCall)
        recorded.callId = createCall(tenantId, event, number, simulated);
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("INSERT INTO emergency_call_events (event_id, call_id, tenant_id,"
                             " type, at, received_at, location) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " RETURNING seq"),
              {event.id, recorded.callId, tenantId, toWire(event.type),
               event.at.toString(Qt::ISODateWithMs), ServerDatabase::nowIso(),
               compactJson(event.location.toJson())});
    recorded.seq = m_db.insertedId(q);
    if (!event.location.isEmpty())
        judge(tenantId, recorded.callId, event);
    if (event.type == EmergencyCallEvent::Type::CallEnded)
        m_db.exec(q,
                  QStringLiteral("UPDATE emergency_calls SET ended_at = ? WHERE id = ?"
                                 " AND ended_at = ''"),
                  {event.at.toString(Qt::ISODateWithMs), recorded.callId});
    m_db.exec(q, QStringLiteral("UPDATE emergency_calls SET last_seq = ? WHERE id = ?"),
              {recorded.seq, recorded.callId});
    if (event.isTestCall() &&
        (!event.location.isEmpty() || event.type == EmergencyCallEvent::Type::CallEnded))
        recordTestCall(tenantId, recorded.callId);
    // The change feed carries calls too: the app's cache keeps each number's last call and its
    // verdict for the table, the report and the kiosk, even where no desk is watching.
    m_db.recordChange(QStringLiteral("emergency_call"), recorded.callId, tenantId);
    tx.commit();
    return recorded;
}

QString EmergencyCallStore::openCallFor(const QString &tenantId, const EmergencyCallEvent &event,
                                        const QString &number)
{
    // Graph gives no call id: an event joins the open call from the same number to the same
    // emergency number; the user's UPN stands in only when Teams sent no phone number (one user
    // may have several numbers, or none).
    const QString since = event.at.addSecs(-callGroupingSeconds).toString(Qt::ISODateWithMs);
    const QString caller = number.isEmpty() ? event.callerUpn : number;
    if (caller.isEmpty())
        return {};
    return m_db
        .scalar(QStringLiteral("SELECT id FROM emergency_calls WHERE tenant_id = ? AND"
                               " ended_at = '' AND dialed = ? AND started_at >= ? AND"
                               " CASE WHEN ? = '' THEN number = '' AND lower(caller_upn) ="
                               " lower(?) ELSE number = ? END"
                               " ORDER BY started_at DESC LIMIT 1"),
                {tenantId, event.numberDialed, since, number, caller, caller})
        .toString();
}

QString EmergencyCallStore::createCall(const QString &tenantId, const EmergencyCallEvent &event,
                                       const QString &number, bool simulated)
{
    QJsonObject snapshot;
    const auto registered =
        number.isEmpty() ? std::nullopt : registrationOf(m_db, tenantId, number, &snapshot);
    const LocationVerdict verdict = judgeSentLocation(event.location, registered);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db.db());
    m_db.exec(
        q,
        QStringLiteral("INSERT INTO emergency_calls (id, tenant_id, kind, dialed,"
                       " policy_name, number, caller_name, caller_upn, started_at,"
                       " location_sent, registered, verdict, verdict_detail, simulated,"
                       " place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, tenantId, event.isTestCall() ? QStringLiteral("test") : QStringLiteral("emergency"),
         event.numberDialed, event.policyName, number, event.callerDisplayName, event.callerUpn,
         event.at.toString(Qt::ISODateWithMs), compactJson(event.location.toJson()),
         compactJson(snapshot), toWire(verdict.kind), compactJson(verdict.toJson()),
         simulated ? 1 : 0, placeJson(m_db, tenantId, event.location, registered)});
    return id;
}

void EmergencyCallStore::judge(const QString &tenantId, const QString &callId,
                               const EmergencyCallEvent &event)
{
    // Judged against the registration as it was when the call started, not as edited since.
    const auto registered = registrationFromSnapshot(parseObject(m_db.scalar(
        QStringLiteral("SELECT registered FROM emergency_calls WHERE id = ?"), {callId})));
    const LocationVerdict verdict = judgeSentLocation(event.location, registered);
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("UPDATE emergency_calls SET location_sent = ?, verdict = ?,"
                             " verdict_detail = ?, place = ? WHERE id = ?"),
              {compactJson(event.location.toJson()), toWire(verdict.kind),
               compactJson(verdict.toJson()), placeJson(m_db, tenantId, event.location, registered),
               callId});
}

void EmergencyCallStore::recordTestCall(const QString &tenantId, const QString &callId)
{
    QSqlQuery call(m_db.db());
    m_db.exec(call,
              QStringLiteral("SELECT test_call_id, number, caller_name, caller_upn, started_at,"
                             " location_sent, registered, verdict, verdict_detail"
                             " FROM emergency_calls WHERE id = ?"),
              {callId});
    if (!call.next() || !call.value(0).toString().isEmpty())
        return;
    const QJsonObject registered = parseObject(call.value(6));
    if (registered.isEmpty())
        return; // nothing on file to prove: the call log shows "not registered"
    const QString verdict = call.value(7).toString();
    const QString callerName = call.value(2).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db.recordChange(QStringLiteral("test_call"), id, tenantId);
    QSqlQuery q(m_db.db());
    m_db.exec(
        q,
        QStringLiteral("INSERT INTO test_calls (id, tenant_id, place_id, number, address_id,"
                       " address_etag, called_by, called_at, read_back, result, note,"
                       " recorded_by_id, recorded_by_email, recorded_at, source)"
                       " VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'teams')"),
        {id, tenantId, call.value(1), registered.value(QLatin1StringView("addressId")).toString(),
         registered.value(QLatin1StringView("addressEtag")).toString(),
         callerName.isEmpty() ? call.value(3).toString() : callerName, call.value(4),
         sentLocationText(parseObject(call.value(5))),
         verdict == QLatin1StringView("matches") ? QStringLiteral("pass") : QStringLiteral("fail"),
         QStringLiteral("From the emergency call's event in Teams; location verdict: %1")
             .arg(verdict),
         QStringLiteral("teams-emergency-events"),
         QStringLiteral("teams-emergency-events@dispatchable.invalid"), ServerDatabase::nowIso()});
    m_db.exec(q, QStringLiteral("UPDATE emergency_calls SET test_call_id = ? WHERE id = ?"),
              {id, callId});
}

const QString EmergencyCallStore::columns = QStringLiteral(
    "id, tenant_id, kind, dialed, policy_name, number, caller_name, caller_upn, started_at,"
    " ended_at, location_sent, registered, verdict_detail, acknowledged_by, acknowledged_at,"
    " test_call_id, simulated, last_seq, started_at || '|' || id, place");

QJsonObject EmergencyCallStore::fromRow(const QSqlQuery &q)
{
    const auto orNull = [](const QVariant &v) {
        const QString s = v.toString();
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    const QJsonObject sent = parseObject(q.value(10));
    const QJsonObject registered = parseObject(q.value(11));
    const QString acknowledgedAt = q.value(14).toString();
    const QJsonObject place = parseObject(q.value(19));
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("tenantId"), q.value(1).toString()},
        {QStringLiteral("kind"), q.value(2).toString()},
        {QStringLiteral("dialed"), q.value(3).toString()},
        {QStringLiteral("policyName"), q.value(4).toString()},
        {QStringLiteral("number"), orNull(q.value(5))},
        {QStringLiteral("caller"),
         QJsonObject{{QStringLiteral("displayName"), q.value(6).toString()},
                     {QStringLiteral("upn"), q.value(7).toString()}}},
        {QStringLiteral("startedAt"), q.value(8).toString()},
        {QStringLiteral("endedAt"), orNull(q.value(9))},
        {QStringLiteral("state"),
         q.value(9).toString().isEmpty() ? QStringLiteral("active") : QStringLiteral("ended")},
        {QStringLiteral("locationSent"), sent.isEmpty() ? QJsonValue() : QJsonValue(sent)},
        {QStringLiteral("registered"),
         registered.isEmpty() ? QJsonValue() : QJsonValue(registered)},
        {QStringLiteral("location"), parseObject(q.value(12))},
        {QStringLiteral("acknowledgement"),
         acknowledgedAt.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("by"), q.value(13).toString()},
                                      {QStringLiteral("at"), acknowledgedAt}})},
        {QStringLiteral("testCallId"), orNull(q.value(15))},
        {QStringLiteral("simulated"), q.value(16).toBool()},
        {QStringLiteral("lastEventSeq"), q.value(17).toLongLong()},
        {QStringLiteral("place"), place.isEmpty() ? QJsonValue() : QJsonValue(place)},
    };
}

QJsonArray EmergencyCallStore::eventsOf(const QString &callId)
{
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("SELECT event_id, type, at, received_at, seq FROM"
                             " emergency_call_events WHERE call_id = ? ORDER BY seq"),
              {callId});
    QJsonArray events;
    while (q.next())
        events.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                  {QStringLiteral("type"), q.value(1).toString()},
                                  {QStringLiteral("at"), q.value(2).toString()},
                                  {QStringLiteral("receivedAt"), q.value(3).toString()},
                                  {QStringLiteral("seq"), q.value(4).toLongLong()}});
    return events;
}

std::optional<QJsonObject> EmergencyCallStore::load(const QString &tenantId, const QString &callId)
{
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM emergency_calls WHERE id = ? AND tenant_id = ?"),
              {callId, tenantId});
    if (!q.next())
        return std::nullopt;
    QJsonObject call = fromRow(q);
    call.insert(QStringLiteral("events"), eventsOf(callId));
    return call;
}

qint64 EmergencyCallStore::acknowledge(const QString &tenantId, const QString &callId,
                                       const QString &who)
{
    const QString now = ServerDatabase::nowIso();
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("UPDATE emergency_calls SET acknowledged_by = ?, acknowledged_at = ?"
                             " WHERE id = ? AND tenant_id = ? AND acknowledged_at = ''"),
              {who, now, callId, tenantId});
    if (q.numRowsAffected() == 0)
        return 0;
    m_db.exec(q,
              QStringLiteral("INSERT INTO emergency_call_events (event_id, call_id, tenant_id,"
                             " type, at, received_at) VALUES (?, ?, ?, 'acknowledged', ?, ?)"
                             " RETURNING seq"),
              {QString(QStringLiteral("acknowledged:") + callId), callId, tenantId, now, now});
    const qint64 seq = m_db.insertedId(q);
    m_db.exec(q, QStringLiteral("UPDATE emergency_calls SET last_seq = ? WHERE id = ?"),
              {seq, callId});
    m_db.recordChange(QStringLiteral("emergency_call"), callId, tenantId);
    return seq;
}
