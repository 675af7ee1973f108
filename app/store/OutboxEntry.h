// One change the admin made, as the outbox keeps it until the backend has answered: the HTTP
// request to send (method, path, JSON body, If-Match, Idempotency-Key), what it is about (kind,
// tenant, target) and where it stands (state, attempts, last error, the server's answer, and on
// a 412 the server's current version next to mine).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class OutboxState {
    Queued,   // waiting to be sent (again)
    Sending,  // handed to the network; after a crash it is sent again with the same key
    Done,     // the server accepted it; its answer is kept
    Failed,   // the server refused it for a reason a retry cannot fix (problem words kept)
    Conflict, // 412: someone else changed the resource; both versions kept for the user
};

enum class OutboxKind {
    AddressCreate,
    AddressUpdate,
    AddressDelete,
    E911Enable,
    E911Disable,
    E911Bulk, // one batch of at most 1000 numbers
    Acknowledgement,
    // The network map (issue 9).
    PlaceCreate,
    PlaceUpdate,
    PlaceDelete,
    NetworkElementCreate,
    NetworkElementUpdate,
    NetworkElementDelete,
    NetworkElementsBulk, // one batch of at most 1000 elements (CSV import)
    TestCallRecord,
    EmergencyPolicyUpdate,
    TeamsNumberLocationsRecord, // what a Teams export said of the numbers' locations (issue 17)
};

// Machine names, as stored in the outbox table.
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(const QString &name);
QString outboxKindName(OutboxKind kind);
std::optional<OutboxKind> outboxKindFromName(const QString &name);

// Whether following the provisioning result after a 2xx is still to do, running or over.
enum class OutboxFollow {
    None,      // nothing to follow (not an E911 change, or answered 200: nothing changed)
    Following, // accepted (202): numbers are pending / deregistering
    Settled,   // every number reached a final state
};

// A change to enqueue: everything the outbox needs to send it later.
struct OutboxRequest
{
    OutboxKind kind = OutboxKind::AddressUpdate;
    QString tenantId;
    QString target; // address, place or element id, E.164 number, or a description
    QByteArray method;
    QString path; // "/v1/…"
    QByteArray body;
    QByteArray ifMatch; // the ETag the change is based on; empty when the route takes none
};

struct OutboxEntry
{
    qint64 id = 0;
    OutboxKind kind = OutboxKind::AddressUpdate;
    QString tenantId;
    QString target;
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray ifMatch;
    QString idempotencyKey; // a UUID, kept across retries and restarts
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // not sent before this (backoff, Retry-After)
    int responseStatus = 0;
    QByteArray responseBody; // the server's answer when done or failed
    QByteArray theirs;       // on a conflict: the server's current version ("current" of the 412)
    OutboxFollow follow = OutboxFollow::None;
    QString finalState; // when settled: "registered", "failed", "basic", or counts for a batch

    // My version of the resource (the queued body), for the conflict view.
    QJsonObject mineJson() const;
    QJsonObject theirsJson() const;
    // Whether the route carries an Idempotency-Key (the contract requires it for billable and
    // provisioning writes; other writes are made safe to retry by If-Match).
    bool sendsIdempotencyKey() const;
    bool isOpen() const
    {
        return state == OutboxState::Queued || state == OutboxState::Sending ||
               state == OutboxState::Conflict;
    }
};
