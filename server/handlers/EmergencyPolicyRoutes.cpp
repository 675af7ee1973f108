#include "EmergencyPolicyRoutes.h"

#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/LisRepresentations.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

constexpr int maxGroupEntries = 50;
constexpr int maxEntryLength = 320; // the longest an e-mail address can be

bool isMailboxLike(const QString &entry)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+\\z"));
    return pattern.match(entry).hasMatch();
}

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}\\z"));
    return pattern.match(number).hasMatch();
}

HttpResponse getPolicy(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    return jsonWithEtag(200, *EmergencyPolicyRepresentation::load(ctx.db, tenantId));
}

HttpResponse putPolicy(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, {QStringLiteral("notificationMode"),
                                                    QStringLiteral("notificationGroup"),
                                                    QStringLiteral("notificationDialOutNumber")});
    if (!body.ok())
        return body.error();
    const QString mode = body.string(QStringLiteral("notificationMode"), true, 40);
    const QStringList group =
        body.stringArray(QStringLiteral("notificationGroup"), false, maxGroupEntries);
    QString dialOut = body.string(QStringLiteral("notificationDialOutNumber"), false, 20).trimmed();
    if (dialOut.isNull())
        dialOut = QStringLiteral("");
    if (body.ok() && mode != QLatin1StringView("notification_only") &&
        mode != QLatin1StringView("conference_muted") &&
        mode != QLatin1StringView("conference_unmuted"))
        body.addError(QStringLiteral("notificationMode"), QStringLiteral("invalid"),
                      QStringLiteral("notificationMode must be notification_only, "
                                     "conference_muted or conference_unmuted."));
    QJsonArray entries;
    for (qsizetype i = 0; i < group.size(); ++i) {
        const QString entry = group.at(i).trimmed();
        if (entry.size() > maxEntryLength || !isMailboxLike(entry))
            body.addError(QStringLiteral("notificationGroup[%1]").arg(i), QStringLiteral("invalid"),
                          QStringLiteral("\"%1\" is not an e-mail address or UPN.").arg(entry));
        entries.append(entry);
    }
    if (!dialOut.isEmpty() && !isE164(dialOut))
        body.addError(QStringLiteral("notificationDialOutNumber"), QStringLiteral("invalid"),
                      QStringLiteral("Write the number in E.164 (+12065550100), or leave it "
                                     "empty."));
    if (!body.ok())
        return body.error();

    WriteTransaction tx(ctx.db);
    const QJsonObject before = *EmergencyPolicyRepresentation::load(ctx.db, tenantId);
    if (auto problem = staleVersionProblem(request, before))
        return *problem;
    const qint64 seq = ctx.db.recordChange(QStringLiteral("emergency_policy"), tenantId, tenantId);
    const QString groupText =
        QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    QSqlQuery q(ctx.db.db());
    // A tenant without a stored row has the default policy at version 1; its first edit is 2.
    ctx.db.exec(q,
                QStringLiteral("INSERT INTO emergency_policies (tenant_id, notification_mode,"
                               " notification_group, dial_out_number, version, updated_at,"
                               " updated_seq) VALUES (?, ?, ?, ?, 2, ?, ?)"
                               " ON CONFLICT (tenant_id) DO UPDATE SET"
                               " notification_mode = excluded.notification_mode,"
                               " notification_group = excluded.notification_group,"
                               " dial_out_number = excluded.dial_out_number,"
                               " version = emergency_policies.version + 1,"
                               " updated_at = excluded.updated_at,"
                               " updated_seq = excluded.updated_seq"),
                {tenantId, mode, groupText, dialOut, ServerDatabase::nowIso(), seq});
    const QJsonObject after = *EmergencyPolicyRepresentation::load(ctx.db, tenantId);
    ctx.db.recordAudit(request.principal, AuditRecord{QStringLiteral("policy.update"),
                                                      tenantId,
                                                      tenantId,
                                                      before,
                                                      after,
                                                      {},
                                                      request.requestId});
    return afterCommit(tx, jsonWithEtag(200, after));
}

} // namespace

void registerEmergencyPolicyRoutes(Router &router, ServerContext &ctx)
{
    const QString path = QStringLiteral("/v1/tenants/{tenantId}/emergency-policy");
    router.add("GET", path, Access::Read, [&ctx](HttpRequest &r) { return getPolicy(ctx, r); });
    router.add("PUT", path, Access::Write, [&ctx](HttpRequest &r) { return putPolicy(ctx, r); });
}
