// Benchmark: a full paginated download of every number of the demo backend (100,000 by default)
// over HTTPS on loopback, once with Qt's network stack and once with curl reading the same page
// URLs, so the server's own cost can be told apart from the client's. Prints figures; asserts
// nothing. Usage: bench_full_download [--dids N] [--page-size N]
#include "BenchFigure.h"

#include "api/CertificateFingerprint.h"
#include "demo/LocalServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>

namespace {

struct Fetcher
{
    QNetworkAccessManager nam;
    QString fingerprint;
    QString token;
    qint64 bytes = 0;

    QJsonObject get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [this, reply](const QList<QSslError> &errors) {
                             if (!errors.isEmpty() &&
                                 sha256Fingerprint(errors.first().certificate()) == fingerprint)
                                 reply->ignoreSslErrors(errors);
                         });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        bytes += body.size();
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "request failed: %s\n", qPrintable(reply->errorString()));
        reply->deleteLater();
        return QJsonDocument::fromJson(body).object();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption didsOption(QStringLiteral("dids"), QStringLiteral("Demo numbers."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QStringLiteral("Page size."),
                                        QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({didsOption, pageOption});
    parser.addHelpOption();
    parser.process(app);

    LocalServerProcess server;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!server.start(
            {QStringLiteral("--demo"), QStringLiteral("--dids"), parser.value(didsOption)}, 300000,
            &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("server start with demo data: %lld ms\n", static_cast<long long>(timer.elapsed()));

    Fetcher fetcher;
    fetcher.fingerprint = server.certificateFingerprint();
    fetcher.token = server.token(QStringLiteral("staff"));
    const QUrl base = server.baseUrl();
    const QString pageSize = parser.value(pageOption);

    // Qt client: tenants, then every page of every tenant's numbers, following cursors.
    QStringList pageUrls;
    int numbers = 0;
    timer.restart();
    const QJsonArray tenants =
        fetcher.get(base.resolved(QUrl(QStringLiteral("/v1/tenants?limit=1000"))))
            .value(QStringLiteral("items"))
            .toArray();
    for (const QJsonValue &tenant : tenants) {
        const QString id = tenant.toObject().value(QStringLiteral("id")).toString();
        QString cursor;
        do {
            QUrl url = base.resolved(QUrl(QStringLiteral("/v1/tenants/%1/dids").arg(id)));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), pageSize);
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            url.setQuery(query);
            pageUrls.append(url.toString());
            const QJsonObject page = fetcher.get(url);
            numbers += static_cast<int>(page.value(QStringLiteral("items")).toArray().size());
            cursor = page.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
    }
    const qint64 qtMs = timer.elapsed();
    std::printf("Qt (QNetworkAccessManager, gzip, keep-alive): %d numbers in %d pages from %lld "
                "tenants: %lld ms "
                "(%.1f MB decompressed JSON)\n",
                numbers, static_cast<int>(pageUrls.size()), static_cast<long long>(tenants.size()),
                static_cast<long long>(qtMs), fetcher.bytes / 1e6);

    // curl: the same URLs, one process, one connection reused, gzip, bodies discarded.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("urls.curl")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    for (const QString &url : pageUrls)
        config.write("url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n");
    config.close();
    QProcess curl;
    timer.restart();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--silent"), QStringLiteral("--show-error"),
                QStringLiteral("--compressed"), QStringLiteral("--cacert"),
                server.certificateDir() + QStringLiteral("/cert.pem"), QStringLiteral("-H"),
                QStringLiteral("Authorization: Bearer ") + fetcher.token,
                QStringLiteral("--config"), config.fileName()});
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0) {
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
        return 1;
    }
    const qint64 curlMs = timer.elapsed();
    std::printf("curl (same %d URLs, gzip, keep-alive): %lld ms\n",
                static_cast<int>(pageUrls.size()), static_cast<long long>(curlMs));
    std::printf("Qt / curl: %.2f\n", curlMs > 0 ? double(qtMs) / double(curlMs) : 0.0);
    benchFigure(
        QStringLiteral("paged download with QNetworkAccessManager alone (curl %1 ms, ratio %2)")
            .arg(curlMs)
            .arg(curlMs > 0 ? double(qtMs) / double(curlMs) : 0.0, 0, 'f', 2),
        QStringLiteral("-"), benchMs(qtMs));
    return 0;
}
