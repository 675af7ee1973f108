#include "settings/EffectiveSettings.h"

#include "kiosk/KioskPinHash.h"
#include "settings/AppearanceSetting.h"
#include "settings/EmergencyAlertStyleSetting.h"
#include "settings/LanguageSetting.h"
#include "settings/PolicyValue.h"
#include "settings/TileUrlTemplate.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettings, "dispatchable.settings")

EffectiveSettings::EffectiveSettings(ManagedSettings managed, QSettings *user, QObject *parent)
    : QObject(parent)
    , m_managed(std::move(managed))
    , m_user(user)
{}

EffectiveSettings::EffectiveSettings(ManagedSettings managed, const QString &userFilePath,
                                     QObject *parent)
    : QObject(parent)
    , m_managed(std::move(managed))
    , m_ownedUser(std::make_unique<QSettings>(userFilePath, QSettings::IniFormat))
    , m_user(m_ownedUser.get())
{}

EffectiveSettings::~EffectiveSettings() = default;

void EffectiveSettings::setManaged(const ManagedSettings &managed)
{
    QHash<SettingKey, QVariant> before;
    QHash<SettingKey, bool> lockedBefore;
    for (const SettingKey key : SettingKeys::all()) {
        before.insert(key, describe(key));
        lockedBefore.insert(key, isLocked(key));
    }
    m_managed = managed;
    for (const SettingKey key : SettingKeys::all()) {
        if (describe(key) != before.value(key) || isLocked(key) != lockedBefore.value(key))
            emit changed(key);
    }
}

bool EffectiveSettings::isLocked(SettingKey key) const
{
    // When the organisation decides about kiosk mode, a PIN the user set must not open it.
    if (key == SettingKey::KioskPinHash && m_managed.isSet(SettingKey::KioskMode))
        return true;
    return m_managed.isSet(key);
}

AllowedBackendUrls EffectiveSettings::allowedBackendUrls() const
{
    return m_managed.allowedBackendUrls().value_or(AllowedBackendUrls::unrestricted());
}

PinnedCertificates EffectiveSettings::pinnedCertificates() const
{
    return m_managed.pinnedCertificates().value_or(PinnedCertificates::notManaged());
}

QString EffectiveSettings::backendRefusal(const QUrl &url) const
{
    if (proxy().mode == ProxySetting::Mode::Blocked)
        return tr("Your organisation's proxy setting is not valid, so Dispatchable does not "
                  "connect to %1. Ask your IT department to correct it.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return allowedBackendUrls().refusal(url);
}

ConnectionProfile EffectiveSettings::withManagedPin(ConnectionProfile profile) const
{
    const PinnedCertificates pins = pinnedCertificates();
    if (!pins.isManaged())
        return profile;
    const QString managedPin = pins.fingerprintFor(profile.backendUrl);
    if (PinnedCertificates::normalizeFingerprint(profile.certificateSha256) != managedPin)
        profile.certificateSubject.clear(); // the subject described the user's certificate
    profile.certificateSha256 = managedPin;
    return profile;
}

bool EffectiveSettings::kioskMode() const
{
    if (m_managed.kioskMode())
        return *m_managed.kioskMode();
    return PolicyValue::toBool(userValue(SettingKey::KioskMode)).value_or(false);
}

QString EffectiveSettings::kioskPinHash() const
{
    if (m_managed.kioskPinHash())
        return *m_managed.kioskPinHash();
    if (isLocked(SettingKey::KioskPinHash))
        return {};
    const QString stored = userValue(SettingKey::KioskPinHash).toString();
    return KioskPinHash::parse(stored) ? stored : QString();
}

QString EffectiveSettings::tileUrlTemplate() const
{
    if (m_managed.tileUrlTemplate())
        return *m_managed.tileUrlTemplate();
    const QVariant stored = userValue(SettingKey::TileUrlTemplate);
    if (!stored.isValid())
        return TileUrlTemplate::defaultTemplate();
    if (!TileUrlTemplate::problemWith(stored.toString()).isEmpty()) {
        qCWarning(lcSettings) << "ignoring an invalid tile address in the user's settings";
        return TileUrlTemplate::defaultTemplate();
    }
    return stored.toString().trimmed();
}

QString EffectiveSettings::language() const
{
    if (m_managed.language())
        return *m_managed.language();
    QString problem;
    return LanguageSetting::parse(userValue(SettingKey::Language).toString(), &problem)
        .value_or(QString());
}

ProxySetting EffectiveSettings::proxy() const
{
    if (m_managed.proxy())
        return *m_managed.proxy();
    QString problem;
    const std::optional<ProxySetting> stored =
        ProxySetting::parse(userValue(SettingKey::Proxy).toString(), &problem);
    if (!stored)
        qCWarning(lcSettings) << "ignoring an invalid proxy in the user's settings";
    return stored.value_or(ProxySetting{});
}

bool EffectiveSettings::setKioskMode(bool on, QString *error)
{
    return storeUserValue(SettingKey::KioskMode, on, error);
}

bool EffectiveSettings::setKioskPinHash(const QString &hash, QString *error)
{
    QString problem;
    if (!hash.isEmpty() && !KioskPinHash::parse(hash, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    return storeUserValue(SettingKey::KioskPinHash, hash, error);
}

bool EffectiveSettings::setTileUrlTemplate(const QString &urlTemplate, QString *error)
{
    const QString problem = TileUrlTemplate::problemWith(urlTemplate);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return storeUserValue(SettingKey::TileUrlTemplate, urlTemplate.trimmed(), error);
}

bool EffectiveSettings::setLanguage(const QString &code, QString *error)
{
    QString problem;
    return storeChoice(SettingKey::Language, LanguageSetting::parse(code, &problem), problem,
                       error);
}

bool EffectiveSettings::setProxy(const ProxySetting &proxy, QString *error)
{
    QString problem;
    // Round-trip through the text form: only what parse() accepts is stored.
    if (proxy.mode == ProxySetting::Mode::Blocked ||
        !ProxySetting::parse(proxy.toString(), &problem)) {
        if (error)
            *error = problem.isEmpty() ? tr("This proxy setting cannot be stored.") : problem;
        return false;
    }
    return storeUserValue(SettingKey::Proxy, proxy.toString(), error);
}

QString EffectiveSettings::appearance() const
{
    if (m_managed.appearance())
        return *m_managed.appearance();
    return AppearanceSetting::parse(userValue(SettingKey::Appearance).toString(), nullptr)
        .value_or(QStringLiteral("system"));
}

bool EffectiveSettings::setAppearance(const QString &code, QString *error)
{
    QString problem;
    return storeChoice(SettingKey::Appearance, AppearanceSetting::parse(code, &problem), problem,
                       error);
}

QString EffectiveSettings::emergencyAlertStyle() const
{
    if (m_managed.emergencyAlertStyle())
        return *m_managed.emergencyAlertStyle();
    const QVariant chosen = userValue(SettingKey::EmergencyAlertStyle);
    if (chosen.isValid()) {
        return EmergencyAlertStyleSetting::parse(chosen.toString(), nullptr)
            .value_or(EmergencyAlertStyleSetting::defaultCode());
    }
    const QString sound = QStringLiteral("desk/alertSound");
    const QString flashing = QStringLiteral("desk/alertFlashing");
    if (m_user->contains(sound) || m_user->contains(flashing))
        return EmergencyAlertStyleSetting::fromLegacy(m_user->value(sound, true).toBool(),
                                                      m_user->value(flashing, true).toBool());
    return EmergencyAlertStyleSetting::defaultCode();
}

bool EffectiveSettings::setEmergencyAlertStyle(const QString &code, QString *error)
{
    QString problem;
    return storeChoice(SettingKey::EmergencyAlertStyle,
                       EmergencyAlertStyleSetting::parse(code, &problem), problem, error);
}

QVariant EffectiveSettings::describe(SettingKey key) const
{
    switch (key) {
    case SettingKey::AllowedBackendUrls: {
        const AllowedBackendUrls allowed = allowedBackendUrls();
        return allowed.isRestricted() ? QVariant(allowed.entryTexts())
                                      : QVariant(QStringLiteral("*"));
    }
    case SettingKey::PinnedCertificates: {
        // A local copy: entries() refers into it, so a temporary would dangle.
        const PinnedCertificates pinned = pinnedCertificates();
        QStringList pins;
        for (const PinnedCertificates::Entry &entry : pinned.entries())
            pins.append(QString(entry.server.toString() + QLatin1Char(' ') + entry.fingerprint));
        return pinned.isManaged() ? QVariant(pins) : QVariant();
    }
    case SettingKey::KioskMode:
        return kioskMode();
    case SettingKey::KioskPinHash:
        // Whether a PIN is set, and a digest that changes with it, never the hash.
        return kioskPinHash().isEmpty() ? QVariant()
                                        : QVariant(QString::number(qHash(kioskPinHash()), 16));
    case SettingKey::TileUrlTemplate:
        return tileUrlTemplate();
    case SettingKey::Language:
        return language();
    case SettingKey::Proxy:
        return proxy().mode == ProxySetting::Mode::Blocked ? QStringLiteral("blocked")
                                                           : proxy().toString();
    case SettingKey::Appearance:
        return appearance();
    case SettingKey::EmergencyAlertStyle:
        return emergencyAlertStyle();
    }
    return {};
}

bool EffectiveSettings::refuseIfLocked(SettingKey key, QString *error) const
{
    if (!isLocked(key))
        return false;
    if (error)
        *error = tr("“%1” is set by your organisation.").arg(SettingKeys::displayName(key));
    return true;
}

bool EffectiveSettings::storeChoice(SettingKey key, const std::optional<QString> &parsed,
                                    const QString &problem, QString *error)
{
    if (!parsed) {
        if (error)
            *error = problem;
        return false;
    }
    return storeUserValue(key, *parsed, error);
}

bool EffectiveSettings::storeUserValue(SettingKey key, const QVariant &value, QString *error)
{
    if (refuseIfLocked(key, error))
        return false;
    const QVariant before = describe(key);
    m_user->setValue(SettingKeys::userSettingsName(key), value);
    m_user->sync();
    if (m_user->status() != QSettings::NoError) {
        if (error)
            *error = tr("The setting could not be saved to %1.").arg(m_user->fileName());
        return false;
    }
    if (describe(key) != before)
        emit changed(key);
    return true;
}

QVariant EffectiveSettings::userValue(SettingKey key) const
{
    const QString name = SettingKeys::userSettingsName(key);
    return name.isEmpty() ? QVariant() : m_user->value(name);
}
