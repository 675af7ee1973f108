#include "kiosk/KioskDeviceSignIn.h"

KioskDeviceSignIn::KioskDeviceSignIn(HttpClient *http, TokenStore *tokens, const QString &profileId,
                                     QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_profileId(profileId)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(defaultRetryDelay);
    connect(&m_retry, &QTimer::timeout, this, &KioskDeviceSignIn::start);
}

KioskDeviceSignIn::~KioskDeviceSignIn()
{
    if (m_flow)
        m_flow->disconnect(this);
}

void KioskDeviceSignIn::start()
{
    if (m_flow)
        return;
    m_retry.stop();
    m_userCode.clear();
    m_verificationUrl.clear();
    m_expiresAt = QDateTime();
    // A fresh flow per code: a finished one cannot be restarted.
    m_flow = std::make_unique<DeviceFlow>(m_http, m_tokens, m_profileId);
    m_flow->setPollIntervalOverride(m_pollOverrideMs);
    connect(m_flow.get(), &DeviceFlow::codeReady, this, &KioskDeviceSignIn::onCodeReady);
    connect(m_flow.get(), &DeviceFlow::finished, this, &KioskDeviceSignIn::onFinished);
    setStatus(tr("Asking the backend for a sign-in code…"));
    m_flow->start();
}

void KioskDeviceSignIn::stop()
{
    m_retry.stop();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->cancel();
        m_flow.release()->deleteLater(); // it may be inside one of its own signals
    }
}

void KioskDeviceSignIn::onCodeReady(const QString &userCode, const QUrl &verificationUri,
                                    const QUrl &, const QDateTime &expiresAt)
{
    // The plain address, not the one with the code in it: the code is typed on the other device,
    // so a photo of the screen alone does not sign anyone in.
    m_userCode = userCode;
    m_verificationUrl = verificationUri;
    m_expiresAt = expiresAt;
    setStatus(tr("Waiting for the sign-in on another device…"));
}

void KioskDeviceSignIn::onFinished(const DeviceFlowResult &result)
{
    m_flow.release()->deleteLater(); // finished() comes from inside the flow
    m_userCode.clear();
    m_verificationUrl.clear();
    m_expiresAt = QDateTime();
    if (result.tokens &&
        (result.signedIn() || result.outcome == DeviceFlowResult::Outcome::KeychainUnavailable ||
         result.outcome == DeviceFlowResult::Outcome::KeychainFailed)) {
        setStatus(result.signedIn()
                      ? tr("Signed in.")
                      : tr("Signed in until the kiosk restarts: %1").arg(result.message));
        emit signedIn(*result.tokens);
        return;
    }
    if (result.outcome == DeviceFlowResult::Outcome::Cancelled)
        return;
    if (result.error && result.error->isCertificateError()) {
        setStatus(result.error->message);
        emit certificateRefused(*result.error);
        return;
    }
    const QString why = result.error ? result.error->message : result.message;
    setStatus(tr("%1 A new code follows shortly.").arg(why));
    m_retry.start();
}

void KioskDeviceSignIn::setStatus(const QString &status)
{
    m_status = status;
    emit changed();
}
