#include "TeamsNumberLocationRoutes.h"

#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/LisRepresentations.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int maxNumbers = 100000; // more than any one Teams tenant holds
constexpr int maxTeamsAddressLength = 400;
constexpr int maxAddressIds = 20;       // the candidates of one Teams address
constexpr qint64 futureSlackSecs = 300; // clocks disagree a little

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}\\z"));
    return pattern.match(number).hasMatch();
}

QSet<QString> numbersOfTenant(ServerDatabase &db, const QString &tenantId)
{
    QSet<QString> numbers;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    db.exec(q, QStringLiteral("SELECT number FROM dids WHERE tenant_id = ?"), {tenantId});
    while (q.next())
        numbers.insert(q.value(0).toString());
    return numbers;
}

// One number of the reading, checked and in canonical form; field errors go to `body`.
QJsonObject readEntry(RequestBody &body, const QJsonValue &value, const QString &path,
                      const QSet<QString> &ours, QSet<QString> &seen)
{
    if (!value.isObject()) {
        body.addError(path, QStringLiteral("wrong_type"),
                      QStringLiteral("Each entry is an object."));
        return {};
    }
    RequestBody entry = RequestBody::fromObject(
        value.toObject(),
        {QStringLiteral("number"), QStringLiteral("civicAddressId"), QStringLiteral("locationId"),
         QStringLiteral("teamsAddress"), QStringLiteral("addressIds")});
    const QString number = entry.string(QStringLiteral("number"), true, 20);
    const QString civic = entry.teamsId(QStringLiteral("civicAddressId")).value_or(QString());
    const QString location = entry.teamsId(QStringLiteral("locationId")).value_or(QString());
    const QString line = entry.string(QStringLiteral("teamsAddress"), false, maxTeamsAddressLength);
    const QStringList addressIds =
        entry.stringArray(QStringLiteral("addressIds"), false, maxAddressIds);
    if (entry.ok() && !isE164(number))
        entry.addError(QStringLiteral("number"), QStringLiteral("invalid"),
                       QStringLiteral("Write the number in E.164 (+12065550100)."));
    else if (entry.ok() && !ours.contains(number))
        entry.addError(QStringLiteral("number"), QStringLiteral("not_found"),
                       QStringLiteral("%1 is not a number of this tenant.").arg(number));
    else if (entry.ok() && seen.contains(number))
        entry.addError(QStringLiteral("number"), QStringLiteral("duplicate"),
                       QStringLiteral("%1 is listed twice.").arg(number));
    if (!entry.ok()) {
        const QJsonObject problem = QJsonDocument::fromJson(entry.error().body).object();
        for (const QJsonValue &e : problem.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject error = e.toObject();
            body.addError(path + QLatin1Char('.') + error.value(QStringLiteral("field")).toString(),
                          error.value(QStringLiteral("code")).toString(),
                          error.value(QStringLiteral("detail")).toString());
        }
        if (problem.value(QStringLiteral("errors")).toArray().isEmpty())
            body.addError(path, QStringLiteral("invalid"),
                          problem.value(QStringLiteral("detail")).toString());
        return {};
    }
    seen.insert(number);
    return QJsonObject{
        {QStringLiteral("number"), number},
        {QStringLiteral("civicAddressId"), civic.isEmpty() ? QJsonValue() : QJsonValue(civic)},
        {QStringLiteral("locationId"), location.isEmpty() ? QJsonValue() : QJsonValue(location)},
        {QStringLiteral("teamsAddress"), line.isNull() ? QStringLiteral("") : line.trimmed()},
        {QStringLiteral("addressIds"), QJsonArray::fromStringList(addressIds)},
    };
}

// When the export was read: an ISO 8601 time, not in the future.
QDateTime readTime(RequestBody &body)
{
    const QString text = body.string(QStringLiteral("readAt"), true, 40);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (body.ok() && (!at.isValid() || !text.contains(QLatin1Char('T'))))
        body.addError(QStringLiteral("readAt"), QStringLiteral("invalid"),
                      QStringLiteral("readAt is a time such as 2026-12-07T18:00:00Z."));
    else if (body.ok() && at.toUTC() > QDateTime::currentDateTimeUtc().addSecs(futureSlackSecs))
        body.addError(QStringLiteral("readAt"), QStringLiteral("invalid"),
                      QStringLiteral("readAt is in the future."));
    return at.toUTC();
}

HttpResponse getLocations(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    return jsonWithEtag(200, *TeamsNumberLocationsRepresentation::load(ctx.db, tenantId));
}

HttpResponse putLocations(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body =
        RequestBody::parse(request, {QStringLiteral("readAt"), QStringLiteral("numbers")});
    if (!body.ok())
        return body.error();
    const QDateTime readAt = readTime(body);
    const QJsonValue listed = body.object().value(QStringLiteral("numbers"));
    if (!listed.isArray())
        body.addError(QStringLiteral("numbers"), QStringLiteral("wrong_type"),
                      QStringLiteral("numbers is an array of the tenant's numbers."));
    else if (listed.toArray().size() > maxNumbers)
        body.addError(QStringLiteral("numbers"), QStringLiteral("too_many"),
                      QStringLiteral("At most %1 numbers.").arg(maxNumbers));
    if (!body.ok())
        return body.error();
    const QSet<QString> ours = numbersOfTenant(ctx.db, tenantId);
    QSet<QString> seen;
    QJsonArray entries;
    const QJsonArray items = listed.toArray();
    for (qsizetype i = 0; i < items.size(); ++i)
        entries.append(
            readEntry(body, items.at(i), QStringLiteral("numbers[%1]").arg(i), ours, seen));
    if (!body.ok())
        return body.error();
    const QString readAtText = readAt.toString(Qt::ISODateWithMs);
    const QString numbersText =
        QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));

    WriteTransaction tx(ctx.db);
    const QJsonObject before = *TeamsNumberLocationsRepresentation::load(ctx.db, tenantId);
    const QDateTime storedAt =
        QDateTime::fromString(before.value(QStringLiteral("readAt")).toString(), Qt::ISODateWithMs);
    if (storedAt.isValid() && storedAt > readAt)
        return HttpResponse::problem(
            409, QStringLiteral("newer-reading"), QStringLiteral("A later reading is on record"),
            QStringLiteral("An export read at %1 is already on record; this one was read at %2. "
                           "Export from Teams again to record a newer one.")
                .arg(storedAt.toString(Qt::ISODate), readAt.toString(Qt::ISODate)));
    // The same reading sent again (a retry) changes nothing.
    if (storedAt == readAt && before.value(QStringLiteral("numbers")).toArray() == entries)
        return afterCommit(tx, jsonWithEtag(200, before));
    ctx.db.recordChange(QStringLiteral("teams_number_locations"), tenantId, tenantId);
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("INSERT INTO teams_number_locations (tenant_id, read_at, numbers,"
                               " version, updated_at) VALUES (?, ?, ?, 2, ?)"
                               " ON CONFLICT (tenant_id) DO UPDATE SET"
                               " read_at = excluded.read_at, numbers = excluded.numbers,"
                               " version = teams_number_locations.version + 1,"
                               " updated_at = excluded.updated_at"),
                {tenantId, readAtText, numbersText, ServerDatabase::nowIso()});
    const QJsonObject after = *TeamsNumberLocationsRepresentation::load(ctx.db, tenantId);
    // The audit keeps what changed in size, not two copies of a list of many thousand numbers.
    const auto gist = [](const QJsonObject &o) {
        return QJsonObject{
            {QStringLiteral("readAt"), o.value(QStringLiteral("readAt"))},
            {QStringLiteral("numbers"), o.value(QStringLiteral("numbers")).toArray().size()}};
    };
    ctx.db.recordAudit(request.principal, AuditRecord{QStringLiteral("teams.numbers.record"),
                                                      tenantId,
                                                      tenantId,
                                                      gist(before),
                                                      gist(after),
                                                      {},
                                                      request.requestId});
    return afterCommit(tx, jsonWithEtag(200, after));
}

} // namespace

void registerTeamsNumberLocationRoutes(Router &router, ServerContext &ctx)
{
    const QString path = QStringLiteral("/v1/tenants/{tenantId}/teams-number-locations");
    router.add("GET", path, Access::Read, [&ctx](HttpRequest &r) { return getLocations(ctx, r); });
    router.add("PUT", path, Access::Write, [&ctx](HttpRequest &r) { return putLocations(ctx, r); });
}
