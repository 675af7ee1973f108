// EmergencyPolicy's strict decoder.
#include "EmergencyPolicy.h"

#include "domain/Did.h"
#include "domain/JsonFields.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<NotificationMode, QLatin1StringView>, 3> modeNames{{
    {NotificationMode::NotificationOnly, QLatin1StringView("notification_only")},
    {NotificationMode::ConferenceMuted, QLatin1StringView("conference_muted")},
    {NotificationMode::ConferenceUnmuted, QLatin1StringView("conference_unmuted")},
}};
// The contract's limit on the group (Teams allows 50 users or groups).
constexpr qsizetype maxGroupEntries = 50;
constexpr qsizetype maxEntryLength = 320; // an e-mail address's longest form

} // namespace

bool isMailboxAddress(const QString &entry)
{
    const qsizetype at = entry.indexOf(QLatin1Char('@'));
    return at > 0 && at == entry.lastIndexOf(QLatin1Char('@')) && at + 1 < entry.size() &&
           !entry.contains(QLatin1Char(' '));
}

QString notificationModeToWire(NotificationMode mode)
{
    for (const auto &[value, name] : modeNames) {
        if (value == mode)
            return QString(name);
    }
    return {};
}

std::optional<NotificationMode> notificationModeFromWire(QStringView wire)
{
    for (const auto &[value, name] : modeNames) {
        if (wire == name)
            return value;
    }
    return std::nullopt;
}

std::optional<EmergencyPolicy>
EmergencyPolicy::fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    EmergencyPolicy policy;
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        policy.tenantId = *tenant;
    if (const auto wire =
            json::string(*object, QLatin1StringView("notificationMode"), path, errors, 32)) {
        if (const auto mode = notificationModeFromWire(*wire))
            policy.notificationMode = *mode;
        else
            json::addError(errors, json::join(path, QLatin1StringView("notificationMode")),
                           QLatin1StringView("invalid"),
                           QStringLiteral("is not a known notification mode"));
    }
    const QString groupPath = json::join(path, QLatin1StringView("notificationGroup"));
    if (const auto group =
            json::member(*object, QLatin1StringView("notificationGroup"), path, errors)) {
        if (!group->isArray()) {
            json::addError(errors, groupPath, QLatin1StringView("wrong_type"),
                           QStringLiteral("is not an array"));
        } else if (group->toArray().size() > maxGroupEntries) {
            json::addError(errors, groupPath, QLatin1StringView("too_long"),
                           QStringLiteral("has more than %1 entries").arg(maxGroupEntries));
        } else {
            const QJsonArray entries = group->toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QString entry = entries.at(i).toString();
                if (!entries.at(i).isString() || entry.size() > maxEntryLength ||
                    !isMailboxAddress(entry)) {
                    json::addError(errors, groupPath + QStringLiteral("[%1]").arg(i),
                                   QLatin1StringView("invalid"),
                                   QStringLiteral("is not an e-mail address or UPN"));
                    continue;
                }
                policy.notificationGroup.append(entry);
            }
        }
    }
    if (const auto dialOut = json::string(*object, QLatin1StringView("notificationDialOutNumber"),
                                          path, errors, 32)) {
        if (!dialOut->isEmpty() && !Did::isE164(*dialOut))
            json::addError(errors, json::join(path, QLatin1StringView("notificationDialOutNumber")),
                           QLatin1StringView("invalid"), QStringLiteral("is not an E.164 number"));
        else
            policy.notificationDialOutNumber = *dialOut;
    }
    if (const auto tag = json::etag(*object, QLatin1StringView("etag"), path, errors))
        policy.etag = *tag;
    if (const auto when = json::timestamp(*object, QLatin1StringView("updatedAt"), path, errors))
        policy.updatedAt = *when;
    if (errors.size() != before)
        return std::nullopt;
    return policy;
}
