// How `dispatchable --kiosk` gets from start-up to a kiosk on the organisation's backend without
// ever showing the admin window: the last-used connection profile (with none, the one backend
// AllowedBackendUrls names), the refresh token from the keychain, else a device-code sign-in shown
// on the kiosk for another device, then an AppSession under the kiosk window. What stops it (no
// connection, a backend or certificate refused, a backend that does not answer, an unusable
// cache) locks the kiosk with what IT must configure; a sign-in that expires or is revoked keeps
// the cached figures on screen while the kiosk shows a new code.
#pragma once

#include "KioskLauncher.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/OAuthAnswer.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class ApiError;
class AppSession;
class EffectiveSettings;
class KioskDeviceSignIn;
class KioskLockNotice;
class KioskWindow;
class QSettings;
class TokenStore;

class KioskStartup : public QObject
{
    Q_OBJECT
public:
    // How long a kiosk waits before asking an unreachable backend again.
    static constexpr std::chrono::seconds defaultRetryDelay{30};

    // None of the pointers is owned; all must outlive this object. `userSettings` holds the
    // connection profiles, the last-used one and the wrong-PIN count.
    KioskStartup(QSettings *userSettings, const EffectiveSettings *settings, TokenStore *tokens,
                 const KioskOptions &options, QObject *parent = nullptr);
    ~KioskStartup() override;

    // Where each profile's cache goes (<dir>/<profile id>); default: AppSession::defaultDataDir.
    void setDataRoot(const QString &dir) { m_dataRoot = dir; }
    // Tests: how often the sign-in polls, and how long before an unreachable backend or a spent
    // sign-in code is tried again.
    void setPollIntervalOverride(int ms) { m_pollOverrideMs = ms; }
    void setRetryDelay(std::chrono::milliseconds delay);

    // Shows the kiosk window (and nothing else) at once; the rest follows as the backend answers.
    void start();
    // Shows the kiosk window locked with `notice`, and nothing else.
    void lock(const KioskLockNotice &notice);

    AppSession *session() const { return m_session.get(); }
    KioskWindow *window() const;
    // Null until a sign-in is needed.
    KioskDeviceSignIn *deviceSignIn() const { return m_signIn.get(); }

    // Where the role the backend last confirmed for a profile is kept, in `userSettings`.
    static QString rememberedRoleKey(const QString &profileId);

private:
    std::optional<ConnectionProfile> kioskProfile();
    void launch(AppSession *session);
    void openProfile(const ConnectionProfile &profile);
    void wireSession(AppSession *session);
    void onRestored(int status);
    void checkReachable();
    void needSignIn();
    void onSignedIn(const OAuthTokens &tokens);
    void onRequestFailed(const ApiError &error);
    void refuseCertificate(const ApiError &error);

    QSettings *m_userSettings;
    const EffectiveSettings *m_settings;
    TokenStore *m_tokens;
    KioskOptions m_options;
    ConnectionProfileStore m_profiles;
    QString m_dataRoot;
    int m_pollOverrideMs = 0;
    std::chrono::milliseconds m_retryDelay = defaultRetryDelay;
    QTimer m_recheck; // asks an unreachable backend again
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<KioskDeviceSignIn> m_signIn;
    // Last: the window goes before the sign-in and the session it shows.
    std::unique_ptr<KioskLauncher> m_launcher;
};
