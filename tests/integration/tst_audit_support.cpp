#include "tst_audit_support.h"

#include "ApiTestHelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

namespace {
QString stateOf(TestBackend &backend, const QString &token, const AuditedChanges &c,
                QByteArray *etag)
{
    const TestReply did = backend.get(api::didPath(c.tenantId, c.number), token);
    *etag = did.header("etag");
    return did.json()
        .value(QLatin1StringView("e911"))
        .toObject()
        .value(QLatin1StringView("state"))
        .toString();
}
} // namespace

std::optional<AuditedChanges> makeAuditedChanges(TestBackend &backend, QString *why)
{
    const QString staff = backend.token(QStringLiteral("staff"));
    const auto candidate = api::findE911Candidate(backend, staff);
    if (!candidate) {
        *why = QStringLiteral("no number can be registered");
        return std::nullopt;
    }
    AuditedChanges c{candidate->tenantId,
                     candidate->number,
                     candidate->addressId,
                     {},
                     QStringLiteral("Office closed for renovation")};
    c.staffEmail = backend.get(QStringLiteral("/v1/me"), staff)
                       .json()
                       .value(QLatin1StringView("email"))
                       .toString();

    const TestReply enable =
        api::putE911(backend, staff, c.tenantId, c.number, api::enableBody(c.addressId),
                     candidate->etag.toLatin1(), api::newIdempotencyKey());
    if (enable.status != 202) {
        *why = QString(QStringLiteral("enable: ") + QString::fromUtf8(api::describe(enable)));
        return std::nullopt;
    }
    // The provider (the server's worker) registers it, and the log records that too.
    QByteArray etag;
    if (!QTest::qWaitFor(
            [&] { return stateOf(backend, staff, c, &etag) == QLatin1StringView("registered"); },
            20000)) {
        *why = QStringLiteral("the number was not registered in time");
        return std::nullopt;
    }
    const TestReply disable = api::putE911(
        backend, staff, c.tenantId, c.number,
        QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("reason"), c.reason}}, etag,
        api::newIdempotencyKey());
    if (disable.status != 202) {
        *why = QString(QStringLiteral("disable: ") + QString::fromUtf8(api::describe(disable)));
        return std::nullopt;
    }
    // …and the provider finishes turning it off: after this the log stays still for the tests.
    if (!QTest::qWaitFor(
            [&] { return stateOf(backend, staff, c, &etag) == QLatin1StringView("basic"); },
            20000)) {
        *why = QStringLiteral("the number was not turned off in time");
        return std::nullopt;
    }
    const QString version = backend.get(QStringLiteral("/v1/disclosures/current"), staff)
                                .json()
                                .value(QLatin1StringView("version"))
                                .toString();
    const TestReply ack = backend.sendJson(
        "POST",
        QString(QStringLiteral("/v1/tenants/") + c.tenantId + QStringLiteral("/acknowledgements")),
        staff, QJsonObject{{QStringLiteral("disclosureVersion"), version}},
        {{"Idempotency-Key", api::newIdempotencyKey().toLatin1()}});
    if (ack.status != 201 && ack.status != 200) {
        *why = QString(QStringLiteral("acknowledge: ") + QString::fromUtf8(api::describe(ack)));
        return std::nullopt;
    }
    return c;
}

QStringList serverIds(TestBackend &backend, const QString &token, const AuditFilter &filter)
{
    QUrlQuery query = filter.toQuery();
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    bool ok = false;
    const QJsonArray items = api::listAll(
        backend, QString(QStringLiteral("/v1/audit?") + query.query(QUrl::FullyEncoded)), token,
        &ok);
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QLatin1StringView("id")).toString());
    return ok ? ids : QStringList{QStringLiteral("server list failed")};
}
