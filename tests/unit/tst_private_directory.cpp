// The data directory is private to its owner: created 0700 whatever the umask, a profile folder
// that was left wider is narrowed, a shared parent (Keep) is never touched, and a folder that
// cannot be created says so. The cache and the outbox refuse to work in a folder or file they
// could not make private.
#include "platform/PrivateDirectory.h"
#include "store/Cache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// The mode bits as the file system has them (QFile::permissions mixes in the current user's).
mode_t modeOf(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestPrivateDirectory : public QObject
{
    Q_OBJECT

private slots:
    void createsOwnerOnlyWhateverTheUmask()
    {
        const UmaskGuard permissive(0);
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("a/b/profile"));
        QString error;
        QVERIFY2(platform::ensurePrivateDirectory(path, platform::ExistingFolder::Keep, &error),
                 qPrintable(error));
        QCOMPARE(modeOf(path), mode_t(0700));
    }

    void narrowsAnExistingProfileFolder()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkdir(path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
        QString error;
        QVERIFY(platform::ensurePrivateDirectory(path, platform::ExistingFolder::Narrow, &error));
        QCOMPARE(modeOf(path), mode_t(0700));
    }

    void leavesAnExistingSharedFolderAlone()
    {
        QTemporaryDir root;
        QVERIFY(::chmod(QFile::encodeName(root.path()).constData(), 0755) == 0);
        QString error;
        QVERIFY(
            platform::ensurePrivateDirectory(root.path(), platform::ExistingFolder::Keep, &error));
        QCOMPARE(modeOf(root.path()), mode_t(0755));
    }

    void saysWhyWhenTheFolderCannotBeCreated()
    {
        QTemporaryDir root;
        const QString blocker = root.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(!platform::ensurePrivateDirectory(blocker + QStringLiteral("/inside"),
                                                  platform::ExistingFolder::Narrow, &error));
        QVERIFY2(error.contains(QStringLiteral("could not be created")), qPrintable(error));
    }

    void theCacheCreatesItsFolderPrivate()
    {
        const UmaskGuard permissive(0);
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("profile"));
        Cache cache(QDir(folder).filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(cache.open(), qPrintable(cache.lastError()));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(QDir(folder).filePath(QStringLiteral("cache.sqlite"))), mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestPrivateDirectory)
#include "tst_private_directory.moc"
