// First start (or a new connection): the backend's URL and a name for it, checked against the
// organisation's allowed list, then "Connect" asks the backend's /v1/health. A certificate the
// system does not trust leads to the trust prompt (fingerprint, subject, validity); trusting
// pins it in the new profile. A changed, expired or wrong-host certificate is refused in words,
// with no way to trust it from here.
#pragma once

#include "api/ApiError.h"
#include "api/HttpClient.h"
#include "auth/ConnectionProfile.h"

#include <QDialog>

#include <optional>

class CertificateView;
class ConnectionProfileStore;
class EffectiveSettings;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `profiles` receives the new profile; `settings` (may be null) carries the organisation's
    // allowed list and pins. Neither is owned.
    ConnectionDialog(ConnectionProfileStore *profiles, const EffectiveSettings *settings,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The saved profile once the dialog was accepted.
    std::optional<ConnectionProfile> profile() const { return m_profile; }

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *trustButton() const { return m_trust; }
    CertificateView *certificateView() const { return m_certificate; }
    bool isShowingCertificate() const;
    QString statusText() const;

private:
    void connectToBackend();
    void probe();
    void onHealth(const HttpResult &result);
    void onCertificateError(const ApiError &error);
    void trustPresented();
    void finish();
    void showForm(const QString &status);
    void updateButtons();

    ConnectionProfileStore *m_profiles;
    const EffectiveSettings *m_settings;
    HttpClient m_http;
    QUrl m_checkedUrl;
    QString m_pin;          // the fingerprint the probe requires (managed or just trusted)
    bool m_userPin = false; // m_pin is the user's choice, to be saved in the profile
    std::optional<ApiError> m_presented;
    std::optional<ConnectionProfile> m_profile;
    bool m_busy = false;

    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLabel *m_allowed;
    QLabel *m_status;
    CertificateView *m_certificate;
    QPushButton *m_connect;
    QPushButton *m_trust;
    QPushButton *m_back;
    QPushButton *m_cancel;
};
