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
constexpr int maxTeamsAddresses = 100000;
constexpr int maxTeamsAddressLength = 400;
constexpr int maxAddressIds = 1000;     // the candidates of one Teams address
constexpr qint64 futureSlackSecs = 300; // clocks disagree a little
// A reading of every number of the largest tenant: about 110 bytes a number.
constexpr qint64 maxReadingBytes = 32LL * 1024 * 1024;

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

// Moves the field errors of one item's body into `body`, under `path`.
void addItemErrors(RequestBody &body, const RequestBody &item, const QString &path)
{
    const QJsonObject problem = QJsonDocument::fromJson(item.error().body).object();
    const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject error = e.toObject();
        const QString field = error.value(QStringLiteral("field")).toString();
        body.addError(field.isEmpty() ? path : path + QLatin1Char('.') + field,
                      error.value(QStringLiteral("code")).toString(),
                      error.value(QStringLiteral("detail")).toString());
    }
    if (errors.isEmpty())
        body.addError(path, QStringLiteral("invalid"),
                      problem.value(QStringLiteral("detail")).toString());
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

// One number of the reading, checked and in canonical form; field errors go to `body`.
QJsonObject readNumber(RequestBody &body, const QJsonValue &value, const QString &path,
                       const QSet<QString> &ours, QSet<QString> &seen)
{
    RequestBody entry = RequestBody::fromObject(
        value.toObject(),
        {QStringLiteral("number"), QStringLiteral("civicAddressId"), QStringLiteral("locationId")});
    const QString number = entry.string(QStringLiteral("number"), true, 20);
    const QString civic = entry.teamsId(QStringLiteral("civicAddressId")).value_or(QString());
    const QString location = entry.teamsId(QStringLiteral("locationId")).value_or(QString());
    if (!value.isObject())
        entry.addError(QString(), QStringLiteral("wrong_type"),
                       QStringLiteral("Each entry is an object."));
    else if (entry.ok() && !isE164(number))
        entry.addError(QStringLiteral("number"), QStringLiteral("invalid"),
                       QStringLiteral("Write the number in E.164 (+12065550100)."));
    else if (entry.ok() && !ours.contains(number))
        entry.addError(QStringLiteral("number"), QStringLiteral("not_found"),
                       QStringLiteral("%1 is not a number of this tenant.").arg(number));
    else if (entry.ok() && seen.contains(number))
        entry.addError(QStringLiteral("number"), QStringLiteral("duplicate"),
                       QStringLiteral("%1 is listed twice.").arg(number));
    if (!entry.ok()) {
        addItemErrors(body, entry, path);
        return {};
    }
    seen.insert(number);
    return QJsonObject{{QStringLiteral("number"), number},
                       {QStringLiteral("civicAddressId"), idOrNull(civic)},
                       {QStringLiteral("locationId"), idOrNull(location)}};
}

// One Teams address the numbers' locations lie at: its words and the Dispatchable addresses it
// matched when read.
QJsonObject readTeamsAddress(RequestBody &body, const QJsonValue &value, const QString &path,
                             QSet<QString> &seen)
{
    RequestBody entry = RequestBody::fromObject(value.toObject(), {QStringLiteral("civicAddressId"),
                                                                   QStringLiteral("address"),
                                                                   QStringLiteral("addressIds")});
    const std::optional<QString> civic = entry.teamsId(QStringLiteral("civicAddressId"));
    const QString line = entry.string(QStringLiteral("address"), false, maxTeamsAddressLength);
    const QStringList addressIds =
        entry.stringArray(QStringLiteral("addressIds"), false, maxAddressIds);
    if (!value.isObject())
        entry.addError(QString(), QStringLiteral("wrong_type"),
                       QStringLiteral("Each entry is an object."));
    else if (entry.ok() && civic.value_or(QString()).isEmpty())
        entry.addError(QStringLiteral("civicAddressId"), QStringLiteral("required"),
                       QStringLiteral("civicAddressId names the Teams address."));
    else if (entry.ok() && seen.contains(*civic))
        entry.addError(QStringLiteral("civicAddressId"), QStringLiteral("duplicate"),
                       QStringLiteral("%1 is listed twice.").arg(*civic));
    if (!entry.ok()) {
        addItemErrors(body, entry, path);
        return {};
    }
    seen.insert(*civic);
    return QJsonObject{
        {QStringLiteral("civicAddressId"), *civic},
        {QStringLiteral("address"), line.isNull() ? QStringLiteral("") : line.trimmed()},
        {QStringLiteral("addressIds"), QJsonArray::fromStringList(addressIds)}};
}

// The items of the array member `key` (at most `limit`), each read by `read`; left out, none
// unless `required`.
template <typename Read>
QJsonArray readList(RequestBody &body, const QString &key, bool required, qsizetype limit,
                    Read read)
{
    const QJsonValue listed = body.object().value(key);
    QJsonArray out;
    if (listed.isUndefined() && !required)
        return out;
    if (!listed.isArray()) {
        body.addError(key, QStringLiteral("wrong_type"),
                      QStringLiteral("%1 is an array.").arg(key));
        return out;
    }
    const QJsonArray items = listed.toArray();
    if (items.size() > limit) {
        body.addError(key, QStringLiteral("too_many"), QStringLiteral("At most %1.").arg(limit));
        return out;
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        out.append(read(items.at(i), QStringLiteral("%1[%2]").arg(key).arg(i)));
    return out;
}

// When the export was made: an RFC 3339 time with its offset, not in the future.
QDateTime readTime(RequestBody &body)
{
    static const QRegularExpression rfc3339(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})\\z"));
    const QString text = body.string(QStringLiteral("readAt"), true, 40);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (body.ok() && (!at.isValid() || !rfc3339.match(text).hasMatch()))
        body.addError(QStringLiteral("readAt"), QStringLiteral("invalid"),
                      QStringLiteral("readAt is a time with its offset, such as "
                                     "2026-12-07T18:00:00Z."));
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
        RequestBody::parse(request, {QStringLiteral("readAt"), QStringLiteral("numbers"),
                                     QStringLiteral("teamsAddresses")});
    if (!body.ok())
        return body.error();
    const QDateTime readAt = readTime(body);
    const QSet<QString> ours = numbersOfTenant(ctx.db, tenantId);
    QSet<QString> seenNumbers, seenAddresses;
    const QJsonArray numbers = readList(body, QStringLiteral("numbers"), true, maxNumbers,
                                        [&](const QJsonValue &v, const QString &path) {
                                            return readNumber(body, v, path, ours, seenNumbers);
                                        });
    const QJsonArray teamsAddresses =
        readList(body, QStringLiteral("teamsAddresses"), false, maxTeamsAddresses,
                 [&](const QJsonValue &v, const QString &path) {
                     return readTeamsAddress(body, v, path, seenAddresses);
                 });
    if (!body.ok())
        return body.error();
    const QString readAtText = readAt.toString(Qt::ISODateWithMs);
    const QJsonObject reading{{QStringLiteral("numbers"), numbers},
                              {QStringLiteral("teamsAddresses"), teamsAddresses}};
    const QString readingText =
        QString::fromUtf8(QJsonDocument(reading).toJson(QJsonDocument::Compact));

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
    if (storedAt == readAt && before.value(QStringLiteral("numbers")).toArray() == numbers &&
        before.value(QStringLiteral("teamsAddresses")).toArray() == teamsAddresses)
        return afterCommit(tx, jsonWithEtag(200, before));
    ctx.db.recordChange(QStringLiteral("teams_number_locations"), tenantId, tenantId);
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("INSERT INTO teams_number_locations (tenant_id, read_at, reading,"
                               " version, updated_at) VALUES (?, ?, ?, 2, ?)"
                               " ON CONFLICT (tenant_id) DO UPDATE SET"
                               " read_at = excluded.read_at, reading = excluded.reading,"
                               " version = teams_number_locations.version + 1,"
                               " updated_at = excluded.updated_at"),
                {tenantId, readAtText, readingText, ServerDatabase::nowIso()});
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
    router.add(
        "PUT", path, Access::Write, [&ctx](HttpRequest &r) { return putLocations(ctx, r); },
        Idempotency::None, maxReadingBytes);
}
