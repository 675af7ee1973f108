#include "AuditChangeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

struct ActionName
{
    const char *action;
    const char *words;
};

// The backend's actions (server/handlers, server/ProvisioningWorker.cpp), in our words.
constexpr ActionName actionNames[] = {
    {"e911.enable", QT_TRANSLATE_NOOP("AuditText", "Register With 911")},
    {"e911.repoint", QT_TRANSLATE_NOOP("AuditText", "Move to another emergency address")},
    {"e911.disable", QT_TRANSLATE_NOOP("AuditText", "Turn off E911")},
    {"e911.registered", QT_TRANSLATE_NOOP("AuditText", "Registered by the 911 provider")},
    {"e911.failed", QT_TRANSLATE_NOOP("AuditText", "Refused by the 911 provider")},
    {"e911.deregistered", QT_TRANSLATE_NOOP("AuditText", "Turned off by the 911 provider")},
    {"address.create", QT_TRANSLATE_NOOP("AuditText", "Add emergency address")},
    {"address.update", QT_TRANSLATE_NOOP("AuditText", "Edit emergency address")},
    {"address.delete", QT_TRANSLATE_NOOP("AuditText", "Delete emergency address")},
    {"acknowledgement.create", QT_TRANSLATE_NOOP("AuditText", "Acknowledge the limitations")},
    {"apitoken.create", QT_TRANSLATE_NOOP("AuditText", "Create API token")},
    {"apitoken.revoke", QT_TRANSLATE_NOOP("AuditText", "Revoke API token")},
};
} // namespace

namespace auditText {

QStringList knownActions()
{
    QStringList out;
    for (const ActionName &name : actionNames)
        out.append(QString::fromLatin1(name.action));
    return out;
}

QString actionText(const QString &action)
{
    for (const ActionName &name : actionNames) {
        if (action == QLatin1StringView(name.action))
            return QCoreApplication::translate("AuditText", name.words);
    }
    return action;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("—") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList changeLines(const std::optional<QJsonObject> &before,
                        const std::optional<QJsonObject> &after)
{
    const QJsonObject b = before.value_or(QJsonObject());
    const QJsonObject a = after.value_or(QJsonObject());
    QStringList keys = b.keys() + a.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = b.value(key);
        const QJsonValue is = a.value(key);
        if (before && after) {
            if (was == is)
                continue;
            lines.append(Text::tr("%1: %2 → %3").arg(key, valueText(was), valueText(is)));
        } else if (after) {
            if (!is.isNull() && !(is.isString() && is.toString().isEmpty()))
                lines.append(Text::tr("%1: %2").arg(key, valueText(is)));
        } else if (before) {
            if (!was.isNull() && !(was.isString() && was.toString().isEmpty()))
                lines.append(Text::tr("%1: was %2").arg(key, valueText(was)));
        }
    }
    return lines;
}

QString changeText(const AuditEntry &entry)
{
    return changeLines(entry.before, entry.after).join(QStringLiteral("; "));
}

} // namespace auditText
