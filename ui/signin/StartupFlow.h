// How the app gets from start-up to a signed-in, syncing window with a backend of the user's
// own: the last-used connection profile (or the connection dialog on first start), the refresh
// token from the keychain, else the device-code sign-in, then an AppSession on a TokenRefresher.
// A refused refresh token brings the sign-in back for the same profile; the session (its cache
// and outbox) stays, so no queued edit is lost. A refused certificate stops everything with a
// dialog that says why, never with a way to trust the new certificate in one click.
#pragma once

#include "auth/ConnectionProfileStore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AppSession;
class CertificateView;
class ConnectionDialog;
class EffectiveSettings;
class MainWindow;
class QDialog;
class QSettings;
class SignInDialog;
class TokenStore;
class ApiError;

class StartupFlow : public QObject
{
    Q_OBJECT
public:
    // None of the arguments is owned; all must outlive this object. `userSettings` holds the
    // connection profiles and which one was used last.
    StartupFlow(MainWindow *window, QSettings *userSettings, const EffectiveSettings *settings,
                TokenStore *tokens, QObject *parent = nullptr);
    ~StartupFlow() override;

    // Where each profile's cache goes (<dir>/<profile id>); default: AppSession::defaultDataDir.
    void setDataRoot(const QString &dir) { m_dataRoot = dir; }
    // Tests: how often the sign-in polls, instead of the server's interval.
    void setPollIntervalOverride(int ms) { m_pollOverrideMs = ms; }

    // Opens the last-used profile, or asks for a backend on first start.
    void start();

    AppSession *session() const { return m_session.get(); }
    ConnectionProfileStore *profiles() { return &m_profiles; }
    // The dialog on screen of each kind; null when there is none.
    ConnectionDialog *connectionDialog() const;
    SignInDialog *signInDialog() const;
    QDialog *certificateRefusal() const;
    CertificateView *certificateRefusalView() const;

    static QString lastProfileKey();

public slots:
    // Shows the connection dialog again (after it was cancelled). Ignored once a session exists:
    // switching backends needs a fresh window.
    void showConnectionDialog();
    // Revokes the refresh token at the backend, removes it from the keychain and offers to sign
    // in again. Profiles, the cache and the outbox stay.
    void signOut();

signals:
    // A session exists and is shown in the window (before it is signed in): wire dialogs to it.
    void sessionCreated(AppSession *session);
    void signedIn();
    // After signOut(): `revoked` is whether the backend confirmed the revocation.
    void signOutFinished(bool revoked);

private:
    void askForConnection();
    void openProfile(const ConnectionProfile &profile);
    void onRestored(int status);
    void checkThenSignIn();
    void signIn(const QString &reason);
    void onSignedIn();
    void onRequestFailed(const ApiError &error);
    void refuseCertificate(const ApiError &error);

    MainWindow *m_window;
    QSettings *m_userSettings;
    const EffectiveSettings *m_settings;
    TokenStore *m_tokens;
    ConnectionProfileStore m_profiles;
    QString m_dataRoot;
    int m_pollOverrideMs = 0;
    std::unique_ptr<AppSession> m_session;
    QPointer<ConnectionDialog> m_connectionDialog;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QDialog> m_refusal;
    QPointer<CertificateView> m_refusalView;
};
