// Keeps the connection profiles in QSettings: several backends (production, staging, the demo),
// each with its URL, account, HTTP/2 switch and pinned certificate. Only what is safe to keep in
// a plain file goes here; tokens live in TokenStore.
#pragma once

#include "auth/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

class EffectiveSettings;

class ConnectionProfileStore : public QObject
{
    Q_OBJECT
public:
    // Uses `settings` (not owned), e.g. the application's QSettings.
    explicit ConnectionProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Uses an INI file at `filePath` (tests point this at a temporary file).
    explicit ConnectionProfileStore(const QString &filePath, QObject *parent = nullptr);
    ~ConnectionProfileStore() override;

    // The organisation's rules (allowed backends, pinned certificates), not owned; null: none.
    // With them, add() and update() refuse a backend that is not allowed, profile() carries the
    // organisation's pin instead of the user's, and trustCertificate() is refused while the
    // organisation pins certificates.
    void setEffectiveSettings(const EffectiveSettings *settings);

    QList<ConnectionProfile> profiles() const; // by display name
    std::optional<ConnectionProfile> profile(const QString &id) const;

    // A new profile with a fresh id; nullopt and *error (words for the user) when the URL breaks
    // the rules in ConnectionProfile::checkBackendUrl().
    std::optional<ConnectionProfile> add(const QString &displayName, const QString &url,
                                         QString *error = nullptr);
    // Saves name, URL, account and the HTTP/2 switch. The pinned certificate is NOT taken from
    // `profile`: it changes only through trustCertificate(), and it is dropped when the URL now
    // points at another server.
    bool update(const ConnectionProfile &profile, QString *error = nullptr);
    bool remove(const QString &id);

    // The user looked at this certificate (subject and SHA-256 fingerprint) and chose to trust it
    // for this profile: trust on first use, or replacing a pin after a deliberate re-check.
    bool trustCertificate(const QString &id, const QString &fingerprint, const QString &subject);
    bool forgetCertificate(const QString &id);
    // Records whom the profile is signed in as (from GET /v1/me).
    bool setAccount(const QString &id, const QString &email);

    QString fileName() const { return m_settings->fileName(); }

signals:
    void profilesChanged();

private:
    // As saved, without the organisation's pin: what write() may store back.
    std::optional<ConnectionProfile> storedProfile(const QString &id) const;
    bool refusedByPolicy(const QUrl &url, QString *error) const;
    void write(const ConnectionProfile &profile);
    bool commit();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    const EffectiveSettings *m_effective = nullptr;
};
