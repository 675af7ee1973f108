#include "CallLocationText.h"

#include <QHash>
#include <QLocale>

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

QString CallLocationText::callKind(const EmergencyCall &call)
{
    return call.isTest ? tr("933 test call") : tr("emergency call");
}

QString CallLocationText::callDay(const EmergencyCall &call)
{
    return QLocale().toString(call.startedAt.toLocalTime().date(), QLocale::ShortFormat);
}

QString CallLocationText::fields(const QList<CallLocationDifference> &differences)
{
    QStringList names;
    for (const CallLocationDifference &d : differences) {
        const QString name = field(d.field);
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString CallLocationText::verdict(const EmergencyCall &call)
{
    switch (call.verdict) {
    case EmergencyCall::Verdict::Matches:
        return tr("Matches the registration");
    case EmergencyCall::Verdict::Differs:
        return tr("Differs: %1").arg(fields(call.differences));
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
    // The parts of one field (the street's name, type and direction) read as one line:
    // "street: Teams sent EVERGREEN TER, registered TERRY AVE N".
    QStringList names;
    QHash<QString, QPair<QStringList, QStringList>> parts;
    for (const CallLocationDifference &d : call.differences) {
        const QString name = field(d.field);
        if (!names.contains(name))
            names.append(name);
        if (!d.sent.isEmpty())
            parts[name].first.append(d.sent);
        if (!d.registered.isEmpty())
            parts[name].second.append(d.registered);
    }
    QStringList lines;
    for (const QString &name : names) {
        const QString sent = parts.value(name).first.join(u' ');
        const QString registered = parts.value(name).second.join(u' ');
        lines << tr("%1: Teams sent %2, registered %3")
                     .arg(name, sent.isEmpty() ? tr("(none)") : sent,
                          registered.isEmpty() ? tr("(none)") : registered);
    }
    return lines;
}
