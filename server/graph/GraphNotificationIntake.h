// Takes Microsoft Graph change notifications for emergency calls (a changeNotificationCollection)
// and turns each trustworthy one into a recorded event. The HTTP answer (202) goes out first;
// the items are checked afterwards, as Microsoft asks, so a sender learns nothing from timing.
// An item is refused, with its reason logged, when its subscription is unknown, its clientState
// differs, it names another Teams tenant, its encrypted content does not decrypt or verify with
// our key, or its event is malformed; a replayed event id is ignored. Nothing is ever recorded
// twice.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class EmergencyCallStore;
class GraphEncryptionKeys;
class ServerDatabase;
struct EmergencyCallEvent;

class GraphNotificationIntake : public QObject
{
    Q_OBJECT
public:
    GraphNotificationIntake(ServerDatabase &db, EmergencyCallStore &calls,
                            const GraphEncryptionKeys &keys, QObject *parent = nullptr);

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
    void process(const QJsonObject &item);
    // The tenant the item belongs to, or empty with *reason when it must be refused.
    QString admit(const QJsonObject &item, QString *reason);
    void refuse(const QJsonObject &item, const QString &reason);

    ServerDatabase &m_db;
    EmergencyCallStore &m_calls;
    const GraphEncryptionKeys &m_keys;
    Counts m_counts;
};
