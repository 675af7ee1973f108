// The Server-Sent Events reader: events split anywhere across reads, CRLF and LF, comments,
// multi-line data, ids kept for the reconnect, and a runaway line.
#include "api/ServerSentEvents.h"

#include <QTest>

class TestServerSentEvents : public QObject
{
    Q_OBJECT

private slots:
    void readsEventsSplitAnywhere()
    {
        const QByteArray stream = ": keep-alive\n\n"
                                  "id: 7\nevent: call\ndata: {\"a\":1}\n\n"
                                  "event: ready\r\ndata: {\"seq\":7}\r\n\r\n"
                                  "data: first\ndata: second\n\n";
        for (int cut = 1; cut < stream.size(); ++cut) {
            ServerSentEventParser parser;
            QList<ServerSentEvent> events = parser.feed(stream.left(cut));
            events += parser.feed(stream.mid(cut));
            QCOMPARE(events.size(), 3);
            QCOMPARE(events.at(0).id, QByteArray("7"));
            QCOMPARE(events.at(0).event, QByteArray("call"));
            QCOMPARE(events.at(0).data, QByteArray("{\"a\":1}"));
            QCOMPARE(events.at(1).event, QByteArray("ready"));
            QCOMPARE(events.at(1).data, QByteArray("{\"seq\":7}"));
            QCOMPARE(events.at(2).event, QByteArray("message"));
            QCOMPARE(events.at(2).data, QByteArray("first\nsecond"));
            QCOMPARE(parser.lastEventId(), QByteArray("7"));
        }
    }

    void eventsWithoutDataAreNotDispatched()
    {
        ServerSentEventParser parser;
        QVERIFY(parser.feed("event: call\n\nid: 9\n\n").isEmpty());
        QCOMPARE(parser.lastEventId(), QByteArray("9"));
        const auto events = parser.feed("data:no space\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("no space"));
        QCOMPARE(events.first().event, QByteArray("message")); // the earlier "call" was reset
    }

    void runawayLineBreaksTheStream()
    {
        ServerSentEventParser parser;
        parser.feed(QByteArray("data: ") + QByteArray(ServerSentEventParser::maxLineBytes, 'x'));
        QVERIFY(parser.failed());
        QVERIFY(parser.feed("data: late\n\n").isEmpty());
        parser.reset();
        QCOMPARE(parser.feed("data: again\n\n").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerSentEvents)
#include "tst_server_sent_events.moc"
