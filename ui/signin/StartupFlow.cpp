#include "StartupFlow.h"

#include "CertificateView.h"
#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "api/HttpClient.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenStore.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

StartupFlow::StartupFlow(MainWindow *window, QSettings *userSettings,
                         const EffectiveSettings *settings, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_userSettings(userSettings)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_profiles(userSettings)
{
    m_profiles.setEffectiveSettings(settings);
}

StartupFlow::~StartupFlow()
{
    delete m_connectionDialog;
    delete m_signInDialog;
    delete m_refusal;
}

ConnectionDialog *StartupFlow::connectionDialog() const
{
    return m_connectionDialog;
}

SignInDialog *StartupFlow::signInDialog() const
{
    return m_signInDialog;
}

QDialog *StartupFlow::certificateRefusal() const
{
    return m_refusal;
}

CertificateView *StartupFlow::certificateRefusalView() const
{
    return m_refusalView;
}

QString StartupFlow::lastProfileKey()
{
    return QStringLiteral("startup/lastProfile");
}

void StartupFlow::start()
{
    const QString lastId = m_userSettings->value(lastProfileKey()).toString();
    std::optional<ConnectionProfile> profile = m_profiles.profile(lastId);
    if (!profile && !m_profiles.profiles().isEmpty())
        profile = m_profiles.profiles().constFirst();
    if (profile)
        openProfile(*profile);
    else
        askForConnection();
}

void StartupFlow::askForConnection()
{
    m_window->showNotConnected(tr("Not connected yet"),
                               tr("Connect to the provisioning backend your provider gave you."));
    auto *dialog = new ConnectionDialog(&m_profiles, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto profile = dialog->profile())
            openProfile(*profile);
    });
    dialog->open();
}

void StartupFlow::showConnectionDialog()
{
    if (m_session || m_connectionDialog)
        return;
    askForConnection();
}

void StartupFlow::openProfile(const ConnectionProfile &profile)
{
    if (m_settings) {
        if (const QString refusal = m_settings->backendRefusal(profile.backendUrl);
            !refusal.isEmpty()) {
            m_window->showNotConnected(tr("This connection is not allowed"), refusal);
            return;
        }
    }
    m_userSettings->setValue(lastProfileKey(), profile.id);
    const QString dataDir = m_dataRoot.isEmpty() ? AppSession::defaultDataDir(profile)
                                                 : QDir(m_dataRoot).filePath(profile.id);
    m_session = std::make_unique<AppSession>(profile, m_tokens, dataDir);
    QString error;
    if (!m_session->open(&error)) {
        m_session.reset();
        m_window->showNotConnected(tr("The offline copy could not be opened"), error);
        return;
    }
    AppSession *session = m_session.get();
    // The cached data shows at once, even before sign-in finished.
    m_window->setSession(session);
    connect(session, &AppSession::meFailed, this, &StartupFlow::onRequestFailed);
    connect(session, &AppSession::syncFailed, this, &StartupFlow::onRequestFailed);
    connect(session, &AppSession::userChanged, this, [this, session] {
        if (!session->userEmail().isEmpty())
            m_profiles.setAccount(session->profile().id, session->userEmail());
    });
    // The refresh token was refused (revoked, expired): sign in again, keep everything else.
    connect(session->tokenRefresher(), &TokenRefresher::signedOut, this,
            [this](const QString &reason) { signIn(reason); });
    emit sessionCreated(session);
    session->tokenRefresher()->restore(this, [this](const TokenStoreResult &result) {
        onRestored(static_cast<int>(result.status));
    });
}

void StartupFlow::onRestored(int status)
{
    switch (static_cast<TokenStoreResult::Status>(status)) {
    case TokenStoreResult::Status::Ok:
        // The first request refreshes the access token; a refused one comes back as signedOut.
        onSignedIn();
        return;
    case TokenStoreResult::Status::KeychainUnavailable:
        signIn(tr("There is no keychain on this computer to keep you signed in."));
        return;
    case TokenStoreResult::Status::Failed:
        signIn(tr("Your sign-in could not be read from the keychain."));
        return;
    case TokenStoreResult::Status::NotFound:
        checkThenSignIn();
        return;
    }
}

void StartupFlow::checkThenSignIn()
{
    // Before showing a code, make sure the certificate is still the one that was trusted.
    m_session->http()->get(QStringLiteral("/v1/health"), {}, this, [this](const HttpResult &r) {
        if (r.error && r.error->isCertificateError())
            return refuseCertificate(*r.error);
        signIn({});
    });
}

void StartupFlow::signIn(const QString &reason)
{
    if (!m_session || m_signInDialog)
        return;
    auto *dialog = new SignInDialog(m_session->profile(), m_session->http(), m_tokens, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPollIntervalOverride(m_pollOverrideMs);
    if (!reason.isEmpty())
        dialog->setReason(reason);
    m_signInDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto tokens = dialog->tokens(); tokens && m_session) {
            m_session->tokenRefresher()->startSession(*tokens);
            onSignedIn();
        }
    });
    dialog->open();
    dialog->startSignIn();
}

void StartupFlow::onSignedIn()
{
    m_session->startOrResume();
    emit signedIn();
}

void StartupFlow::onRequestFailed(const ApiError &error)
{
    if (error.isCertificateError())
        refuseCertificate(error);
}

void StartupFlow::refuseCertificate(const ApiError &error)
{
    if (m_refusal)
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("certificateRefusal"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connection Refused"));
    auto *view = new CertificateView(dialog);
    view->showRefusal(error, m_session ? m_session->profile().certificateSha256 : QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(640, 400);
    m_refusal = dialog;
    m_refusalView = view;
    dialog->open();
}

void StartupFlow::signOut()
{
    if (!m_session || !m_session->tokenRefresher()->isSignedIn())
        return;
    m_session->tokenRefresher()->signOut(this, [this](const SignOutResult &result) {
        emit signOutFinished(result.revoked);
        signIn(tr("You signed out."));
    });
}
