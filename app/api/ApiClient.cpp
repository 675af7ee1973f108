#include "ApiClient.h"

#include "api/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
// Enough for every carrier we know of (10,000 tenants is the demo server's own limit) while
// stopping a backend that keeps handing out new cursors from paging forever.
constexpr int maxTenantPages = 1000;

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors.mid(0, 10))
        lines << QStringLiteral("%1 %2").arg(error.field, error.detail);
    if (errors.size() > 10)
        lines << QStringLiteral("… and %1 more").arg(errors.size() - 10);
    return lines.join(QLatin1Char('\n'));
}
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
        QStringLiteral("/v1/tenants"), query, this,
        [this, generation](const HttpResult &response) {
            if (generation != m_tenantsGeneration)
                return; // a newer fetchTenants() took over
            if (response.error) {
                emit failed(*response.error);
                return;
            }
            const QJsonObject page = response.json.object();
            const QJsonValue items = page.value(QLatin1StringView("items"));
            const QJsonValue next = page.value(QLatin1StringView("nextCursor"));
            if (!items.isArray() || !(next.isString() || next.isNull())) {
                emit failed(ApiError::invalidResponse(
                    QStringLiteral("GET /v1/tenants: not a page of tenants (items, nextCursor)"),
                    response.requestId));
                return;
            }
            QList<FieldError> errors;
            const QJsonArray array = items.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = QStringLiteral("items[%1]").arg(i);
                if (auto tenant = Tenant::fromJson(array.at(i), errors, path))
                    m_pendingTenants.append(std::move(*tenant));
            }
            if (!errors.isEmpty()) {
                // One bad tenant fails the whole list: showing the others as if complete would
                // hide a tenant's numbers from the person responsible for them.
                emit failed(ApiError::invalidResponse(
                    QStringLiteral("GET /v1/tenants:\n") + describe(errors), response.requestId));
                return;
            }
            const QString nextCursor = next.toString();
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
