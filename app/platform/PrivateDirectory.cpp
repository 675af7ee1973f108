#include "platform/PrivateDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace platform {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrivateDirectory)
};

} // namespace

bool ensurePrivateDirectory(const QString &path, ExistingFolder existing, QString *error)
{
    const bool existed = QFileInfo(path).isDir();
    if (!existed && !QDir().mkpath(path)) {
        *error =
            Text::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(path));
        return false;
    }
#ifndef Q_OS_WIN
    if (existed && existing == ExistingFolder::Keep)
        return true;
    constexpr QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(path, ownerOnly)) {
        *error = Text::tr("The folder %1 could not be made private to this account.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
#else
    Q_UNUSED(existing)
#endif
    return true;
}

} // namespace platform
