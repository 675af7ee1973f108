// What the route handlers share: the database, tokens, the idempotency ledger, the price of
// E911 and the server's options. Passed in, never global.
#pragma once

#include "ServerOptions.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "store/Representations.h"

class ServerDatabase;
class TokenService;
class IdempotencyLedger;
class PostalCodeTable;
class GraphNotificationIntake;
class SubscriptionKeeper;
class EmergencyCallStream;

struct ServerContext
{
    ServerDatabase &db;
    TokenService &tokens;
    IdempotencyLedger &ledger;
    const ServerOptions &options;
    MoneyAmount e911Fee;
    const PostalCodeTable *postalCodes = nullptr;
    GraphNotificationIntake *intake = nullptr; // emergency-call events in
    SubscriptionKeeper *keeper = nullptr;      // their Graph subscriptions
    EmergencyCallStream *stream = nullptr;     // and the desks listening
};

// 404 for a tenant that does not exist or that the caller may not see (an admin asking for
// another customer's tenant learns nothing about it).
std::optional<HttpResponse> tenantAccessProblem(ServerContext &ctx, const HttpRequest &request,
                                                const QString &tenantId);
HttpResponse notFound(const QString &what);
// JSON answer whose ETag header repeats the body's "etag".
HttpResponse jsonWithEtag(int status, const QJsonObject &object);
// 412 with the current representation, so a client can show both versions.
HttpResponse preconditionFailed(const QJsonObject &current);
HttpResponse preconditionRequired();
// A filter from the query string, fully decoded; "" (never a null QString, which SQL would
// bind as NULL) when absent.
QString queryFilter(const HttpRequest &request, const QString &name);
// A problem answer with extra members (e.g. "usedBy" of a 409), as RFC 9457 allows.
HttpResponse withProblemMembers(HttpResponse problem, const QJsonObject &members);
