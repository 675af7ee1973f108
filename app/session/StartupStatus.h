// What the app is doing before it can show what was asked for: starting the demo backend,
// signing in, the first full sync (how far), or done. The window shows it as words and a
// progress bar the moment it opens, so start-up is never a blank screen.
#pragma once

#include <QString>

struct StartupStatus
{
    enum class Stage {
        StartingBackend, // the demo backend is generating its data
        SigningIn,       // asking who we are and for a change token
        FirstSync,       // the first full sync is writing the cache
        Ready,           // a complete sync is in the cache
        Stopped, // no complete sync, none running (failed, cancelled, offline): others say why
    };
    Stage stage = Stage::SigningIn;
    int tenantsDone = 0;
    int tenantsTotal = 0; // 0: not known yet
    qint64 numbers = 0;   // numbers written so far

    // "First sync: tenants 12 of 50, 23,000 numbers", for people.
    QString headline() const;
    // What it means for them meanwhile.
    QString detail() const;
    // Whether a Cancel makes sense at this stage (sign-in is brief and has nothing to undo).
    bool isCancellable() const
    {
        return stage == Stage::StartingBackend || stage == Stage::FirstSync;
    }
    // Whether there is anything to show: not once ready or stopped.
    bool isUnderWay() const { return stage != Stage::Ready && stage != Stage::Stopped; }
};
