#include "ApiClient.h"

#include "api/HttpClient.h"
#include "api/ResponseDecoder.h"

namespace {
// Enough for every carrier we know of (10,000 tenants is the demo server's own limit) while
// stopping a backend that keeps handing out new cursors from paging forever.
constexpr int maxTenantPages = 1000;
} // namespace

ApiClient::ApiClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    qRegisterMetaType<ApiError>();
}

void ApiClient::fetchTenants()
{
    ++m_tenantsGeneration;
    m_pendingTenants.clear();
    m_seenCursors.clear();
    fetchTenantPage(QString(), m_tenantsGeneration);
}

void ApiClient::fetchTenantPage(const QString &cursor, quint64 generation)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(tenantPageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_http->get(
        QStringLiteral("/v1/tenants"), query, this, [this, generation](const HttpResult &response) {
            if (generation != m_tenantsGeneration)
                return; // a newer fetchTenants() took over
            if (response.error) {
                emit failed(*response.error);
                return;
            }
            auto decoded = ResponseDecoder::decodeTenantPage(response.json, tenantPageSize,
                                                             response.requestId);
            if (auto *error = std::get_if<ApiError>(&decoded)) {
                // One bad tenant fails the whole list: showing the others as if complete would
                // hide a tenant's numbers from the person responsible for them.
                emit failed(*error);
                return;
            }
            TenantPage &page = std::get<TenantPage>(decoded);
            m_pendingTenants.append(std::move(page.tenants));
            const QString nextCursor = page.nextCursor;
            if (nextCursor.isEmpty()) {
                const QList<Tenant> tenants = std::exchange(m_pendingTenants, {});
                m_seenCursors.clear();
                emit tenantsLoaded(tenants);
                return;
            }
            if (m_seenCursors.contains(nextCursor) || m_seenCursors.size() >= maxTenantPages) {
                emit failed(ApiError::invalidResponse(
                    QStringLiteral("GET /v1/tenants: the pages do not end (cursor %1)")
                        .arg(nextCursor),
                    response.requestId));
                return;
            }
            m_seenCursors.insert(nextCursor);
            fetchTenantPage(nextCursor, generation);
        });
}
