#include "CoreDumps.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(Q_OS_LINUX)
    // Not dumpable: no core file, and /proc/<pid>/mem is closed to other processes.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    // Windows writes no dump unless WER is configured to; nothing to switch off here.
    return ok;
}
