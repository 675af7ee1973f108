#include "settings/ManagedSettings.h"

#include "kiosk/KioskPinHash.h"
#include "settings/AppearanceSetting.h"
#include "settings/EmergencyAlertStyleSetting.h"
#include "settings/LanguageSetting.h"
#include "settings/PolicyValue.h"
#include "settings/TileUrlTemplate.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcManaged, "dispatchable.settings.managed")

ManagedSettings ManagedSettings::load()
{
    return fromRaw(ManagedSettingsReader::read());
}

ManagedSettings ManagedSettings::fromIniFile(const QString &path)
{
    RawManagedSettings raw;
    ManagedSettingsReader::readIniFile(path, &raw);
    return fromRaw(raw);
}

ManagedSettings ManagedSettings::fromRaw(const RawManagedSettings &raw)
{
    ManagedSettings managed;
    managed.m_sources = raw.sources;
    managed.m_sourceOf = raw.sourceOf;
    for (const QString &problem : raw.problems) {
        qCWarning(lcManaged).noquote() << problem;
        managed.m_problems.append({std::nullopt, problem});
    }
    for (const SettingKey key : SettingKeys::all()) {
        if (raw.values.contains(key))
            managed.validate(key, raw.values.value(key));
    }
    // An organisation's file that exists but cannot be read may restrict connections: until it
    // can be read, allow no backend and send nothing to a tile server.
    for (const QString &source : raw.unreadable) {
        const QString message =
            tr("The managed settings in %1 could not be read. Until they can, Dispatchable "
               "connects to no backend and shows no map tiles.")
                .arg(source);
        qCWarning(lcManaged).noquote() << message;
        managed.m_problems.append({std::nullopt, message});
        if (!managed.m_allowedUrls)
            managed.m_allowedUrls = AllowedBackendUrls::nothing();
        if (!managed.m_pins)
            managed.m_pins = PinnedCertificates::fromList({}, nullptr);
        if (!managed.m_tileUrlTemplate)
            managed.m_tileUrlTemplate = QString();
    }
    return managed;
}

void ManagedSettings::validate(SettingKey key, const QVariant &value)
{
    QString problem;
    switch (key) {
    case SettingKey::AllowedBackendUrls: {
        QStringList problems;
        const QStringList entries = PolicyValue::toStringList(value);
        m_allowedUrls = AllowedBackendUrls::fromList(entries, &problems);
        for (const QString &entryProblem : problems)
            report(key, entryProblem, tr("This entry allows no backend."));
        if (entries.isEmpty())
            report(key, tr("The list is empty."), tr("No backend is allowed."));
        break;
    }
    case SettingKey::PinnedCertificates: {
        QStringList problems;
        m_pins = PinnedCertificates::fromList(PolicyValue::toStringList(value), &problems);
        for (const QString &entryProblem : problems)
            report(key, entryProblem,
                   tr("This entry pins nothing, and certificates you trusted yourself are not "
                      "used while your organisation pins certificates."));
        break;
    }
    case SettingKey::KioskMode:
        m_kioskMode = PolicyValue::toBool(value);
        if (!m_kioskMode) {
            m_kioskMode = true;
            report(key, tr("“%1” is neither true nor false.").arg(value.toString()),
                   tr("Kiosk mode stays on."));
        }
        break;
    case SettingKey::KioskPinHash: {
        const std::optional<QString> text = PolicyValue::toText(value);
        if (text && KioskPinHash::parse(*text, &problem)) {
            m_kioskPinHash = text->trimmed();
        } else {
            m_kioskPinHash = QString();
            // The value itself is never repeated: a hash of a short PIN can be guessed offline.
            report(key, text ? problem : tr("It is not text."), tr("No PIN can leave kiosk mode."));
        }
        break;
    }
    case SettingKey::TileUrlTemplate: {
        const std::optional<QString> text = PolicyValue::toText(value);
        problem = text ? TileUrlTemplate::problemWith(*text) : tr("It is not text.");
        m_tileUrlTemplate = problem.isEmpty() ? text->trimmed() : QString();
        if (!problem.isEmpty())
            report(key, problem, tr("The map shows no tiles."));
        break;
    }
    case SettingKey::Language: {
        const std::optional<QString> text = PolicyValue::toText(value);
        std::optional<QString> code;
        if (text)
            code = LanguageSetting::parse(*text, &problem);
        else
            problem = tr("It is not text.");
        m_language = code.value_or(QString());
        if (!code)
            report(key, problem, tr("Dispatchable uses the system's language."));
        break;
    }
    case SettingKey::Proxy: {
        const std::optional<QString> text = PolicyValue::toText(value);
        std::optional<ProxySetting> proxy;
        if (text)
            proxy = ProxySetting::parse(*text, &problem);
        else
            problem = tr("It is not text.");
        m_proxy = proxy.value_or(ProxySetting::blocked());
        if (!proxy)
            report(key, problem,
                   tr("Dispatchable does not connect to anything until it is fixed, rather than "
                      "bypass the proxy."));
        break;
    }
    case SettingKey::Appearance: {
        const std::optional<QString> text = PolicyValue::toText(value);
        const std::optional<QString> code =
            text ? AppearanceSetting::parse(*text, &problem) : std::nullopt;
        m_appearance = code.value_or(QStringLiteral("system"));
        if (!code)
            report(key, text ? problem : tr("It is not text."),
                   tr("Dispatchable uses the system's colours."));
        break;
    }
    case SettingKey::EmergencyAlertStyle: {
        const std::optional<QString> text = PolicyValue::toText(value);
        const std::optional<QString> code =
            text ? EmergencyAlertStyleSetting::parse(*text, &problem) : std::nullopt;
        m_emergencyAlertStyle = code.value_or(EmergencyAlertStyleSetting::fallbackCode());
        if (!code)
            report(key, text ? problem : tr("It is not text."),
                   tr("Emergency call alerts sound but do not flash."));
        break;
    }
    }
}

void ManagedSettings::report(SettingKey key, const QString &what, const QString &instead)
{
    const QString message =
        tr("Your organisation's setting “%1” (%2) is not valid: %3 %4")
            .arg(SettingKeys::displayName(key), m_sourceOf.value(key), what, instead);
    qCWarning(lcManaged).noquote() << message;
    m_problems.append({key, message});
}

bool ManagedSettings::isSet(SettingKey key) const
{
    switch (key) {
    case SettingKey::AllowedBackendUrls:
        return m_allowedUrls.has_value();
    case SettingKey::PinnedCertificates:
        return m_pins.has_value();
    case SettingKey::KioskMode:
        return m_kioskMode.has_value();
    case SettingKey::KioskPinHash:
        return m_kioskPinHash.has_value();
    case SettingKey::TileUrlTemplate:
        return m_tileUrlTemplate.has_value();
    case SettingKey::Language:
        return m_language.has_value();
    case SettingKey::Proxy:
        return m_proxy.has_value();
    case SettingKey::Appearance:
        return m_appearance.has_value();
    case SettingKey::EmergencyAlertStyle:
        return m_emergencyAlertStyle.has_value();
    }
    return false;
}

bool ManagedSettings::isEmpty() const
{
    const QList<SettingKey> keys = SettingKeys::all();
    return std::none_of(keys.cbegin(), keys.cend(), [this](SettingKey key) { return isSet(key); });
}

QList<SettingProblem> ManagedSettings::problemsWith(SettingKey key) const
{
    QList<SettingProblem> found;
    for (const SettingProblem &problem : m_problems) {
        if (problem.key == key)
            found.append(problem);
    }
    return found;
}
