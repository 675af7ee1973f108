// What a number's last call through Teams says about its E911 registration: the location Teams
// sent with the call against the address on file. A difference means the next emergency call
// from that number will likely reach the wrong centre or send responders to the wrong door, so
// the number is flagged wherever it shows until the registration changes or a later call
// matches. 911 and 933 calls both count: each carries the location Teams would send.
#pragma once

#include "calls/EmergencyCall.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct CallLocationCheck
{
    enum class State : quint8 {
        Matches,
        Differs,
        NoLocationSent,
        // The registration was edited or replaced after the call: the call proves nothing now.
        RegistrationChanged,
    };

    EmergencyCall call; // the latest call that says something about the location
    State state = State::Matches;

    bool isFlagged() const { return state == State::Differs; }
};

// The E911 address a number has on file now (empty id: none).
struct RegistrationOnFile
{
    QString addressId;
    QString addressEtag;
};

// Each number's latest call (by start time) whose verdict compares the location: matches,
// differs, or no location sent. Calls without a number are left out.
QHash<QString, EmergencyCall> latestCallPerNumber(const QList<EmergencyCall> &calls);

// The check of `latest` against the registration on file now.
CallLocationCheck checkCallLocation(const EmergencyCall &latest, const RegistrationOnFile &now);

// The state of a verdict given against an address (`judgedId` as it was at `judgedEtag`), now
// that the address on file is `now`: RegistrationChanged once either moved on.
CallLocationCheck::State judgedState(const QString &judgedId, const QString &judgedEtag,
                                     EmergencyCall::Verdict verdict, const RegistrationOnFile &now);

// "The last call from Teams, on 5 Dec 2026, sent a different street and ZIP code." and the
// like, in one sentence for a tooltip, the detail pane or the report.
QString callLocationSentence(const CallLocationCheck &check);
