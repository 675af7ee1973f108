#include "ParentWatch.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <cstdio>
#include <thread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

void exitWithParent()
{
#ifdef Q_OS_LINUX
    // SIGTERM's default action ends the process; SQLite's journal keeps the database whole.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    // A blocking read on its own thread works the same on every platform (a socket notifier
    // cannot watch a Windows pipe). The parent never writes: the read ends only at end of file,
    // which is also what a parent that died before this line leaves behind. Detached: at a
    // normal exit the process ends with the read still waiting.
    std::thread([] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }).detach();
}
