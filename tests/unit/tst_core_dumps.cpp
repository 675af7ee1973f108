// The app turns off core dumps so tokens in memory never land in a crash file.
#include "platform/CoreDumps.h"

#include <QtTest>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

class TestCoreDumps : public QObject
{
    Q_OBJECT
private slots:
    void disablingCoreDumpsLeavesNoCoreLimit()
    {
        QVERIFY(disableCoreDumps());
#if defined(Q_OS_UNIX)
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
#endif
#if defined(Q_OS_LINUX)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_core_dumps.moc"
