#include "CallLocationCheck.h"

#include "calls/CallLocationText.h"

#include <QLocale>

namespace {
bool saysSomethingAboutLocation(EmergencyCall::Verdict verdict)
{
    return verdict == EmergencyCall::Verdict::Matches ||
           verdict == EmergencyCall::Verdict::Differs ||
           verdict == EmergencyCall::Verdict::NoLocationSent;
}

bool isLater(const EmergencyCall &a, const EmergencyCall &b)
{
    return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
}
} // namespace

QHash<QString, EmergencyCall> latestCallPerNumber(const QList<EmergencyCall> &calls)
{
    QHash<QString, EmergencyCall> latest;
    for (const EmergencyCall &call : calls) {
        if (call.number.isEmpty() || !saysSomethingAboutLocation(call.verdict))
            continue;
        const auto it = latest.constFind(call.number);
        if (it == latest.cend() || isLater(call, *it))
            latest.insert(call.number, call);
    }
    return latest;
}

CallLocationCheck checkCallLocation(const EmergencyCall &latest, const RegistrationOnFile &now)
{
    CallLocationCheck check;
    check.call = latest;
    const QString comparedId = latest.registered.value(QLatin1StringView("addressId")).toString();
    const QString comparedEtag =
        latest.registered.value(QLatin1StringView("addressEtag")).toString();
    if (comparedId != now.addressId || comparedEtag != now.addressEtag)
        check.state = CallLocationCheck::State::RegistrationChanged;
    else if (latest.verdict == EmergencyCall::Verdict::Differs)
        check.state = CallLocationCheck::State::Differs;
    else if (latest.verdict == EmergencyCall::Verdict::NoLocationSent)
        check.state = CallLocationCheck::State::NoLocationSent;
    else
        check.state = CallLocationCheck::State::Matches;
    return check;
}

QString callLocationSentence(const CallLocationCheck &check)
{
    const QString when =
        QLocale().toString(check.call.startedAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString kind = check.call.isTest ? CallLocationText::tr("933 test call")
                                           : CallLocationText::tr("emergency call");
    switch (check.state) {
    case CallLocationCheck::State::Matches:
        return CallLocationText::tr("The last %1 through Teams, on %2, sent the registered "
                                    "location.")
            .arg(kind, when);
    case CallLocationCheck::State::Differs: {
        QStringList fields;
        for (const CallLocationDifference &d : check.call.differences) {
            const QString name = CallLocationText::field(d.field);
            if (!fields.contains(name))
                fields.append(name);
        }
        return CallLocationText::tr("The last %1 through Teams, on %2, sent a location that "
                                    "differs from the registration (%3).")
            .arg(kind, when, fields.join(QStringLiteral(", ")));
    }
    case CallLocationCheck::State::NoLocationSent:
        return CallLocationText::tr("The last %1 through Teams, on %2, sent no location.")
            .arg(kind, when);
    case CallLocationCheck::State::RegistrationChanged:
        return CallLocationText::tr("The registration changed after the last %1 through Teams, "
                                    "on %2.")
            .arg(kind, when);
    }
    return {};
}
