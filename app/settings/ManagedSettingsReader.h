// Finds and reads the settings an organisation pushed, without judging them (ManagedSettings
// validates). Where they come from, highest priority first:
//   Windows  HKLM\SOFTWARE\Policies\Dispatchable, then HKCU\SOFTWARE\Policies\Dispatchable
//   macOS    /Library/Managed Preferences/<bundle id>.plist, then …/<user>/<bundle id>.plist
//   Linux    <dir>/Dispatchable/managed.ini for each dir of $XDG_CONFIG_DIRS, then /etc/xdg
//   any      the ini file named by $DISPATCHABLE_MANAGED_CONFIG, lowest (tests, trials)
// A key set in several places takes the value of the first.
#pragma once

#include "settings/SettingKey.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

class QSettings;

struct RawManagedSettings
{
    QHash<SettingKey, QVariant> values;
    QHash<SettingKey, QString> sourceOf; // where each value came from, for messages
    QStringList sources;                 // every place that was found and read
    QStringList problems;                // unknown keys, a missing file
    QStringList unreadable;              // places that exist but could not be read

    // Takes the keys of `settings` that are not set yet; `source` names it for people.
    void mergeFrom(QSettings &settings, const QString &source);
};

namespace ManagedSettingsReader {
// The environment variable that adds an ini file (lowest priority).
inline constexpr char environmentVariable[] = "DISPATCHABLE_MANAGED_CONFIG";
// Everything that applies to this user on this machine.
RawManagedSettings read();
// One ini file (what Linux and $DISPATCHABLE_MANAGED_CONFIG use).
void readIniFile(const QString &path, RawManagedSettings *raw);
// The managed.ini files Linux looks at, highest priority first.
QStringList linuxSearchPaths();
} // namespace ManagedSettingsReader
