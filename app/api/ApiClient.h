// The provisioning API in the app's terms: typed calls that page, decode and validate, and
// report either domain values or an ApiError. All traffic goes through one HttpClient.
#pragma once

#include "api/ApiError.h"
#include "domain/Tenant.h"

#include <QList>
#include <QObject>
#include <QSet>

class HttpClient;

class ApiClient : public QObject
{
    Q_OBJECT
public:
    // `http` must outlive this object.
    explicit ApiClient(HttpClient *http, QObject *parent = nullptr);

    HttpClient *http() const { return m_http; }

    // Downloads every tenant, page by page (limit=1000), then emits tenantsLoaded or failed.
    // Calling it again while a download runs starts over; the older one reports nothing.
    void fetchTenants();

    // Tenants per page; the API's maximum.
    static constexpr int tenantPageSize = 1000;

signals:
    void tenantsLoaded(const QList<Tenant> &tenants);
    void failed(const ApiError &error);

private:
    void fetchTenantPage(const QString &cursor, quint64 generation);

    HttpClient *m_http;
    QList<Tenant> m_pendingTenants;
    QSet<QString> m_seenCursors;
    quint64 m_tenantsGeneration = 0;
};
