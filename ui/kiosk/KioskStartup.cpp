#include "KioskStartup.h"

#include "KioskLockedPage.h"
#include "KioskWindow.h"
#include "StartupFlow.h"
#include "api/HttpClient.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenStore.h"
#include "kiosk/KioskDeviceSignIn.h"
#include "kiosk/KioskLockNotice.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"

#include <QDir>
#include <QSettings>

KioskStartup::KioskStartup(QSettings *userSettings, const EffectiveSettings *settings,
                           TokenStore *tokens, const KioskOptions &options, QObject *parent)
    : QObject(parent)
    , m_userSettings(userSettings)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_options(options)
    , m_profiles(userSettings)
{
    m_profiles.setEffectiveSettings(settings);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(m_retryDelay);
    connect(&m_recheck, &QTimer::timeout, this, &KioskStartup::checkReachable);
}

KioskStartup::~KioskStartup() = default;

void KioskStartup::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelay = delay;
    m_recheck.setInterval(delay);
    if (m_signIn)
        m_signIn->setRetryDelay(delay);
}

KioskWindow *KioskStartup::window() const
{
    return m_launcher ? m_launcher->window() : nullptr;
}

QString KioskStartup::rememberedRoleKey(const QString &profileId)
{
    return QStringLiteral("kiosk/rememberedRole/") + profileId;
}

void KioskStartup::start()
{
    if (const std::optional<ConnectionProfile> profile = kioskProfile())
        openProfile(*profile);
    else
        lock(KioskLockNotice::noConnection());
}

std::optional<ConnectionProfile> KioskStartup::kioskProfile()
{
    const QString lastId = m_userSettings->value(StartupFlow::lastProfileKey()).toString();
    if (std::optional<ConnectionProfile> last = m_profiles.profile(lastId))
        return last;
    if (!m_profiles.profiles().isEmpty())
        return m_profiles.profiles().constFirst();
    // No saved connection: a kiosk has nobody to type one, so the organisation's list decides
    // when it names exactly one backend.
    const AllowedBackendUrls allowed = m_settings->allowedBackendUrls();
    if (!allowed.isRestricted() || allowed.entries().size() != 1 ||
        allowed.entries().constFirst().subdomains)
        return std::nullopt;
    const std::optional<ConnectionProfile> added =
        m_profiles.add(tr("Kiosk"), allowed.entries().constFirst().text);
    // Read back: profile() carries the organisation's pin for the backend, add() does not.
    return added ? m_profiles.profile(added->id) : std::nullopt;
}

void KioskStartup::launch(AppSession *session)
{
    m_launcher = std::make_unique<KioskLauncher>(session, m_settings, m_userSettings, m_options);
    if (session)
        window()->setRememberedRole(
            m_userSettings->value(rememberedRoleKey(session->profile().id)).toString());
}

void KioskStartup::lock(const KioskLockNotice &notice)
{
    if (!m_launcher)
        launch(m_session.get());
    window()->showLocked(notice);
}

void KioskStartup::openProfile(const ConnectionProfile &profile)
{
    if (const QString refusal = m_settings->backendRefusal(profile.backendUrl); !refusal.isEmpty())
        return lock(KioskLockNotice::backendNotAllowed(refusal));
    m_userSettings->setValue(StartupFlow::lastProfileKey(), profile.id);
    const QString dataDir = m_dataRoot.isEmpty() ? AppSession::defaultDataDir(profile)
                                                 : QDir(m_dataRoot).filePath(profile.id);
    m_session = std::make_unique<AppSession>(profile, m_tokens, dataDir);
    QString error;
    if (!m_session->open(&error)) {
        m_session.reset();
        return lock(KioskLockNotice::cacheUnusable(error));
    }
    wireSession(m_session.get());
    launch(m_session.get());
    m_session->tokenRefresher()->restore(this, [this](const TokenStoreResult &result) {
        onRestored(static_cast<int>(result.status));
    });
}

void KioskStartup::wireSession(AppSession *session)
{
    connect(session, &AppSession::meFailed, this, &KioskStartup::onRequestFailed);
    connect(session, &AppSession::syncFailed, this, &KioskStartup::onRequestFailed);
    connect(session, &AppSession::userChanged, this, [this, session] {
        if (session->isRoleKnown())
            m_userSettings->setValue(rememberedRoleKey(session->profile().id), session->role());
    });
    connect(session, &AppSession::onlineChanged, this, [this](bool online) {
        KioskWindow *kiosk = window();
        if (online && kiosk && kiosk->isLocked() &&
            kiosk->lockedPage()->notice().reason == KioskLockNotice::Reason::Unreachable)
            kiosk->clearLock();
    });
    // The refresh token was refused (expired, revoked): keep the figures, show a new code.
    connect(session->tokenRefresher(), &TokenRefresher::signedOut, this,
            [this](const QString &) { needSignIn(); });
}

void KioskStartup::onRestored(int status)
{
    if (static_cast<TokenStoreResult::Status>(status) == TokenStoreResult::Status::Ok)
        return m_session->startOrResume(); // a refused refresh token comes back as signedOut
    // No sign-in kept on this computer (or no keychain to keep one): sign in from another device.
    checkReachable();
}

void KioskStartup::checkReachable()
{
    // Before showing a code, make sure the backend answers with the certificate it should.
    m_session->http()->get(QStringLiteral("/v1/health"), {}, this, [this](const HttpResult &r) {
        if (r.error && r.error->isCertificateError())
            return refuseCertificate(*r.error);
        if (r.error) {
            lock(KioskLockNotice::unreachable(*r.error));
            m_recheck.start();
            return;
        }
        window()->clearLock();
        needSignIn();
    });
}

void KioskStartup::needSignIn()
{
    if (!m_signIn) {
        m_signIn = std::make_unique<KioskDeviceSignIn>(m_session->http(), m_tokens,
                                                       m_session->profile().id);
        m_signIn->setPollIntervalOverride(m_pollOverrideMs);
        m_signIn->setRetryDelay(m_retryDelay);
        connect(m_signIn.get(), &KioskDeviceSignIn::signedIn, this, &KioskStartup::onSignedIn);
        connect(m_signIn.get(), &KioskDeviceSignIn::certificateRefused, this,
                &KioskStartup::refuseCertificate);
    }
    window()->setSignInNeeded(m_signIn.get());
    m_signIn->start();
}

void KioskStartup::onSignedIn(const OAuthTokens &tokens)
{
    m_session->tokenRefresher()->startSession(tokens);
    window()->setSignInNeeded(nullptr);
    m_session->startOrResume();
}

void KioskStartup::onRequestFailed(const ApiError &error)
{
    if (error.isCertificateError())
        return refuseCertificate(error);
    // Nothing confirmed this connection's role yet, so there is nothing to show: say why.
    KioskWindow *kiosk = window();
    if (error.isTransient() && kiosk && !kiosk->isLocked() && !m_session->isRoleKnown() &&
        !kiosk->isShowingDashboard())
        lock(KioskLockNotice::unreachable(error));
}

void KioskStartup::refuseCertificate(const ApiError &error)
{
    // A certificate that is not the trusted one may be an interception: no code, no data.
    m_recheck.stop();
    if (m_signIn)
        m_signIn->stop();
    lock(KioskLockNotice::certificateRefused(
        error, m_session ? m_session->profile().certificateSha256 : QString()));
}
