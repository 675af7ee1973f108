// The desk's live view of emergency calls: the recent calls of every tenant the user sees
// (GET /v1/emergency-calls), then the live stream (GET /v1/emergency-call-stream). A dropped
// stream is reopened with backoff from the last message received (Last-Event-ID), so a network
// hiccup or a restarted backend loses no call and shows none twice; a call is only replaced by a
// newer state of itself (its lastEventSeq). An emergency call nobody acknowledged raises one
// alert, however often it is sent again.
#pragma once

#include "api/ApiError.h"
#include "api/ServerSentEvents.h"
#include "calls/EmergencyCall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class HttpClient;
class QNetworkReply;

class EmergencyCallFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Loading, Live, Reconnecting };
    Q_ENUM(State)

    explicit EmergencyCallFeed(HttpClient &http, QObject *parent = nullptr);
    ~EmergencyCallFeed() override;

    void start();
    void stop();
    State state() const { return m_state; }
    // The last error of the load or the stream (cleared once live again).
    QString lastError() const { return m_lastError; }

    QList<EmergencyCall> calls() const; // newest first
    std::optional<EmergencyCall> call(const QString &id) const;
    qint64 position() const { return m_position; }

    // Acknowledges at the backend; the acknowledged call comes back through the stream too.
    void acknowledge(const QString &callId);

    // How long a call may have been going on when the desk first sees it and still alert: an
    // "active" call from hours ago is one whose end Teams never reported.
    static constexpr qint64 alertWindowSeconds = 2 * 3600;

signals:
    void stateChanged(EmergencyCallFeed::State state);
    // A call arrived or changed (`isNew` the first time it is seen).
    void callChanged(const EmergencyCall &call, bool isNew);
    // An unacknowledged emergency call the desk has not been alerted to yet.
    void alert(const EmergencyCall &call);
    void acknowledged(const QString &callId);
    void acknowledgeFailed(const QString &callId, const ApiError &error);

private:
    void loadRecent();
    void openStream();
    void onStreamData();
    void onStreamEnded();
    void apply(const EmergencyCall &call);
    void setState(State state);

    HttpClient &m_http;
    State m_state = State::Stopped;
    QString m_lastError;
    QHash<QString, EmergencyCall> m_calls;
    QSet<QString> m_alerted;
    qint64 m_position = 0; // last stream message applied
    QPointer<QNetworkReply> m_stream;
    ServerSentEventParser m_parser;
    QTimer m_reconnect;
    int m_backoffMs = 0;
    quint64 m_generation = 0; // answers of a stopped feed are dropped
};
