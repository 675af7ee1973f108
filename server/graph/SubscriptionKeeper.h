// Keeps one Microsoft Graph subscription per tenant and emergency calling policy alive, as
// Graph requires for emergency-call events: created when a tenant's feed names the policy,
// renewed at half its lifetime (Graph grants at most one day), recreated when Graph answers
// 404 or tells us it removed it, and deleted when the policy leaves the feed. A 409 means Graph
// already holds one for this app, tenant and policy (ours from a lost record): it is deleted and
// created again, so that its clientState is one we know.
#pragma once

#include "GraphOptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QSet>
#include <QTimer>

class GraphEncryptionKeys;
class GraphTokenSource;
class QNetworkAccessManager;
class ServerDatabase;

class SubscriptionKeeper : public QObject
{
    Q_OBJECT
public:
    SubscriptionKeeper(ServerDatabase &db, const GraphEncryptionKeys &keys,
                       const GraphOptions &options, QObject *parent = nullptr);
    ~SubscriptionKeeper() override;

    void start();
    // One pass over every feed now (also after a feed changed).
    void reconcile();
    // A lifecycle notification from Graph for one of our subscriptions.
    void onLifecycle(const QString &subscriptionId, const QString &lifecycleEvent);

    // The resource string Graph subscribes to for a policy.
    static QString resourceFor(const QString &policyName);

signals:
    // A subscription changed state (created, renewed, failed, deleted); tests wait on it.
    void subscriptionChanged(const QString &tenantId, const QString &policyName,
                             const QString &state);

private:
    struct Row
    {
        QString tenantId;
        QString teamsTenantId;
        QString policyName;
        QString subscriptionId;
        QString clientState;
        QString certificateId;
        QDateTime expires;
        QDateTime updated;
        QString state;
    };
    void addMissingRows();
    QList<Row> rows();
    void handle(const Row &row);
    void create(const Row &row);
    void renew(const Row &row);
    void remove(const Row &row);
    void replaceDuplicate(const Row &row);
    // Sends an authorized request for `row`'s tenant; `done` gets the reply (deleted later).
    void send(const Row &row, const QByteArray &verb, const QUrl &url, const QJsonObject &body,
              std::function<void(QNetworkReply *)> done);
    void store(const Row &row, const QString &state, const QString &error,
               const QJsonObject &answer = {});
    QUrl graphUrl(const QString &path) const;
    QString key(const Row &row) const { return row.tenantId + QLatin1Char('/') + row.policyName; }

    ServerDatabase &m_db;
    const GraphEncryptionKeys &m_keys;
    const GraphOptions &m_options;
    QNetworkAccessManager *m_network;
    GraphTokenSource *m_tokens;
    QTimer m_timer;
    QSet<QString> m_inFlight; // tenant/policy with a request under way
};
