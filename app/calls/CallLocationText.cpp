#include "CallLocationText.h"

#include <QHash>

QString CallLocationText::field(const QString &cldxfField)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("addNumber"), QT_TR_NOOP("house number")},
        {QStringLiteral("addNumSuf"), QT_TR_NOOP("house number")},
        {QStringLiteral("stPreDir"), QT_TR_NOOP("street")},
        {QStringLiteral("stPreTyp"), QT_TR_NOOP("street")},
        {QStringLiteral("stName"), QT_TR_NOOP("street")},
        {QStringLiteral("stPosTyp"), QT_TR_NOOP("street")},
        {QStringLiteral("stPosDir"), QT_TR_NOOP("street")},
        {QStringLiteral("postalCommunity"), QT_TR_NOOP("city")},
        {QStringLiteral("state"), QT_TR_NOOP("state")},
        {QStringLiteral("postalCode"), QT_TR_NOOP("ZIP code")},
        {QStringLiteral("country"), QT_TR_NOOP("country")},
        {QStringLiteral("coordinates"), QT_TR_NOOP("position")},
    };
    const char *name = names.value(cldxfField, nullptr);
    return name ? tr(name) : cldxfField;
}

QString CallLocationText::verdict(const EmergencyCall &call)
{
    switch (call.verdict) {
    case EmergencyCall::Verdict::Matches:
        return tr("Matches the registration");
    case EmergencyCall::Verdict::Differs: {
        QStringList fields;
        for (const CallLocationDifference &d : call.differences) {
            const QString name = field(d.field);
            if (!fields.contains(name))
                fields.append(name);
        }
        return tr("Differs: %1").arg(fields.join(QStringLiteral(", ")));
    }
    case EmergencyCall::Verdict::NoLocationSent:
        return tr("No location sent");
    case EmergencyCall::Verdict::NotRegistered:
        return tr("Number not registered");
    case EmergencyCall::Verdict::CannotCompare:
        return tr("Only coordinates sent");
    }
    return {};
}

QStringList CallLocationText::differences(const EmergencyCall &call)
{
    QStringList lines;
    for (const CallLocationDifference &d : call.differences)
        lines << tr("%1: Teams sent %2, registered %3")
                     .arg(field(d.field), d.sent.isEmpty() ? tr("(none)") : d.sent,
                          d.registered.isEmpty() ? tr("(none)") : d.registered);
    return lines;
}
