#include "ConnectionDialog.h"

#include "CertificateView.h"
#include "auth/ConnectionProfileStore.h"
#include "settings/EffectiveSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int formPage = 0;
constexpr int certificatePage = 1;
} // namespace

ConnectionDialog::ConnectionDialog(ConnectionProfileStore *profiles,
                                   const EffectiveSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_allowed(new QLabel(this))
    , m_status(new QLabel(this))
    , m_certificate(new CertificateView(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to Your Backend"));
    // A health check is one quick question: do not keep the admin waiting through retries.
    m_http.setRetryPolicy(RetryPolicy{2, 200, 1000, 5000});
    m_http.setTransferTimeout(15000);

    auto *form = new QWidget(this);
    auto *intro = new QLabel(tr("Enter the address of the provisioning backend your provider "
                                "gave you. Dispatchable checks that it answers and that its "
                                "certificate can be trusted before you sign in."),
                             form);
    intro->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("backendUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://e911.example.com"));
    m_url->setAccessibleName(tr("Backend address"));
    m_url->setAccessibleDescription(tr("An https address."));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setPlaceholderText(tr("Production"));
    m_name->setAccessibleName(tr("Connection name"));
    m_name->setAccessibleDescription(tr("How this connection is shown in the window."));
    m_allowed->setObjectName(QStringLiteral("allowedBackends"));
    m_allowed->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *fields = new QFormLayout;
    fields->addRow(tr("Backend &address:"), m_url);
    fields->addRow(tr("Connection &name:"), m_name);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_allowed);
    formLayout->addWidget(m_status);
    formLayout->addStretch();
    m_pages->addWidget(form);
    m_pages->addWidget(m_certificate);

    if (m_settings && m_settings->allowedBackendUrls().isRestricted()) {
        const QStringList entries = m_settings->allowedBackendUrls().entryTexts();
        m_allowed->setText(
            entries.isEmpty()
                ? tr("Your organisation allows no backend on this computer. Ask your IT "
                     "department.")
                : tr("Your organisation allows only these backends:\n%1")
                      .arg(entries.join(QLatin1Char('\n'))));
    } else {
        m_allowed->hide();
    }

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setAccessibleDescription(
        tr("Pins this certificate for this connection. Enabled once you compared the "
           "fingerprint."));
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    for (QPushButton *button : {m_connect, m_trust, m_back, m_cancel})
        button->setAutoDefault(false);
    // The trust button must never be the default: Enter should not trust a certificate.
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToBackend);
    connect(m_trust, &QPushButton::clicked, this, &ConnectionDialog::trustPresented);
    connect(m_back, &QPushButton::clicked, this, [this] { showForm({}); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_certificate, &CertificateView::comparedChanged, this,
            &ConnectionDialog::updateButtons);
    connect(m_url, &QLineEdit::returnPressed, this, &ConnectionDialog::connectToBackend);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    setTabOrder(m_url, m_name);
    setTabOrder(m_name, m_connect);
    resize(640, 380);
    showForm({});
}

ConnectionDialog::~ConnectionDialog() = default;

bool ConnectionDialog::isShowingCertificate() const
{
    return m_pages->currentIndex() == certificatePage;
}

QString ConnectionDialog::statusText() const
{
    return m_status->text();
}

void ConnectionDialog::showForm(const QString &status)
{
    m_pages->setCurrentIndex(formPage);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    updateButtons();
    m_url->setFocus();
}

void ConnectionDialog::updateButtons()
{
    const bool onForm = m_pages->currentIndex() == formPage;
    m_connect->setVisible(onForm);
    m_connect->setEnabled(!m_busy);
    m_back->setVisible(!onForm);
    const bool trustOffered = !onForm && m_presented && !m_userPin &&
                              m_presented->kind == ApiError::Kind::CertificateUntrusted &&
                              !(m_settings && m_settings->pinnedCertificates().isManaged());
    m_trust->setVisible(trustOffered);
    m_trust->setEnabled(trustOffered && !m_busy && m_certificate->isComparedTicked());
    m_url->setEnabled(!m_busy);
    m_name->setEnabled(!m_busy);
    // The button box's focus proxy is its first button even when that one is hidden, and then
    // Tab stops at Connect (or the tick box) and never reaches Cancel: Tab goes to the buttons.
    m_cancel->parentWidget()->setFocusProxy(nullptr);
}

void ConnectionDialog::connectToBackend()
{
    if (m_busy)
        return;
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(m_url->text().trimmed());
    if (!check.ok())
        return showForm(check.error);
    if (m_settings) {
        if (const QString refusal = m_settings->backendRefusal(check.url); !refusal.isEmpty())
            return showForm(refusal);
    }
    m_checkedUrl = check.url;
    m_presented.reset();
    m_userPin = false;
    m_pin = m_settings && m_settings->pinnedCertificates().isManaged()
                ? m_settings->pinnedCertificates().fingerprintFor(m_checkedUrl)
                : QString();
    probe();
}

void ConnectionDialog::probe()
{
    m_busy = true;
    m_status->setText(tr("Contacting %1…").arg(m_checkedUrl.host()));
    m_status->show();
    updateButtons();
    m_http.setBaseUrl(m_checkedUrl);
    m_http.setPinnedFingerprint(m_pin);
    m_http.get(QStringLiteral("/v1/health"), {}, this,
               [this](const HttpResult &result) { onHealth(result); });
}

void ConnectionDialog::onHealth(const HttpResult &result)
{
    m_busy = false;
    if (result.ok())
        return finish();
    const ApiError &error = *result.error;
    if (error.isCertificateError())
        return onCertificateError(error);
    showForm(QString(error.message + QLatin1Char(' ') + error.advice));
}

void ConnectionDialog::onCertificateError(const ApiError &error)
{
    m_presented = error;
    // Only a certificate nobody vouched for can be pinned here. One issued for another name, an
    // expired one or one that no longer matches a pin is refused: no click makes those safe.
    const bool trustable = error.kind == ApiError::Kind::CertificateUntrusted;
    if (trustable && !m_userPin && !(m_settings && m_settings->pinnedCertificates().isManaged())) {
        m_certificate->showTrustPrompt(error);
    } else if (trustable && m_settings && m_settings->pinnedCertificates().isManaged()) {
        ApiError refusal = error;
        refusal.message = tr("Your organisation decides which certificates Dispatchable trusts, "
                             "and this server's certificate is not one of them.");
        refusal.advice = tr("Ask your IT department to add this server's fingerprint to the "
                            "managed configuration.");
        m_certificate->showRefusal(refusal, m_pin);
    } else {
        m_certificate->showRefusal(error, m_pin);
    }
    m_pages->setCurrentIndex(certificatePage);
    updateButtons();
    m_certificate->setFocus();
}

void ConnectionDialog::trustPresented()
{
    if (!m_presented || !m_certificate->isComparedTicked())
        return;
    // Connect again requiring exactly this certificate: proves the pin works before saving it.
    m_pin = m_presented->certificateFingerprint;
    m_userPin = true;
    probe();
}

void ConnectionDialog::finish()
{
    QString error;
    QString name = m_name->text().trimmed();
    if (name.isEmpty())
        name = m_checkedUrl.host();
    std::optional<ConnectionProfile> added = m_profiles->add(name, m_checkedUrl.toString(), &error);
    if (!added)
        return showForm(error);
    if (m_userPin &&
        !m_profiles->trustCertificate(added->id, m_pin, m_presented->certificateSubject)) {
        m_profiles->remove(added->id);
        return showForm(tr("The certificate could not be saved for this connection: your "
                           "organisation manages trusted certificates."));
    }
    m_profile = m_profiles->profile(added->id);
    accept();
}
