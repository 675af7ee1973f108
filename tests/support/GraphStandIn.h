// A local stand-in for Microsoft Graph and its sign-in service, written from Microsoft's pages
// (subscription create/update/delete/list, the webhook validation handshake, the client
// credentials grant, the signing keys at common/discovery/v2.0/keys), so the backend's subscription
// keeper and notification intake are tested over real HTTP without a Teams tenant. Plain HTTP on
// loopback; it calls the backend over TLS, trusting only the backend's pinned certificate.
#pragma once

#include "GraphNotificationSealer.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

class QHttpServerResponder;

namespace graph_test {

struct StandInSubscription
{
    QString id;
    QString teamsTenantId;
    QString resource;
    QString clientState;
    QUrl notificationUrl;
    QByteArray certificateDer;
    QString certificateId;
    QDateTime expires;
    int renewals = 0;
};

class GraphStandIn : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit GraphStandIn(QObject *parent = nullptr);

    bool start();
    QUrl baseUrl() const;  // http://127.0.0.1:port/beta
    QUrl loginUrl() const; // http://127.0.0.1:port/login
    static QString clientId() { return QStringLiteral("11111111-2222-3333-4444-555555555555"); }
    static QString clientSecret() { return QStringLiteral("stand-in secret"); }

    // The backend's certificate fingerprint (SHA-256, as LocalServerProcess prints it).
    void trustBackend(const QString &fingerprint) { m_backendFingerprint = fingerprint; }
    // How long a created or renewed subscription lives (Graph: at most a day).
    void setGrantedLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }
    // Drops a subscription as Graph does when it expires: the next PATCH gets 404.
    void forget(const QString &subscriptionId) { m_subscriptions.remove(subscriptionId); }
    // Holds a subscription the backend does not know of, so its next create gets 409.
    QString addOrphan(const QString &teamsTenantId, const QString &resource);

    // The keys published at loginUrl()/common/discovery/v2.0/keys (the stand-in's own at first),
    // whether they can be fetched (else 503), and how often they were.
    void publishSigningKeys(const QList<TestSigningKey> &keys) { m_signingKeys = keys; }
    void setSigningKeysAvailable(bool available) { m_signingKeysAvailable = available; }
    int signingKeyFetches() const { return m_signingKeyFetches; }

    QList<StandInSubscription> subscriptions() const { return m_subscriptions.values(); }
    int creations() const { return m_creations; }
    int deletions() const { return m_deletions; }
    int conflicts() const { return m_conflicts; }

    // A changeNotificationCollection with one item per event for `subscription`, sealed for
    // the certificate it registered, with a valid validation token for its Teams tenant.
    QJsonObject notificationFor(const StandInSubscription &subscription,
                                const QList<QJsonObject> &events) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void issueToken(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void createSubscription(const QString &tenant, const QJsonObject &body,
                            std::shared_ptr<QHttpServerResponder> responder);
    void updateSubscription(const QString &id, const QJsonObject &body,
                            QHttpServerResponder &responder);
    QJsonObject toJson(const StandInSubscription &s) const;
    // The tenant a bearer token was issued for, or empty.
    QString tenantOf(const QHttpServerRequest &request) const;

    QNetworkAccessManager m_network;
    QString m_backendFingerprint;
    QHash<QString, StandInSubscription> m_subscriptions;
    int m_lifetimeSeconds = 24 * 3600;
    int m_creations = 0;
    int m_deletions = 0;
    int m_conflicts = 0;
    QList<TestSigningKey> m_signingKeys{standInSigningKey()};
    bool m_signingKeysAvailable = true;
    int m_signingKeyFetches = 0;
    quint16 m_port = 0;
};

} // namespace graph_test
