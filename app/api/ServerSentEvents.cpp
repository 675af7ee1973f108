#include "ServerSentEvents.h"

QList<ServerSentEvent> ServerSentEventParser::feed(const QByteArray &bytes)
{
    QList<ServerSentEvent> out;
    if (m_failed)
        return out;
    m_buffer += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArrayView line(m_buffer.constData() + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        takeLine(line, out);
        start = end + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > maxLineBytes) {
        m_failed = true;
        m_buffer.clear();
    }
    return out;
}

void ServerSentEventParser::takeLine(QByteArrayView line, QList<ServerSentEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            if (m_pending.data.endsWith('\n'))
                m_pending.data.chop(1);
            out.append(m_pending);
        }
        m_pending = ServerSentEvent{};
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_pending.data += value.toByteArray() + '\n';
        m_hasData = true;
    } else if (field == "event") {
        m_pending.event = value.toByteArray();
    } else if (field == "id" && !value.contains('\0')) {
        m_pending.id = value.toByteArray();
        m_lastEventId = m_pending.id;
    }
}

void ServerSentEventParser::reset()
{
    m_buffer.clear();
    m_pending = ServerSentEvent{};
    m_hasData = false;
    m_failed = false;
}
