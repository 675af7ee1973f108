#include "CallPlaceCheck.h"

#include "calls/CallLocationText.h"

QHash<QString, EmergencyCall> latestCallPerPlace(const QList<EmergencyCall> &calls)
{
    QHash<QString, EmergencyCall> latest;
    for (const EmergencyCall &call : calls) {
        if (!call.place || (call.place->verdict != EmergencyCall::Verdict::Matches &&
                            call.place->verdict != EmergencyCall::Verdict::Differs))
            continue;
        const auto it = latest.constFind(call.place->placeId);
        if (it == latest.cend() || call.startedAt > it->startedAt ||
            (call.startedAt == it->startedAt && call.id > it->id))
            latest.insert(call.place->placeId, call);
    }
    return latest;
}

CallLocationCheck checkCallPlace(const EmergencyCall &latest, const RegistrationOnFile &now)
{
    CallLocationCheck check;
    check.call = latest;
    check.state = latest.place ? judgedState(latest.place->addressId, latest.place->addressEtag,
                                             latest.place->verdict, now)
                               : CallLocationCheck::State::RegistrationChanged;
    return check;
}

QString callPlaceSentence(const CallLocationCheck &check)
{
    const QString when = CallLocationText::callDay(check.call);
    const QString kind = CallLocationText::callKind(check.call);
    switch (check.state) {
    case CallLocationCheck::State::Differs:
        return CallLocationText::tr("The last %1 through Teams from this place, on %2, sent it "
                                    "with another address (%3): Teams holds the place elsewhere. "
                                    "Correct the location in Teams, then test with 933.")
            .arg(kind, when,
                 check.call.place ? CallLocationText::fields(check.call.place->differences)
                                  : QString());
    case CallLocationCheck::State::Matches:
        return CallLocationText::tr("The last %1 through Teams from this place, on %2, sent its "
                                    "address.")
            .arg(kind, when);
    case CallLocationCheck::State::RegistrationChanged:
        return CallLocationText::tr("The place's address changed after the last %1 through "
                                    "Teams from it, on %2.")
            .arg(kind, when);
    case CallLocationCheck::State::NoLocationSent:
        break; // a call without a location names no place
    }
    return {};
}
