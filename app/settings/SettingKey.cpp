#include "settings/SettingKey.h"

#include <QCoreApplication>

namespace {
struct KeyInfo
{
    SettingKey key;
    const char *policyName;
    const char *userName; // nullptr: only an organisation sets it
    const char *displayName;
};

// The user's values live under "settings/" so they never collide with window state.
constexpr KeyInfo keyInfos[] = {
    {SettingKey::AllowedBackendUrls, "AllowedBackendUrls", nullptr,
     QT_TRANSLATE_NOOP("SettingKey", "Allowed backend addresses")},
    {SettingKey::PinnedCertificates, "PinnedCertificates", nullptr,
     QT_TRANSLATE_NOOP("SettingKey", "Pinned certificates")},
    {SettingKey::KioskMode, "KioskMode", "settings/kioskMode",
     QT_TRANSLATE_NOOP("SettingKey", "Kiosk mode")},
    {SettingKey::KioskPinHash, "KioskPinHash", "settings/kioskPinHash",
     QT_TRANSLATE_NOOP("SettingKey", "Kiosk PIN")},
    {SettingKey::TileUrlTemplate, "TileUrlTemplate", "settings/tileUrlTemplate",
     QT_TRANSLATE_NOOP("SettingKey", "Map tile server")},
    {SettingKey::Language, "Language", "settings/language",
     QT_TRANSLATE_NOOP("SettingKey", "Language")},
    {SettingKey::Proxy, "Proxy", "settings/proxy", QT_TRANSLATE_NOOP("SettingKey", "Proxy")},
    {SettingKey::Appearance, "Appearance", "settings/appearance",
     QT_TRANSLATE_NOOP("SettingKey", "Appearance")},
    {SettingKey::EmergencyAlertStyle, "EmergencyAlertStyle", "settings/emergencyAlertStyle",
     QT_TRANSLATE_NOOP("SettingKey", "Emergency call alerts")},
};

const KeyInfo &infoOf(SettingKey key)
{
    for (const KeyInfo &info : keyInfos) {
        if (info.key == key)
            return info;
    }
    Q_UNREACHABLE();
}
} // namespace

namespace SettingKeys {
QList<SettingKey> all()
{
    QList<SettingKey> keys;
    for (const KeyInfo &info : keyInfos)
        keys.append(info.key);
    return keys;
}

QString policyName(SettingKey key)
{
    return QLatin1StringView(infoOf(key).policyName);
}

std::optional<SettingKey> fromPolicyName(const QString &name)
{
    for (const KeyInfo &info : keyInfos) {
        if (name.compare(QLatin1StringView(info.policyName), Qt::CaseInsensitive) == 0)
            return info.key;
    }
    return std::nullopt;
}

QString userSettingsName(SettingKey key)
{
    const char *name = infoOf(key).userName;
    return name ? QString(QLatin1StringView(name)) : QString();
}

bool isUserSettable(SettingKey key)
{
    return infoOf(key).userName != nullptr;
}

QString displayName(SettingKey key)
{
    return QCoreApplication::translate("SettingKey", infoOf(key).displayName);
}
} // namespace SettingKeys
