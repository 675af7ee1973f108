// The exit codes of `dispatchable report`, for scripts that run scheduled audits. Documented in
// docs/reports.md; keep the two in step. A report was written only with 0 and 3.
#pragma once

enum class ReportExitCode : int {
    Written = 0,          // synced, then written
    Failed = 1,           // anything else went wrong (the message says what)
    BadUsage = 2,         // missing or wrong arguments, e.g. --format other than pdf or csv
    WrittenFromCache = 3, // the backend could not be reached: written from the offline cache
    UnknownTenant = 4,    // no such tenant (or not visible to this account)
    OutputNotWritable = 5,
    NoProfile = 6,   // no saved connection, or several and none chosen with --profile
    NoKeychain = 7,  // the keychain is unavailable or refused access
    NotSignedIn = 8, // nothing saved in the keychain, or the backend refused the token
    NoData = 9,      // the backend could not be reached and the cache has never synced
    Cancelled = 10,  // SIGINT/SIGTERM while syncing or writing: nothing was written
};
