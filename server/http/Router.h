// Maps "METHOD /v1/path/{param}" to handlers, and lists every route it serves so a test can
// compare them with docs/api/openapi.json.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <functional>
#include <vector>

using Handler = std::function<HttpResponse(HttpRequest &)>;

enum class Access {
    Public,    // no token (OAuth endpoints, health)
    Read,      // any signed-in role
    Write,     // admin or staff
    StaffOnly, // carrier staff only
};

// Whether a route runs its write through the idempotency ledger (needs Idempotency-Key).
enum class Idempotency { None, Keyed };

struct Route
{
    QByteArray method;
    QString pattern; // "/v1/tenants/{tenantId}/dids"
    Access access = Access::Read;
    Handler handler;
    QStringList segments; // pattern split on '/'
    Idempotency idempotency = Idempotency::None;
    // The largest body the route takes, in bytes; 0: the server's limit. For the few routes
    // whose one request carries a whole tenant (a Teams reading of every number).
    qint64 maxBodyBytes = 0;
};

class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
             Idempotency idempotency = Idempotency::None, qint64 maxBodyBytes = 0);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // the path exists for these other methods (405 + Allow)
    };
    Match match(const QByteArray &method, const QString &path) const;

    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};
