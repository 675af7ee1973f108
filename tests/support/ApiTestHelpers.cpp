#include "ApiTestHelpers.h"

#include "ResponseRecorder.h"
#include "api/CertificateFingerprint.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <memory>

namespace api {

namespace {

const QString problemPrefix = QStringLiteral("urn:dispatchable:problem:");

QString encodedNumber(const QString &number)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(number));
}

// Runs `work` with a read-only connection to the server's database.
template <typename Work> void withServerDatabase(TestBackend &backend, Work work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("api-test-readonly-%1").arg(++counter);
    {
        QSqlDatabase db = backend.openDatabase(name);
        if (db.isOpen())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString didPath(const QString &tenantId, const QString &number)
{
    return QStringLiteral("/v1/tenants/%1/dids/%2").arg(tenantId, encodedNumber(number));
}

QString addressPath(const QString &tenantId, const QString &addressId)
{
    const QString base = QStringLiteral("/v1/tenants/%1/addresses").arg(tenantId);
    return addressId.isEmpty() ? base : QString(base + QLatin1Char('/') + addressId);
}

QString problemSlug(const TestReply &reply)
{
    const QString type = reply.json().value(QStringLiteral("type")).toString();
    return type.startsWith(problemPrefix) ? type.mid(problemPrefix.size()) : QString();
}

QString problemMismatch(const TestReply &reply, int status, const QString &slug)
{
    if (reply.status != status)
        return QStringLiteral("status %1, expected %2").arg(reply.status).arg(status);
    if (!reply.header("content-type").startsWith("application/problem+json"))
        return QStringLiteral("Content-Type %1")
            .arg(QString::fromLatin1(reply.header("content-type")));
    const QJsonObject body = reply.json();
    if (body.value(QStringLiteral("type")).toString() != QString(problemPrefix + slug))
        return QStringLiteral("type %1, expected %2")
            .arg(body.value(QStringLiteral("type")).toString(), slug);
    if (body.value(QStringLiteral("title")).toString().isEmpty())
        return QStringLiteral("no title");
    if (body.value(QStringLiteral("status")).toInt() != status)
        return QStringLiteral("body status %1").arg(body.value(QStringLiteral("status")).toInt());
    return {};
}

QStringList problemFields(const TestReply &reply)
{
    QStringList fields;
    const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors)
        fields.append(e.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

QByteArray describe(const TestReply &reply)
{
    return "HTTP " + QByteArray::number(reply.status) + " " + reply.body.left(600) + " " +
           reply.networkError.toUtf8();
}

QJsonArray listAll(TestBackend &backend, const QString &pathAndQuery, const QString &token,
                   bool *ok)
{
    QJsonArray all;
    QString cursor;
    const QChar separator =
        pathAndQuery.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (int page = 0; page < 10000; ++page) {
        QString path = pathAndQuery + separator + QStringLiteral("limit=1000");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const TestReply reply = backend.get(path, token);
        if (reply.status != 200) {
            if (ok)
                *ok = false;
            return {};
        }
        const QJsonObject body = reply.json();
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
            all.append(item);
        cursor = body.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    if (ok)
        *ok = true;
    return all;
}

QStringList tenantIds(TestBackend &backend, const QString &token)
{
    QStringList ids;
    for (const QJsonValue &t : listAll(backend, QStringLiteral("/v1/tenants"), token))
        ids.append(t.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

std::optional<QJsonObject> validUsAddress(TestBackend &backend, const QString &tenantId,
                                          const QString &token)
{
    for (const QJsonValue &v : listAll(backend, addressPath(tenantId), token)) {
        const QJsonObject address = v.toObject();
        const QJsonObject validation = address.value(QStringLiteral("validation")).toObject();
        const QJsonObject normalized = validation.value(QStringLiteral("normalized")).toObject();
        if (validation.value(QStringLiteral("status")).toString() == QLatin1StringView("valid") &&
            normalized.value(QStringLiteral("country")).toString() == QLatin1StringView("US") &&
            normalized.value(QStringLiteral("state")).toString() != QLatin1StringView("PR"))
            return address;
    }
    return std::nullopt;
}

QStringList basicUsNumbers(TestBackend &backend, const QString &tenantId, const QString &token)
{
    QStringList numbers;
    const QString path =
        QStringLiteral("/v1/tenants/%1/dids?e911State=basic&country=US").arg(tenantId);
    for (const QJsonValue &v : listAll(backend, path, token)) {
        const QJsonObject did = v.toObject();
        if (!did.value(QStringLiteral("tollFree")).toBool())
            numbers.append(did.value(QStringLiteral("number")).toString());
    }
    return numbers;
}

std::optional<E911Candidate> findE911Candidate(TestBackend &backend, const QString &token,
                                               const QStringList &exclude)
{
    for (const QString &tenantId : tenantIds(backend, token)) {
        const auto address = validUsAddress(backend, tenantId, token);
        if (!address)
            continue;
        for (const QString &number : basicUsNumbers(backend, tenantId, token)) {
            if (exclude.contains(number))
                continue;
            const TestReply did = backend.get(didPath(tenantId, number), token);
            if (did.status != 200)
                continue;
            return E911Candidate{tenantId, number, QString::fromLatin1(did.header("etag")),
                                 address->value(QStringLiteral("id")).toString()};
        }
    }
    return std::nullopt;
}

QJsonObject validCivic()
{
    return QJsonObject{{QStringLiteral("addNumber"), QStringLiteral("1")},
                       {QStringLiteral("stName"), QStringLiteral("Microsoft Way")},
                       {QStringLiteral("floor"), QStringLiteral("3")},
                       {QStringLiteral("postalCommunity"), QStringLiteral("Redmond")},
                       {QStringLiteral("state"), QStringLiteral("WA")},
                       {QStringLiteral("postalCode"), QStringLiteral("98052")},
                       {QStringLiteral("country"), QStringLiteral("US")}};
}

TestReply createAddress(TestBackend &backend, const QString &token, const QString &tenantId,
                        const QJsonObject &civic)
{
    return backend.sendJson("POST", addressPath(tenantId), token,
                            QJsonObject{{QStringLiteral("companyName"), QStringLiteral("Test Co")},
                                        {QStringLiteral("civic"), civic}},
                            {{"Idempotency-Key", newIdempotencyKey().toLatin1()}});
}

QJsonObject enableBody(const QString &addressId)
{
    return QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("addressId"), addressId}};
}

TestReply putE911(TestBackend &backend, const QString &token, const QString &tenantId,
                  const QString &number, const QJsonObject &body, const QByteArray &ifMatch,
                  const QString &idempotencyKey)
{
    HeaderList headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    return backend.sendJson("PUT", didPath(tenantId, number) + QStringLiteral("/e911"), token, body,
                            headers);
}

TestReply postForm(TestBackend &backend, const QString &path,
                   const QList<QPair<QString, QString>> &form, const QString &token)
{
    QUrlQuery query;
    for (const auto &[key, value] : form)
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return backend.request("POST", path, token, query.toString(QUrl::FullyEncoded).toUtf8(),
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
}

int billingEventCount(TestBackend &backend, const QString &number)
{
    int count = -1;
    withServerDatabase(backend, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM billing_events WHERE number = ?"));
        q.addBindValue(number);
        if (q.exec() && q.next())
            count = q.value(0).toInt();
    });
    return count;
}

QHash<QString, int> billingEventCounts(TestBackend &backend)
{
    return countsInServerDatabase(
        backend, QStringLiteral("SELECT number, COUNT(*) FROM billing_events GROUP BY number"));
}

QHash<QString, int> countsInServerDatabase(TestBackend &backend, const QString &sql)
{
    QHash<QString, int> counts;
    withServerDatabase(backend, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return;
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    });
    return counts;
}

QList<TestReply> sendConcurrently(TestBackend &backend, const QList<PendingRequest> &requests)
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (const PendingRequest &r : requests) {
        TestBackend &server = r.backend ? *r.backend : backend;
        const QString pinned = server.process().certificateFingerprint();
        QNetworkRequest req(server.process().baseUrl().resolved(QUrl(r.path)));
        if (!r.token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + r.token.toUtf8());
        if (!r.body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : r.headers)
            req.setRawHeader(name, value);
        req.setTransferTimeout(30000);
        QNetworkReply *reply = nam.sendCustomRequest(req, r.method, r.body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply, pinned](const QList<QSslError> &errors) {
                             if (!errors.isEmpty() &&
                                 sha256Fingerprint(errors.first().certificate()) == pinned)
                                 reply->ignoreSslErrors(errors);
                         });
        replies.append(reply);
    }
    QEventLoop loop;
    int open = static_cast<int>(replies.size());
    for (QNetworkReply *reply : replies)
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&open, &loop] {
            if (--open == 0)
                loop.quit();
        });
    if (open > 0)
        loop.exec();

    QList<TestReply> out;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        TestReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        if (reply->error() != QNetworkReply::NoError)
            r.networkError = reply->errorString();
        ResponseRecorder::record(requests.at(i).method, requests.at(i).path, r);
        out.append(r);
        delete reply;
    }
    return out;
}

} // namespace api
