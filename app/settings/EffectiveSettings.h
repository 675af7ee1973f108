// The settings the app runs with: the organisation's value where it manages a key (locked), the
// user's own value (QSettings, user scope) where it does not, and the default otherwise. Every
// reader asks here, never QSettings directly, so a managed value cannot be bypassed.
#pragma once

#include "auth/ConnectionProfile.h"
#include "settings/ManagedSettings.h"

#include <QObject>
#include <QSettings>

#include <memory>

class EffectiveSettings : public QObject
{
    Q_OBJECT
public:
    // `user` (not owned) holds the user's own values, e.g. a default-constructed QSettings.
    EffectiveSettings(ManagedSettings managed, QSettings *user, QObject *parent = nullptr);
    // The user's values in an ini file at `userFilePath` (tests).
    EffectiveSettings(ManagedSettings managed, const QString &userFilePath,
                      QObject *parent = nullptr);
    ~EffectiveSettings() override;

    const ManagedSettings &managed() const { return m_managed; }
    // New managed values (e.g. a policy refresh); emits changed() for each key that changed.
    void setManaged(const ManagedSettings &managed);

    // True when the organisation decides this key and the user cannot change it.
    bool isLocked(SettingKey key) const;
    QList<SettingProblem> problems() const { return m_managed.problems(); }
    QList<SettingProblem> problemsWith(SettingKey key) const { return m_managed.problemsWith(key); }

    AllowedBackendUrls allowedBackendUrls() const;
    PinnedCertificates pinnedCertificates() const;
    // Empty when the app may connect to `url`; otherwise one sentence saying why not (not on the
    // allowed list, or the organisation's proxy setting is broken).
    QString backendRefusal(const QUrl &url) const;
    // `profile` with the organisation's pin for its server in place of the one the user trusted
    // (none when the organisation pins certificates but not this server's).
    ConnectionProfile withManagedPin(ConnectionProfile profile) const;

    bool kioskMode() const;
    // "" when no PIN can leave kiosk mode.
    QString kioskPinHash() const;
    // "" turns map tiles off.
    QString tileUrlTemplate() const;
    // "" is the system's language.
    QString language() const;
    ProxySetting proxy() const;
    // "system", "light", "dark" or "high-contrast" (AppearanceSetting).
    QString appearance() const;
    // "sound-and-flashing", "sound", "flashing" or "silent" (EmergencyAlertStyleSetting).
    QString emergencyAlertStyle() const;

    // The user's own values. Each refuses (false, and a sentence in *error) a locked key or an
    // invalid value, and emits changed() when the effective value changed.
    bool setKioskMode(bool on, QString *error = nullptr);
    // Takes a hash made by KioskPinHash::create(), never a PIN.
    bool setKioskPinHash(const QString &hash, QString *error = nullptr);
    bool setTileUrlTemplate(const QString &urlTemplate, QString *error = nullptr);
    bool setLanguage(const QString &code, QString *error = nullptr);
    bool setProxy(const ProxySetting &proxy, QString *error = nullptr);
    bool setAppearance(const QString &code, QString *error = nullptr);
    bool setEmergencyAlertStyle(const QString &code, QString *error = nullptr);

    // The effective value in a comparable, loggable form (never the PIN hash itself).
    QVariant describe(SettingKey key) const;

signals:
    void changed(SettingKey key);

private:
    bool refuseIfLocked(SettingKey key, QString *error) const;
    bool storeUserValue(SettingKey key, const QVariant &value, QString *error);
    // A named choice as its setting parsed it: stored, or refused with `problem`.
    bool storeChoice(SettingKey key, const std::optional<QString> &parsed, const QString &problem,
                     QString *error);
    QVariant userValue(SettingKey key) const;

    ManagedSettings m_managed;
    std::unique_ptr<QSettings> m_ownedUser;
    QSettings *m_user = nullptr;
};
