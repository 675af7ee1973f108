#include "TestCallRoutes.h"

#include "Pagination.h"
#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/IdempotencyLedger.h"
#include "store/LisRepresentations.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QUuid>

namespace {

constexpr int maxTextLength = 1000;
constexpr qint64 clockSlackSeconds = 5 * 60; // a caller's clock may run a little ahead

struct TestCallInput
{
    QString placeId;
    QString number;
    QString calledBy;
    QString calledAt; // UTC, ISO 8601 with milliseconds
    QString readBack;
    QString result;
    QString note;
};

const QStringList testCallKeys = {QStringLiteral("placeId"),  QStringLiteral("number"),
                                  QStringLiteral("calledBy"), QStringLiteral("calledAt"),
                                  QStringLiteral("readBack"), QStringLiteral("result"),
                                  QStringLiteral("note")};

std::optional<TestCallInput> readTestCallInput(RequestBody &body)
{
    const auto optional = [&body](const QString &key, int max) {
        const QString s = body.string(key, false, max).trimmed();
        return s.isNull() ? QStringLiteral("") : s;
    };
    TestCallInput in;
    in.placeId = optional(QStringLiteral("placeId"), 100);
    in.number = optional(QStringLiteral("number"), 32);
    in.calledBy = body.string(QStringLiteral("calledBy"), true, 200).trimmed();
    const QString calledAt = body.string(QStringLiteral("calledAt"), true, 64);
    in.readBack = body.string(QStringLiteral("readBack"), true, maxTextLength).trimmed();
    in.result = body.string(QStringLiteral("result"), true, 10);
    in.note = optional(QStringLiteral("note"), maxTextLength);
    if (!body.ok())
        return std::nullopt;
    if (in.placeId.isEmpty() && in.number.isEmpty())
        body.addError(QStringLiteral("placeId"), QStringLiteral("required"),
                      QStringLiteral("Name the place or the number the test call was made from "
                                     "(or both)."));
    if (in.calledBy.isEmpty())
        body.addError(QStringLiteral("calledBy"), QStringLiteral("required"),
                      QStringLiteral("Name the person who made the call."));
    if (in.result != QLatin1StringView("pass") && in.result != QLatin1StringView("fail"))
        body.addError(QStringLiteral("result"), QStringLiteral("invalid"),
                      QStringLiteral("result must be \"pass\" or \"fail\"."));
    const QDateTime when = QDateTime::fromString(calledAt, Qt::ISODateWithMs);
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
        body.addError(QStringLiteral("calledAt"), QStringLiteral("invalid"),
                      QStringLiteral("calledAt must be an RFC 3339 date-time with a time zone, "
                                     "e.g. 2026-11-25T14:05:00Z."));
    else if (when > QDateTime::currentDateTimeUtc().addSecs(clockSlackSeconds))
        body.addError(QStringLiteral("calledAt"), QStringLiteral("in_future"),
                      QStringLiteral("calledAt is in the future; record a call after it was "
                                     "made."));
    else
        in.calledAt = when.toUTC().toString(Qt::ISODateWithMs);
    if (!body.ok())
        return std::nullopt;
    return in;
}

HttpResponse fieldProblem(const QString &field, const QString &code, const QString &detail)
{
    return HttpResponse::problem(422, QStringLiteral("invalid-field"),
                                 QStringLiteral("Some fields are not valid"), {},
                                 {{field, code, detail}});
}

HttpResponse listTestCalls(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    HttpResponse error;
    const auto page = tenantPageRequest(ctx, request, tenantId, &error);
    if (!page)
        return error;
    const QString placeId = queryFilter(request, QStringLiteral("placeId"));
    // A "+" in a query string arrives as a space unless it was written as %2B.
    const QString number = queryFilter(request, QStringLiteral("number"));
    const QString e164 = number.isEmpty() || number.startsWith(QLatin1Char('+'))
                             ? number
                             : QString(QLatin1Char('+') + number);
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("SELECT ") + TestCallRepresentation::columns +
                    QStringLiteral(" FROM test_calls WHERE tenant_id = ? AND id > ?"
                                   " AND (? = '' OR place_id = ?) AND (? = '' OR number = ?)"
                                   " ORDER BY id LIMIT ?"),
                {tenantId, page->after, placeId, placeId, e164, e164, page->limit + 1});
    return HttpResponse::json(200, readPage(q, page->limit, 0, TestCallRepresentation::fromRow));
}

HttpResponse recordTestCall(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, testCallKeys);
    if (!body.ok())
        return body.error();
    const auto in = readTestCallInput(body);
    if (!in)
        return body.error();
    return ctx.ledger.run(request, [&]() {
        // The address the call proved: the place's, or else the number's E911 address.
        QString addressId;
        if (!in->placeId.isEmpty()) {
            addressId = ctx.db
                            .scalar(QStringLiteral("SELECT address_id FROM places WHERE id = ?"
                                                   " AND tenant_id = ?"),
                                    {in->placeId, tenantId})
                            .toString();
            if (addressId.isEmpty())
                return fieldProblem(
                    QStringLiteral("placeId"), QStringLiteral("unknown"),
                    QStringLiteral("This tenant has no place %1.").arg(in->placeId));
        }
        if (!in->number.isEmpty()) {
            QSqlQuery q(ctx.db.db());
            ctx.db.exec(q,
                        QStringLiteral("SELECT address_id FROM dids WHERE number = ? AND"
                                       " tenant_id = ?"),
                        {in->number, tenantId});
            if (!q.next())
                return fieldProblem(
                    QStringLiteral("number"), QStringLiteral("unknown"),
                    QStringLiteral("%1 is not a number of this tenant.").arg(in->number));
            if (addressId.isEmpty() && q.value(0).isNull())
                return HttpResponse::problem(
                    422, QStringLiteral("not-eligible"),
                    QStringLiteral("The number has no emergency address"),
                    QStringLiteral("%1 has no E911 address, so a 933 call cannot prove one. "
                                   "Name the place it was made from, or register the number "
                                   "first.")
                        .arg(in->number));
            if (addressId.isEmpty())
                addressId = q.value(0).toString();
        }
        const QByteArray addressEtag = etagFor(
            ctx.db.scalar(QStringLiteral("SELECT version FROM addresses WHERE id = ?"), {addressId})
                .toLongLong());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ctx.db.recordChange(QStringLiteral("test_call"), id, tenantId);
        QSqlQuery q(ctx.db.db());
        ctx.db.exec(
            q,
            QStringLiteral("INSERT INTO test_calls (id, tenant_id, place_id, number, address_id,"
                           " address_etag, called_by, called_at, read_back, result, note,"
                           " recorded_by_id, recorded_by_email, recorded_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, tenantId, in->placeId, in->number, addressId, QString::fromLatin1(addressEtag),
             in->calledBy, in->calledAt, in->readBack, in->result, in->note,
             request.principal.userId, request.principal.email, ServerDatabase::nowIso()});
        const QJsonObject recorded = *TestCallRepresentation::load(ctx.db, tenantId, id);
        ctx.db.recordAudit(request.principal, AuditRecord{QStringLiteral("testcall.record"),
                                                          tenantId,
                                                          id,
                                                          {},
                                                          recorded,
                                                          {},
                                                          request.requestId});
        return HttpResponse::json(201, recorded);
    });
}

} // namespace

void registerTestCallRoutes(Router &router, ServerContext &ctx)
{
    const QString list = QStringLiteral("/v1/tenants/{tenantId}/test-calls");
    router.add("GET", list, Access::Read, [&ctx](HttpRequest &r) { return listTestCalls(ctx, r); });
    router.add(
        "POST", list, Access::Write, [&ctx](HttpRequest &r) { return recordTestCall(ctx, r); },
        Idempotency::Keyed);
}
