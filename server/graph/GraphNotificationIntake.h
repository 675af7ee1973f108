// Takes Microsoft Graph change notifications for emergency calls (a changeNotificationCollection)
// and turns each trustworthy one into a recorded event. The HTTP answer (202) goes out first;
// the items are checked afterwards, as Microsoft asks, so a sender learns nothing from timing.
// An item is refused, with its reason logged, when its subscription is unknown, its clientState
// differs, it names another Teams tenant, no valid validation token of its collection vouches
// for that tenant, its encrypted content does not decrypt or verify with our key, or its event
// is malformed; a replayed event id is ignored. Nothing is ever recorded twice. A collection with
// a validation token that fails its checks is suspicious as a whole (Microsoft's advice): every
// item in it is refused. Collections are processed one at a time, in the order they came, also
// while one waits for Microsoft's signing keys.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <deque>

class EmergencyCallStore;
class GraphEncryptionKeys;
class GraphSigningKeys;
class ServerDatabase;
struct EmergencyCallEvent;

class GraphNotificationIntake : public QObject
{
    Q_OBJECT
public:
    // `clientId` is our app registration's, the audience of Graph's validation tokens.
    GraphNotificationIntake(ServerDatabase &db, EmergencyCallStore &calls,
                            const GraphEncryptionKeys &keys, GraphSigningKeys &signingKeys,
                            const QString &clientId, QObject *parent = nullptr);

    // Checks the envelope (JSON with a "value" array) and queues its items; false with *reason
    // when the body is not a notification collection at all.
    bool accept(const QByteArray &body, QString *reason);

    // Records an event known to be genuine (the demo's simulated calls); false for a replay.
    bool recordTrusted(const QString &tenantId, const EmergencyCallEvent &event, bool simulated);

    // Items processed since start: recorded, ignored as replays, refused.
    struct Counts
    {
        int recorded = 0;
        int replayed = 0;
        int refused = 0;
    };
    Counts counts() const { return m_counts; }

signals:
    // An event was stored: the live stream tells the tenant's listeners.
    void eventRecorded(const QString &tenantId, const QString &callId, qint64 seq);
    // A lifecycle notification (subscriptionRemoved, reauthorizationRequired, missed) for the
    // subscription keeper.
    void lifecycleNotified(const QString &subscriptionId, const QString &lifecycleEvent);

private:
    struct Delivery
    {
        QJsonArray items;
        QList<QByteArray> tokens;     // validationTokens, as sent
        bool tokensMalformed = false; // validationTokens present but not an array of strings
        bool keysPrepared = false;
        QString keyError; // why the signing keys could not be fetched, if they could not
    };
    // The Teams tenants a collection's valid validation tokens vouch for.
    struct Vouching
    {
        QSet<QString> tenants; // lower case
        bool hadTokens = false;
    };
    // Processes queued collections in order until one has to wait for signing keys.
    void drain();
    void processDelivery(const Delivery &delivery);
    void process(const QJsonObject &item, const Vouching &vouching);
    // The tenant the item belongs to, or empty with *reason when it must be refused.
    QString admit(const QJsonObject &item, QString *reason);
    void refuse(const QJsonObject &item, const QString &reason);

    ServerDatabase &m_db;
    EmergencyCallStore &m_calls;
    const GraphEncryptionKeys &m_keys;
    GraphSigningKeys &m_signingKeys;
    QString m_clientId;
    std::deque<Delivery> m_queue;
    bool m_waitingForKeys = false;
    bool m_draining = false;
    Counts m_counts;
};
