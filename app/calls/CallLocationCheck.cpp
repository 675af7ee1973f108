#include "CallLocationCheck.h"

#include "calls/CallLocationText.h"

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
    check.state = judgedState(latest.registered.value(QLatin1StringView("addressId")).toString(),
                              latest.registered.value(QLatin1StringView("addressEtag")).toString(),
                              latest.verdict, now);
    return check;
}

CallLocationCheck::State judgedState(const QString &judgedId, const QString &judgedEtag,
                                     EmergencyCall::Verdict verdict, const RegistrationOnFile &now)
{
    if (judgedId != now.addressId || judgedEtag != now.addressEtag)
        return CallLocationCheck::State::RegistrationChanged;
    if (verdict == EmergencyCall::Verdict::Differs)
        return CallLocationCheck::State::Differs;
    if (verdict == EmergencyCall::Verdict::NoLocationSent)
        return CallLocationCheck::State::NoLocationSent;
    return CallLocationCheck::State::Matches;
}

QString callLocationSentence(const CallLocationCheck &check)
{
    const QString when = CallLocationText::callDay(check.call);
    const QString kind = CallLocationText::callKind(check.call);
    switch (check.state) {
    case CallLocationCheck::State::Matches:
        return CallLocationText::tr("The last %1 through Teams, on %2, sent the registered "
                                    "location.")
            .arg(kind, when);
    case CallLocationCheck::State::Differs:
        return CallLocationText::tr("The last %1 through Teams, on %2, sent a location that "
                                    "differs from the registration (%3).")
            .arg(kind, when, CallLocationText::fields(check.call.differences));
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
