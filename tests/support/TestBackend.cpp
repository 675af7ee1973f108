#include "TestBackend.h"

#include "ResponseRecorder.h"
#include "api/CertificateFingerprint.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QtTest>

QJsonObject TestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestBackend::TestBackend() = default;
TestBackend::~TestBackend() = default;

QStringList TestBackend::defaultArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--tenants"),
            QStringLiteral("4"),      QStringLiteral("--dids"),
            QStringLiteral("400"),    QStringLiteral("--provision-delay-ms"),
            QStringLiteral("200")};
}

bool TestBackend::start(const QStringList &arguments)
{
    QString error;
    QStringList all = arguments;
    if (PostgresTestDatabase::selected()) {
        if (!m_database) {
            auto database = std::make_unique<PostgresTestDatabase>();
            if (!database->create(&error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            m_database = std::move(database);
        }
        all << QStringLiteral("--database") << m_database->url();
    }
    if (!m_process.start(all, 60000, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestBackend::startBeside(const TestBackend &first, const QStringList &arguments)
{
    QStringList all = arguments;
    if (first.m_database)
        all << QStringLiteral("--database") << first.m_database->url();
    else
        m_process.setDataDir(first.m_process.dataDir());
    QString error;
    if (!m_process.start(all, 60000, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QSqlDatabase TestBackend::openDatabase(const QString &connectionName) const
{
    if (m_database)
        return m_database->connect(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_process.dataDir() + QStringLiteral("/server.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qWarning("cannot open the server database read-only");
    return db;
}

TestReply TestBackend::request(const QByteArray &method, const QString &pathAndQuery,
                               const QString &token, const QByteArray &body,
                               const HeaderList &headers)
{
    QNetworkRequest req(m_process.baseUrl().resolved(QUrl(pathAndQuery)));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    req.setTransferTimeout(30000);

    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    const QString pinned = m_process.certificateFingerprint();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
            // Trust exactly the certificate the server printed, nothing else.
            if (!errors.isEmpty() && sha256Fingerprint(errors.first().certificate()) == pinned)
                reply->ignoreSslErrors(errors);
        });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    TestReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError)
        out.networkError = reply->errorString();
    reply->deleteLater();
    ResponseRecorder::record(method, pathAndQuery, out);
    return out;
}

TestReply TestBackend::sendJson(const QByteArray &method, const QString &pathAndQuery,
                                const QString &token, const QJsonObject &body,
                                const HeaderList &headers)
{
    return request(method, pathAndQuery, token, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   headers);
}
