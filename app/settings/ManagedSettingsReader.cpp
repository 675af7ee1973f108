#include "settings/ManagedSettingsReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
#if defined(Q_OS_WIN)
// Group Policy and Intune write machine policies under HKLM and user policies under HKCU; the
// machine's win, as they do for other policy-aware applications.
void readPlatform(RawManagedSettings *raw)
{
    for (const QString &path :
         {QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Dispatchable"),
          QStringLiteral("HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Dispatchable")}) {
        QSettings settings(path, QSettings::NativeFormat);
        if (!settings.childKeys().isEmpty())
            raw->mergeFrom(settings, path);
    }
}
#elif defined(Q_OS_MACOS)
// A configuration profile's payload for the bundle id lands in /Library/Managed Preferences
// (for the computer) or its per-user folder. QSettings reads a plist file in native format.
void readPlatform(RawManagedSettings *raw)
{
    const QString bundle = QStringLiteral(DISPATCHABLE_BUNDLE_ID);
    const QString user = qEnvironmentVariable("USER");
    QStringList paths{QStringLiteral("/Library/Managed Preferences/%1.plist").arg(bundle)};
    if (!user.isEmpty() && !user.contains(QLatin1Char('/')))
        paths.append(QStringLiteral("/Library/Managed Preferences/%1/%2.plist").arg(user, bundle));
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        QSettings settings(path, QSettings::NativeFormat);
        raw->mergeFrom(settings, path);
    }
}
#else
void readPlatform(RawManagedSettings *raw)
{
    for (const QString &path : ManagedSettingsReader::linuxSearchPaths()) {
        if (QFileInfo::exists(path))
            ManagedSettingsReader::readIniFile(path, raw);
    }
}
#endif
} // namespace

void RawManagedSettings::mergeFrom(QSettings &settings, const QString &source)
{
    if (settings.status() != QSettings::NoError) {
        // What the organisation meant is unknown: ManagedSettings fails closed for the keys that
        // guard connections.
        unreadable.append(source);
        return;
    }
    sources.append(source);
    for (const QString &name : settings.allKeys()) {
        const std::optional<SettingKey> key = SettingKeys::fromPolicyName(name);
        if (!key) {
            // Most likely a typo, which would otherwise silently leave the setting unmanaged.
            problems.append(QCoreApplication::translate(
                                "ManagedSettingsReader",
                                "%1 sets “%2”, which Dispatchable does not know; it is ignored.")
                                .arg(source, name));
            continue;
        }
        if (values.contains(*key))
            continue; // a place of higher priority set it already
        values.insert(*key, settings.value(name));
        sourceOf.insert(*key, source);
    }
}

namespace ManagedSettingsReader {
RawManagedSettings read()
{
    RawManagedSettings raw;
    readPlatform(&raw);
    const QString extra = qEnvironmentVariable(environmentVariable);
    if (!extra.isEmpty()) {
        if (QFileInfo::exists(extra))
            readIniFile(extra, &raw);
        else
            raw.problems.append(QCoreApplication::translate("ManagedSettingsReader",
                                                            "%1 names %2, which does not exist.")
                                    .arg(QLatin1StringView(environmentVariable), extra));
    }
    return raw;
}

void readIniFile(const QString &path, RawManagedSettings *raw)
{
    QSettings settings(path, QSettings::IniFormat);
    raw->mergeFrom(settings, QDir::toNativeSeparators(path));
}

QStringList linuxSearchPaths()
{
    // XDG Base Directory: the first directory is the most important; /etc/xdg when unset. It is
    // kept at the end even when the variable leaves it out, so the system's file always counts.
    QStringList dirs;
    for (const QString &dir : qEnvironmentVariable("XDG_CONFIG_DIRS").split(QLatin1Char(':'))) {
        // The spec ignores relative paths.
        if (QDir::isAbsolutePath(dir))
            dirs.append(QDir::cleanPath(dir));
    }
    if (!dirs.contains(QLatin1StringView("/etc/xdg")))
        dirs.append(QStringLiteral("/etc/xdg"));
    QStringList paths;
    for (const QString &dir : dirs)
        paths.append(QDir(dir).filePath(QStringLiteral("Dispatchable/managed.ini")));
    paths.removeDuplicates();
    return paths;
}
} // namespace ManagedSettingsReader
