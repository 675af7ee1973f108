// The settings an organisation pushed, validated. A key that is set is managed (locked for the
// user) even when its value is invalid; an invalid value is reported and replaced by the choice
// that cannot make the app less safe than the organisation intended:
//   AllowedBackendUrls  unreadable entries allow nothing (an empty list: no backend at all)
//   PinnedCertificates  unreadable entries pin nothing; user pins stay off
//   KioskMode           on
//   KioskPinHash        no PIN leaves kiosk mode
//   TileUrlTemplate     map tiles off
//   Language            the system's language
//   Proxy               no connection at all (never a silent direct connection)
//   Appearance          the system's colours
//   EmergencyAlertStyle sound without flashing (EmergencyAlertStyleSetting::fallbackCode)
#pragma once

#include "settings/AllowedBackendUrls.h"
#include "settings/ManagedSettingsReader.h"
#include "settings/PinnedCertificates.h"
#include "settings/ProxySetting.h"
#include "settings/SettingProblem.h"

#include <QCoreApplication>

class ManagedSettings
{
    Q_DECLARE_TR_FUNCTIONS(ManagedSettings)
public:
    // Nothing managed.
    ManagedSettings() = default;
    // What applies on this machine (see ManagedSettingsReader for the places).
    static ManagedSettings load();
    // One ini file and nothing else (tests).
    static ManagedSettings fromIniFile(const QString &path);
    static ManagedSettings fromRaw(const RawManagedSettings &raw);

    bool isSet(SettingKey key) const;
    bool isEmpty() const;
    QList<SettingProblem> problems() const { return m_problems; }
    QList<SettingProblem> problemsWith(SettingKey key) const;
    QStringList sources() const { return m_sources; }
    QString sourceOf(SettingKey key) const { return m_sourceOf.value(key); }

    // Each is nullopt when the organisation does not set the key.
    const std::optional<AllowedBackendUrls> &allowedBackendUrls() const { return m_allowedUrls; }
    const std::optional<PinnedCertificates> &pinnedCertificates() const { return m_pins; }
    const std::optional<bool> &kioskMode() const { return m_kioskMode; }
    // "" when set but invalid: no PIN leaves kiosk mode.
    const std::optional<QString> &kioskPinHash() const { return m_kioskPinHash; }
    const std::optional<QString> &tileUrlTemplate() const { return m_tileUrlTemplate; }
    const std::optional<QString> &language() const { return m_language; }
    const std::optional<ProxySetting> &proxy() const { return m_proxy; }
    const std::optional<QString> &appearance() const { return m_appearance; }
    const std::optional<QString> &emergencyAlertStyle() const { return m_emergencyAlertStyle; }

private:
    void validate(SettingKey key, const QVariant &value);
    void report(SettingKey key, const QString &what, const QString &instead);

    std::optional<AllowedBackendUrls> m_allowedUrls;
    std::optional<PinnedCertificates> m_pins;
    std::optional<bool> m_kioskMode;
    std::optional<QString> m_kioskPinHash;
    std::optional<QString> m_tileUrlTemplate;
    std::optional<QString> m_language;
    std::optional<ProxySetting> m_proxy;
    std::optional<QString> m_appearance;
    std::optional<QString> m_emergencyAlertStyle;
    QList<SettingProblem> m_problems;
    QStringList m_sources;
    QHash<SettingKey, QString> m_sourceOf;
};
