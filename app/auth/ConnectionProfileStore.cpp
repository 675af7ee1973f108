#include "ConnectionProfileStore.h"

#include "settings/EffectiveSettings.h"

#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProfiles, "dispatchable.auth.profiles")

namespace {
const QString groupName = QStringLiteral("connections");
const QString keyName = QStringLiteral("displayName");
const QString keyUrl = QStringLiteral("url");
const QString keyAccount = QStringLiteral("account");
const QString keyFingerprint = QStringLiteral("certificateSha256");
const QString keySubject = QStringLiteral("certificateSubject");
const QString keyHttp2 = QStringLiteral("http2");

// Profile ids become settings groups and keychain key prefixes: only generated UUIDs are valid.
bool isValidId(const QString &id)
{
    return !id.isEmpty() && !QUuid::fromString(id).isNull();
}

QString sameServer(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(0));
}
} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

ConnectionProfileStore::ConnectionProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{}

ConnectionProfileStore::~ConnectionProfileStore() = default;

void ConnectionProfileStore::setEffectiveSettings(const EffectiveSettings *settings)
{
    if (m_effective)
        disconnect(m_effective, nullptr, this, nullptr);
    m_effective = settings;
    if (m_effective) {
        connect(m_effective, &EffectiveSettings::changed, this, [this](SettingKey key) {
            if (key == SettingKey::PinnedCertificates || key == SettingKey::AllowedBackendUrls)
                emit profilesChanged();
        });
    }
    emit profilesChanged();
}

bool ConnectionProfileStore::refusedByPolicy(const QUrl &url, QString *error) const
{
    const QString refusal = m_effective ? m_effective->backendRefusal(url) : QString();
    if (refusal.isEmpty())
        return false;
    if (error)
        *error = refusal;
    return true;
}

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    m_settings->beginGroup(groupName);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ConnectionProfile> out;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString &id) const
{
    std::optional<ConnectionProfile> p = storedProfile(id);
    if (p && m_effective)
        p = m_effective->withManagedPin(*p);
    return p;
}

std::optional<ConnectionProfile> ConnectionProfileStore::storedProfile(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    m_settings->beginGroup(QString(groupName + QLatin1Char('/') + id));
    ConnectionProfile p;
    p.id = id;
    p.displayName = m_settings->value(keyName).toString();
    p.account = m_settings->value(keyAccount).toString();
    p.certificateSha256 = m_settings->value(keyFingerprint).toString();
    p.certificateSubject = m_settings->value(keySubject).toString();
    p.http2Enabled = m_settings->value(keyHttp2, true).toBool();
    const QString url = m_settings->value(keyUrl).toString();
    m_settings->endGroup();
    // A hand-edited file must not smuggle in a URL the rules refuse.
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(url);
    if (!check.ok()) {
        qCWarning(lcProfiles) << "ignoring connection profile" << id << "with an invalid URL";
        return std::nullopt;
    }
    p.backendUrl = check.url;
    return p;
}

std::optional<ConnectionProfile> ConnectionProfileStore::add(const QString &displayName,
                                                             const QString &url, QString *error)
{
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(url);
    if (!check.ok()) {
        if (error)
            *error = check.error;
        return std::nullopt;
    }
    if (refusedByPolicy(check.url, error))
        return std::nullopt;
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.displayName = displayName.trimmed().isEmpty() ? check.url.host() : displayName.trimmed();
    p.backendUrl = check.url;
    write(p);
    if (!commit()) {
        if (error)
            *error = tr("The connection could not be saved to %1.").arg(m_settings->fileName());
        return std::nullopt;
    }
    emit profilesChanged();
    return p;
}

bool ConnectionProfileStore::update(const ConnectionProfile &profile, QString *error)
{
    const std::optional<ConnectionProfile> stored = storedProfile(profile.id);
    if (!stored) {
        if (error)
            *error = tr("This connection no longer exists.");
        return false;
    }
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(profile.backendUrl.toString());
    if (!check.ok()) {
        if (error)
            *error = check.error;
        return false;
    }
    if (refusedByPolicy(check.url, error))
        return false;
    ConnectionProfile merged = profile;
    merged.backendUrl = check.url;
    merged.certificateSha256 = stored->certificateSha256;
    merged.certificateSubject = stored->certificateSubject;
    // A pin vouches for one server's certificate; it must not follow the profile elsewhere.
    if (sameServer(stored->backendUrl) != sameServer(merged.backendUrl)) {
        merged.certificateSha256.clear();
        merged.certificateSubject.clear();
    }
    write(merged);
    if (!commit()) {
        if (error)
            *error = tr("The connection could not be saved to %1.").arg(m_settings->fileName());
        return false;
    }
    emit profilesChanged();
    return true;
}

bool ConnectionProfileStore::remove(const QString &id)
{
    if (!storedProfile(id))
        return false;
    m_settings->remove(QString(groupName + QLatin1Char('/') + id));
    const bool ok = commit();
    emit profilesChanged();
    return ok;
}

bool ConnectionProfileStore::trustCertificate(const QString &id, const QString &fingerprint,
                                              const QString &subject)
{
    std::optional<ConnectionProfile> p = storedProfile(id);
    if (!p || fingerprint.trimmed().isEmpty())
        return false;
    if (m_effective && m_effective->pinnedCertificates().isManaged()) {
        qCWarning(lcProfiles) << "not pinning a certificate for profile" << id
                              << "because the organisation pins certificates";
        return false;
    }
    qCInfo(lcProfiles) << "pinning certificate" << fingerprint << "for profile" << id;
    p->certificateSha256 = fingerprint.trimmed();
    p->certificateSubject = subject;
    write(*p);
    const bool ok = commit();
    emit profilesChanged();
    return ok;
}

bool ConnectionProfileStore::forgetCertificate(const QString &id)
{
    std::optional<ConnectionProfile> p = storedProfile(id);
    if (!p)
        return false;
    p->certificateSha256.clear();
    p->certificateSubject.clear();
    write(*p);
    const bool ok = commit();
    emit profilesChanged();
    return ok;
}

bool ConnectionProfileStore::setAccount(const QString &id, const QString &email)
{
    std::optional<ConnectionProfile> p = storedProfile(id);
    if (!p)
        return false;
    p->account = email;
    write(*p);
    const bool ok = commit();
    emit profilesChanged();
    return ok;
}

void ConnectionProfileStore::write(const ConnectionProfile &p)
{
    m_settings->beginGroup(QString(groupName + QLatin1Char('/') + p.id));
    m_settings->setValue(keyName, p.displayName);
    m_settings->setValue(keyUrl, p.backendUrl.toString());
    m_settings->setValue(keyAccount, p.account);
    m_settings->setValue(keyFingerprint, p.certificateSha256);
    m_settings->setValue(keySubject, p.certificateSubject);
    m_settings->setValue(keyHttp2, p.http2Enabled);
    m_settings->endGroup();
}

bool ConnectionProfileStore::commit()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcProfiles) << "could not write" << m_settings->fileName();
        return false;
    }
    return true;
}
