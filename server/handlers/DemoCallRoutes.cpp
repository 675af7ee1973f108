#include "DemoCallRoutes.h"

#include "RequestBody.h"
#include "ServerContext.h"
#include "graph/GraphNotificationIntake.h"
#include "graph/SimulatedCalls.h"
#include "http/Router.h"
#include "store/EmergencyCallStore.h"
#include "store/ServerDatabase.h"

#include <QTimer>

namespace {

constexpr int maxDurationSeconds = 3600;

std::optional<SimulatedLocation> locationChoice(const QString &wire)
{
    if (wire.isEmpty() || wire == QLatin1StringView("registered"))
        return SimulatedLocation::Registered;
    if (wire == QLatin1StringView("elsewhere"))
        return SimulatedLocation::Elsewhere;
    if (wire == QLatin1StringView("wrong-place"))
        return SimulatedLocation::WrongPlace;
    if (wire == QLatin1StringView("none"))
        return SimulatedLocation::None;
    return std::nullopt;
}

HttpResponse simulateCall(ServerContext &ctx, HttpRequest &request)
{
    RequestBody body = RequestBody::parse(
        request, {QStringLiteral("tenantId"), QStringLiteral("number"), QStringLiteral("dialed"),
                  QStringLiteral("location"), QStringLiteral("durationSeconds")});
    if (!body.ok())
        return body.error();
    SimulatedCall call;
    call.tenantId = body.string(QStringLiteral("tenantId"), true, 100);
    call.number = body.string(QStringLiteral("number"), true, 20);
    const QString dialed = body.string(QStringLiteral("dialed"), false, 3);
    const auto location = locationChoice(body.string(QStringLiteral("location"), false, 20));
    const int duration = body.object().value(QLatin1StringView("durationSeconds")).toInt(60);
    if (!body.ok())
        return body.error();
    if (auto problem = tenantAccessProblem(ctx, request, call.tenantId))
        return *problem;
    if (!dialed.isEmpty() && dialed != QLatin1StringView("911") &&
        dialed != QLatin1StringView("933"))
        body.addError(QStringLiteral("dialed"), QStringLiteral("invalid"),
                      QStringLiteral("dialed is \"911\" or \"933\"."));
    if (!location)
        body.addError(QStringLiteral("location"), QStringLiteral("invalid"),
                      QStringLiteral("location is \"registered\", \"elsewhere\", \"wrong-place\" or"
                                     " \"none\"."));
    if (duration < 0 || duration > maxDurationSeconds)
        body.addError(
            QStringLiteral("durationSeconds"), QStringLiteral("invalid"),
            QStringLiteral("durationSeconds is 0 (never ends) to %1.").arg(maxDurationSeconds));
    if (!body.ok())
        return body.error();
    if (!dialed.isEmpty())
        call.dialed = dialed;
    call.location = *location;
    QString reason;
    const auto start = simulatedCallStart(ctx.db, call, &reason);
    if (!start)
        return HttpResponse::problem(
            422, QStringLiteral("invalid-field"), QStringLiteral("Some fields are not valid"), {},
            {{QStringLiteral("number"), QStringLiteral("unknown"), reason}});
    ctx.intake->recordTrusted(call.tenantId, *start, true);
    const QString callId =
        ctx.db
            .scalar(QStringLiteral("SELECT call_id FROM emergency_call_events WHERE event_id = ?"),
                    {start->id})
            .toString();
    if (duration > 0) {
        GraphNotificationIntake *intake = ctx.intake;
        const QString tenantId = call.tenantId;
        QTimer::singleShot(duration * 1000, intake, [intake, tenantId, start = *start, duration] {
            intake->recordTrusted(tenantId, simulatedCallEnd(start, duration), true);
        });
    }
    return HttpResponse::json(201, *EmergencyCallStore(ctx.db).load(call.tenantId, callId));
}

} // namespace

void registerDemoCallRoutes(Router &router, ServerContext &ctx)
{
    router.add("POST", QStringLiteral("/v1/demo/emergency-calls"), Access::Write,
               [&ctx](HttpRequest &r) { return simulateCall(ctx, r); });
}
