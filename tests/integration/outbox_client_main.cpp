// outbox_client: a minimal client process for the outbox crash tests. It opens an outbox file,
// optionally enqueues one E911 change, and sends (and follows) until nothing is left, so a test
// can kill it with SIGKILL at any moment and start it again.
//
//   outbox_client --outbox FILE [--url URL --fingerprint SHA256]
//                 [--enqueue-enable TENANT NUMBER ETAG ADDRESS_ID] [--no-send]
//
// The bearer token comes from $DISPATCHABLE_TOKEN (never the command line, where other users
// could read it). Prints "queued <id>" once the change is committed, "settled" when every entry
// is done (and its provisioning final), and exits 0; exits 2 on a usage or storage error. With
// --no-send it only enqueues and then waits to be killed.
#include "api/HttpClient.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/OutboxSender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

bool nothingLeft(const Outbox &outbox)
{
    return outbox.openCount() == 0 && outbox.following().isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outboxOption(QStringLiteral("outbox"), QStringLiteral("Outbox file."),
                                          QStringLiteral("file"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Backend URL."),
                                       QStringLiteral("url"));
    const QCommandLineOption pinOption(QStringLiteral("fingerprint"),
                                       QStringLiteral("Pinned SHA-256 fingerprint."),
                                       QStringLiteral("sha256"));
    const QCommandLineOption enableOption(QStringLiteral("enqueue-enable"),
                                          QStringLiteral("Enqueue an E911 enable: "
                                                         "TENANT,NUMBER,ETAG,ADDRESS_ID."),
                                          QStringLiteral("spec"));
    const QCommandLineOption noSendOption(QStringLiteral("no-send"),
                                          QStringLiteral("Only enqueue, then wait."));
    parser.addOptions({outboxOption, urlOption, pinOption, enableOption, noSendOption});
    parser.process(app);

    Outbox outbox;
    QString error;
    if (!parser.isSet(outboxOption) || !outbox.open(parser.value(outboxOption), &error)) {
        std::fprintf(stderr, "cannot open the outbox: %s\n", qPrintable(error));
        return 2;
    }
    if (parser.isSet(enableOption)) {
        // Commas cannot occur in a tenant GUID, an E.164 number, an ETag or an address id.
        const QStringList parts = parser.value(enableOption).split(QLatin1Char(','));
        if (parts.size() != 4) {
            std::fprintf(stderr, "--enqueue-enable takes TENANT,NUMBER,ETAG,ADDRESS_ID\n");
            return 2;
        }
        const auto id = outbox.enqueue(
            outbox::e911Enable(parts.at(0), parts.at(1), parts.at(2).toLatin1(), parts.at(3)),
            &error);
        if (!id) {
            std::fprintf(stderr, "cannot enqueue: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("queued %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    if (parser.isSet(noSendOption))
        return app.exec(); // until killed

    HttpClient http;
    http.setBaseUrl(QUrl(parser.value(urlOption)));
    http.setPinnedFingerprint(parser.value(pinOption));
    http.setBearerToken(qEnvironmentVariable("DISPATCHABLE_TOKEN"));
    OutboxSender sender(outbox, http);
    sender.setOfflineBackoff(200, 2000);
    sender.setFollowInterval(250);

    auto finishIfDone = [&] {
        if (nothingLeft(outbox)) {
            std::printf("settled\n");
            std::fflush(stdout);
            app.quit();
        }
    };
    QObject::connect(&outbox, &Outbox::entryChanged, &app, finishIfDone, Qt::QueuedConnection);
    QObject::connect(&sender, &OutboxSender::idle, &app, finishIfDone, Qt::QueuedConnection);
    sender.start();
    return app.exec();
}
