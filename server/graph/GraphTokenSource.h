// App-only access tokens for Microsoft Graph, one per Teams tenant, by the OAuth 2.0 client
// credentials grant (scope https://graph.microsoft.com/.default), cached until shortly before
// they expire.
#pragma once

#include "GraphOptions.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

class GraphTokenSource : public QObject
{
    Q_OBJECT
public:
    GraphTokenSource(QNetworkAccessManager &network, const GraphOptions &options,
                     QObject *parent = nullptr);

    // Calls `done` with a token, or with an empty token and a reason.
    using Done = std::function<void(const QString &token, const QString &error)>;
    void token(const QString &teamsTenantId, Done done);
    // Forgets a token Graph refused (401), so the next call signs in again.
    void forget(const QString &teamsTenantId) { m_cache.remove(teamsTenantId); }

private:
    struct Cached
    {
        QString token;
        QDateTime expires;
    };
    QNetworkAccessManager &m_network;
    const GraphOptions &m_options;
    QHash<QString, Cached> m_cache;
};
