#include "SignInDialog.h"

#include "api/HttpClient.h"
#include "auth/TokenStore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int codePage = 0;
constexpr int sessionOnlyPage = 1;
} // namespace

SignInDialog::SignInDialog(const ConnectionProfile &profile, HttpClient *http, TokenStore *tokens,
                           QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_http(http)
    , m_tokenStore(tokens)
    , m_pages(new QStackedWidget(this))
    , m_reason(new QLabel(this))
    , m_instructions(new QLabel(this))
    , m_code(new QLabel(this))
    , m_url(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy Code"), this))
    , m_open(new QPushButton(tr("&Open Sign-in Page"), this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_sessionOnlyText(new QLabel(this))
    , m_sessionOnly(new QPushButton(tr("&Stay Signed In for This Session Only"), this))
    , m_noSession(new QPushButton(tr("&Don't Sign In"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to %1").arg(profile.displayName));

    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_instructions->setWordWrap(true);
    m_instructions->setText(tr("Open the sign-in page in your browser, sign in there with your "
                               "account for %1, and enter this code when asked:")
                                .arg(profile.displayName));
    m_code->setObjectName(QStringLiteral("userCode"));
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.6);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setText(tr("…"));
    m_url->setObjectName(QStringLiteral("verificationUrl"));
    m_url->setAccessibleName(tr("Sign-in page address"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_url->setAlignment(Qt::AlignCenter);
    m_expiry->setObjectName(QStringLiteral("codeExpiry"));
    m_expiry->setAccessibleName(tr("Time left to use the code"));
    m_expiry->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setAccessibleName(tr("Sign-in state"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_copy->setAccessibleName(tr("Copy the sign-in code"));
    m_open->setObjectName(QStringLiteral("openSignInPageButton"));
    m_open->setAccessibleName(tr("Open the sign-in page in the browser"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    for (QPushButton *button : {m_copy, m_open, m_retry, m_cancel, m_sessionOnly, m_noSession})
        button->setAutoDefault(false);
    m_open->setDefault(true);

    auto *codePageWidget = new QWidget(this);
    auto *codeButtons = new QHBoxLayout;
    codeButtons->addStretch();
    codeButtons->addWidget(m_copy);
    codeButtons->addWidget(m_open);
    codeButtons->addStretch();
    auto *codeLayout = new QVBoxLayout(codePageWidget);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_reason);
    codeLayout->addWidget(m_instructions);
    codeLayout->addSpacing(8);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_url);
    codeLayout->addLayout(codeButtons);
    codeLayout->addWidget(m_expiry);
    codeLayout->addWidget(m_status);
    codeLayout->addStretch();

    auto *sessionPage = new QWidget(this);
    m_sessionOnlyText->setObjectName(QStringLiteral("sessionOnlyText"));
    m_sessionOnlyText->setWordWrap(true);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_noSession->setObjectName(QStringLiteral("noSessionButton"));
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addStretch();
    sessionButtons->addWidget(m_noSession);
    sessionButtons->addWidget(m_sessionOnly);
    auto *sessionLayout = new QVBoxLayout(sessionPage);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->addWidget(m_sessionOnlyText);
    sessionLayout->addStretch();
    sessionLayout->addLayout(sessionButtons);

    m_pages->addWidget(codePageWidget);
    m_pages->addWidget(sessionPage);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_retry);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addLayout(bottom);
    setTabOrder(m_open, m_copy);
    setTabOrder(m_copy, m_retry);
    setTabOrder(m_retry, m_cancel);
    resize(560, 300);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_userCode.isEmpty())
            QGuiApplication::clipboard()->setText(m_userCode);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_openUrl.isValid())
            QDesktopServices::openUrl(m_openUrl);
    });
    connect(m_retry, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::cancelSignIn);
    connect(m_sessionOnly, &QPushButton::clicked, this, &SignInDialog::acceptSessionOnly);
    connect(m_noSession, &QPushButton::clicked, this, &QDialog::reject);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::updateCountdown);
    m_retry->hide();
}

SignInDialog::~SignInDialog()
{
    if (m_flow)
        m_flow->disconnect(this);
}

void SignInDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

bool SignInDialog::isOfferingSessionOnly() const
{
    return m_pages->currentIndex() == sessionOnlyPage;
}

void SignInDialog::startSignIn()
{
    if (m_flow && m_flow->isRunning())
        return;
    m_pages->setCurrentIndex(codePage);
    m_userCode.clear();
    m_openUrl.clear();
    m_code->setText(tr("…"));
    m_url->clear();
    m_expiry->clear();
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_retry->hide();
    m_cancel->setText(tr("Cancel"));
    setStatus(tr("Asking %1 for a sign-in code…").arg(m_profile.displayName));
    // A fresh flow per attempt: a finished one cannot be restarted.
    m_flow = std::make_unique<DeviceFlow>(m_http, m_tokenStore, m_profile.id);
    m_flow->setPollIntervalOverride(m_pollOverrideMs);
    connect(m_flow.get(), &DeviceFlow::codeReady, this, &SignInDialog::onCodeReady);
    connect(m_flow.get(), &DeviceFlow::finished, this, &SignInDialog::onFinished);
    connect(m_flow.get(), &DeviceFlow::pollIntervalChanged, this, [this](int ms) {
        setStatus(tr("Waiting for you to sign in. The server asked to be asked less often: "
                     "checking every %n second(s).",
                     nullptr, (ms + 999) / 1000));
    });
    m_flow->start();
}

void SignInDialog::onCodeReady(const QString &userCode, const QUrl &verificationUri,
                               const QUrl &verificationUriComplete, const QDateTime &expiresAt)
{
    m_userCode = userCode;
    m_openUrl = verificationUriComplete.isValid() ? verificationUriComplete : verificationUri;
    m_expiresAt = expiresAt;
    m_code->setText(userCode);
    m_url->setText(verificationUri.toDisplayString());
    m_copy->setEnabled(true);
    m_open->setEnabled(true);
    m_open->setFocus();
    setStatus(tr("Waiting for you to sign in with the browser…"));
    updateCountdown();
    m_countdown.start();
}

void SignInDialog::updateCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    if (left <= 0) {
        m_expiry->setText(tr("The code has expired."));
        m_countdown.stop();
        return;
    }
    m_expiry->setText(
        tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void SignInDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SignInDialog::onFinished(const DeviceFlowResult &result)
{
    m_countdown.stop();
    switch (result.outcome) {
    case DeviceFlowResult::Outcome::SignedIn:
        m_tokens = result.tokens;
        setStatus(tr("✓ Signed in."));
        accept();
        return;
    case DeviceFlowResult::Outcome::KeychainUnavailable:
    case DeviceFlowResult::Outcome::KeychainFailed:
        offerSessionOnly(result);
        return;
    case DeviceFlowResult::Outcome::Cancelled:
        setStatus(tr("Sign-in cancelled."));
        break;
    case DeviceFlowResult::Outcome::Failed:
        setStatus(result.error ? QString(QStringLiteral("✖ ") + result.error->message +
                                         QLatin1Char(' ') + result.error->advice)
                               : QString(QStringLiteral("✖ ") + result.message));
        break;
    default: // Expired, Denied, Rejected: DeviceFlow's words say which.
        setStatus(QString(QStringLiteral("✖ ") + result.message));
        break;
    }
    m_code->setText(tr("—"));
    m_expiry->clear();
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_retry->show();
    m_retry->setFocus();
    m_cancel->setText(tr("Close"));
}

void SignInDialog::offerSessionOnly(const DeviceFlowResult &result)
{
    m_pending = result.tokens;
    m_sessionOnlyText->setText(
        tr("You are signed in, but %1\n\nDispatchable can keep you signed in for this session "
           "only: your sign-in is kept in memory and never written to disk. When you quit "
           "Dispatchable you will have to sign in again with a new code. Your offline copy and "
           "any changes waiting to be sent are kept either way.")
            .arg(result.message));
    m_pages->setCurrentIndex(sessionOnlyPage);
    m_retry->hide();
    m_cancel->hide();
    m_sessionOnly->setFocus();
}

void SignInDialog::acceptSessionOnly()
{
    if (!m_pending)
        return;
    m_tokenStore->setSessionOnly(true);
    const OAuthTokens tokens = *m_pending;
    // Kept in memory so a rotated refresh token has somewhere to go.
    m_tokenStore->write(m_profile.id, TokenStore::Secret::RefreshToken, tokens.refreshToken, this,
                        [this, tokens](const TokenStoreResult &) {
                            m_tokens = tokens;
                            accept();
                        });
}

void SignInDialog::cancelSignIn()
{
    if (m_flow && m_flow->isRunning()) {
        m_flow->disconnect(this);
        m_flow->cancel();
    }
    reject();
}
