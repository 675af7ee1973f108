// Reads a Server-Sent Events stream (text/event-stream, the WHATWG HTML standard's format) as it
// arrives in pieces: fields "id", "event" and "data" up to a blank line make one event; comments
// (":") keep a connection alive and are skipped.
#pragma once

#include <QByteArray>
#include <QList>

struct ServerSentEvent
{
    QByteArray id; // empty when the event named none
    QByteArray event = "message";
    QByteArray data; // several data lines are joined by '\n'
};

class ServerSentEventParser
{
public:
    // Takes the next bytes; returns the events they complete. After a line longer than
    // maxLineBytes the stream is broken (failed()) and nothing more is read.
    QList<ServerSentEvent> feed(const QByteArray &bytes);
    bool failed() const { return m_failed; }
    // The last id any event carried: what a reconnect sends as Last-Event-ID.
    QByteArray lastEventId() const { return m_lastEventId; }
    void reset();

    static constexpr qsizetype maxLineBytes = 4 * 1024 * 1024;

private:
    void takeLine(QByteArrayView line, QList<ServerSentEvent> &out);

    QByteArray m_buffer;
    ServerSentEvent m_pending;
    bool m_hasData = false;
    bool m_failed = false;
    QByteArray m_lastEventId;
};
