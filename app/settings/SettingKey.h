// The settings an organisation can manage (and most of which a user can also set): one enum, and
// for each key the name it has in a policy (registry value, plist key, ini key), the name of the
// user's own value in QSettings, and the words that name it for people.
#pragma once

#include <QList>
#include <QString>

#include <optional>

enum class SettingKey {
    AllowedBackendUrls,  // which backends the app may connect to
    PinnedCertificates,  // the certificate each backend must present
    KioskMode,           // start in the read-only kiosk audit view
    KioskPinHash,        // the salted hash of the PIN that leaves kiosk mode
    TileUrlTemplate,     // where map tiles come from ("" turns map tiles off)
    Language,            // the language of the user interface
    Proxy,               // how the app reaches the network
    Appearance,          // the system's colours, or light, dark or high contrast
    EmergencyAlertStyle, // how the desk's alert for a 911 call gets attention
};

namespace SettingKeys {
// Every key, in the order the documentation and the settings dialog list them.
QList<SettingKey> all();
// "AllowedBackendUrls", …: the value's name in the registry, a configuration profile or
// managed.ini.
QString policyName(SettingKey key);
// Case-insensitive, as registry value names are.
std::optional<SettingKey> fromPolicyName(const QString &name);
// The user's own value in QSettings; empty for keys only an organisation sets.
QString userSettingsName(SettingKey key);
bool isUserSettable(SettingKey key);
// "Allowed backend addresses", translated: how messages and the settings dialog name the key.
QString displayName(SettingKey key);
} // namespace SettingKeys
