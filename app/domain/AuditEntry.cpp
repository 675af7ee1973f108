#include "AuditEntry.h"

#include "domain/JsonFields.h"

namespace {
bool isKnownRole(QStringView role)
{
    return role == QLatin1StringView("admin") || role == QLatin1StringView("staff") ||
           role == QLatin1StringView("auditor");
}

// An object or null; anything else is an error.
std::optional<std::optional<QJsonObject>> objectOrNull(const QJsonObject &object,
                                                       QLatin1StringView name, const QString &path,
                                                       QList<FieldError> &errors)
{
    const auto value = json::member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (value->isNull())
        return std::optional<QJsonObject>();
    const auto decoded = json::asObject(*value, json::join(path, name), errors);
    if (!decoded)
        return std::nullopt;
    return std::optional<QJsonObject>(*decoded);
}
} // namespace

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                               const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    AuditEntry entry;
    if (const auto id = json::nonEmptyString(*object, QLatin1StringView("id"), path, errors, 200))
        entry.id = *id;
    if (const auto at = json::timestamp(*object, QLatin1StringView("at"), path, errors))
        entry.at = *at;
    const QString actorPath = json::join(path, QLatin1StringView("actor"));
    if (const auto actor = json::member(*object, QLatin1StringView("actor"), path, errors)) {
        if (const auto a = json::asObject(*actor, actorPath, errors)) {
            if (const auto id =
                    json::nonEmptyString(*a, QLatin1StringView("id"), actorPath, errors, 200))
                entry.actorId = *id;
            if (const auto email =
                    json::string(*a, QLatin1StringView("email"), actorPath, errors, 320))
                entry.actorEmail = *email;
            if (const auto role =
                    json::string(*a, QLatin1StringView("role"), actorPath, errors, 32)) {
                if (isKnownRole(*role))
                    entry.actorRole = *role;
                else
                    json::addError(errors, json::join(actorPath, QLatin1StringView("role")),
                                   QLatin1StringView("invalid"), QStringLiteral("is not a role"));
            }
        }
    }
    if (const auto action =
            json::nonEmptyString(*object, QLatin1StringView("action"), path, errors, 100))
        entry.action = *action;
    if (const auto tenant = json::member(*object, QLatin1StringView("tenantId"), path, errors);
        tenant && !tenant->isNull()) {
        if (const auto id = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
            entry.tenantId = *id;
    }
    if (const auto target = json::string(*object, QLatin1StringView("target"), path, errors, 200))
        entry.target = *target;
    if (const auto b = objectOrNull(*object, QLatin1StringView("before"), path, errors))
        entry.before = *b;
    if (const auto a = objectOrNull(*object, QLatin1StringView("after"), path, errors))
        entry.after = *a;
    if (const auto reason =
            json::stringOrNull(*object, QLatin1StringView("reason"), path, errors, 2000))
        entry.reason = reason->value_or(QString());
    if (const auto requestId =
            json::string(*object, QLatin1StringView("requestId"), path, errors, 200))
        entry.requestId = *requestId;
    if (errors.size() != before)
        return std::nullopt;
    return entry;
}
