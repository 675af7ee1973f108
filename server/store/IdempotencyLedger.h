// The idempotency-key ledger (draft-ietf-httpapi-idempotency-key-header): a billable write runs
// at most once per key and caller; a retry gets the first answer back. The ledger row is written
// in the same transaction as the write it records.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <functional>
#include <optional>

class ServerDatabase;

class IdempotencyLedger
{
public:
    explicit IdempotencyLedger(ServerDatabase &db)
        : m_db(db)
    {}

    // Runs `apply` once per (caller, Idempotency-Key) inside one write transaction. A successful
    // (2xx) answer is stored with the key; anything else is rolled back and not stored, so the
    // same key may be retried. A DatabaseFailure passes through after the rollback, with the
    // key free again.
    HttpResponse run(const HttpRequest &request, const std::function<HttpResponse()> &apply);
    // Marks the key in flight before injected latency; answers at once for a replay, a reuse
    // with another payload or a key already in flight.
    std::optional<HttpResponse> claim(const HttpRequest &request);
    // How long an in-flight mark holds: this server's injected latency plus a grace. An older
    // one is from a server that died holding it (another instance, or this one before a
    // restart), and is dropped. Expiring a mark never lets a write run twice: the write and
    // its ledger row are one transaction, and the second run finds the first's answer.
    void setClaimLifetime(qint64 milliseconds) { m_claimLifetimeMs = milliseconds; }
    static constexpr qint64 claimGraceMs = 5000;
    // Start-up: drops the in-flight marks that have expired. Younger ones may belong to another
    // instance still serving the request.
    void dropExpiredClaims();

    static constexpr qint64 retentionMs = 24LL * 3600 * 1000;

private:
    std::optional<HttpResponse> check(const HttpRequest &request, bool *mine);
    HttpResponse runOnce(const HttpRequest &request, const std::function<HttpResponse()> &apply);
    // Deletes this request's in-flight claim after a failure; logs when even that fails.
    void releaseClaim(const HttpRequest &request);

    ServerDatabase &m_db;
    qint64 m_claimLifetimeMs = claimGraceMs;
};
