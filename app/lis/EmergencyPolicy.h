// A tenant's emergency calling policy as far as Kari's Law cares (47 CFR 9.16(a)(2)): who is
// told when someone dials 911 (e.g. the security desk), and how.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Teams' -NotificationMode values: a chat notification only, or also joining the call muted
// or unmuted.
enum class NotificationMode : quint8 { NotificationOnly, ConferenceMuted, ConferenceUnmuted };

// Wire names: "notification_only", "conference_muted", "conference_unmuted".
QString notificationModeToWire(NotificationMode mode);
std::optional<NotificationMode> notificationModeFromWire(QStringView wire);

// "name@domain": what the server accepts as a notification group entry (e-mail address or UPN).
bool isMailboxAddress(const QString &entry);

struct EmergencyPolicy
{
    QString tenantId;
    NotificationMode notificationMode = NotificationMode::NotificationOnly;
    QStringList notificationGroup;     // UPNs or e-mail addresses of people / groups to notify
    QString notificationDialOutNumber; // E.164 or empty: a phone also called on 911
    QString etag;
    QDateTime updatedAt;

    friend bool operator==(const EmergencyPolicy &, const EmergencyPolicy &) = default;

    static std::optional<EmergencyPolicy>
    fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path = QString());
};
