#include "KioskSignInPanel.h"

#include "KioskLabels.h"

#include "kiosk/KioskDeviceSignIn.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>

KioskSignInPanel::KioskSignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(newKioskLabel(this, "kioskSignInHeading"))
    , m_instructions(newKioskLabel(this, "kioskSignInInstructions"))
    , m_code(newKioskLabel(this, "kioskSignInCode"))
    , m_url(newKioskLabel(this, "kioskSignInUrl"))
    , m_expiry(newKioskLabel(this, "kioskSignInExpiry"))
    , m_status(newKioskLabel(this, "kioskSignInStatus"))
{
    setObjectName(QStringLiteral("kioskSignInPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Sign-in needed"));
    m_heading->setText(tr("⚠ Sign-in needed: ask IT"));
    m_instructions->setText(tr("IT: on another device, open this page and enter the code, then "
                               "sign in with an auditor account. The figures above are the last "
                               "ones synced; their age is in the top corner."));
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The code and its countdown share the right-hand column: never broken over lines.
    m_code->setWordWrap(false);
    m_expiry->setWordWrap(false);
    m_url->setAccessibleName(tr("Sign-in page address"));
    m_expiry->setAccessibleName(tr("Time left to use the code"));
    m_status->setAccessibleName(tr("Sign-in state"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setHorizontalSpacing(32);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    layout->addWidget(m_instructions, 1, 0, 1, 2);
    layout->addWidget(m_url, 2, 0);
    layout->addWidget(m_code, 2, 1, Qt::AlignRight);
    layout->addWidget(m_status, 3, 0);
    layout->addWidget(m_expiry, 3, 1, Qt::AlignRight);
    layout->setColumnStretch(0, 1);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &KioskSignInPanel::updateExpiry);
    setTextScale(1.0);
    refresh();
}

void KioskSignInPanel::setSignIn(KioskDeviceSignIn *signIn)
{
    if (m_signIn)
        m_signIn->disconnect(this);
    m_signIn = signIn;
    if (signIn)
        connect(signIn, &KioskDeviceSignIn::changed, this, &KioskSignInPanel::refresh);
    refresh();
}

void KioskSignInPanel::setTextScale(qreal scale)
{
    setKioskTextSize(m_heading, 40 * scale, true);
    setKioskTextSize(m_instructions, 26 * scale);
    setKioskTextSize(m_url, 34 * scale, true);
    setKioskTextSize(m_code, 56 * scale, true);
    setKioskTextSize(m_status, 24 * scale);
    setKioskTextSize(m_expiry, 24 * scale);
}

QString KioskSignInPanel::headingText() const
{
    return m_heading->text();
}

QString KioskSignInPanel::userCodeText() const
{
    return m_code->text();
}

QString KioskSignInPanel::verificationUrlText() const
{
    return m_url->text();
}

QString KioskSignInPanel::statusText() const
{
    return m_status->text();
}

void KioskSignInPanel::refresh()
{
    const bool hasCode = m_signIn && !m_signIn->userCode().isEmpty();
    m_code->setText(hasCode ? m_signIn->userCode() : QString());
    m_url->setText(hasCode ? m_signIn->verificationUrl().toDisplayString() : QString());
    m_instructions->setVisible(hasCode);
    m_status->setText(m_signIn ? m_signIn->status() : QString());
    if (hasCode)
        m_countdown.start();
    else
        m_countdown.stop();
    updateExpiry();
    setAccessibleDescription(QStringList{
        m_heading->text(), m_instructions->isVisibleTo(this) ? m_instructions->text() : QString(),
        m_url->text(), m_code->text(), m_expiry->text(), m_status->text()}
                                 .join(u' ')
                                 .simplified());
}

void KioskSignInPanel::updateExpiry()
{
    const QDateTime expiresAt = m_signIn ? m_signIn->expiresAt() : QDateTime();
    if (!expiresAt.isValid() || m_code->text().isEmpty()) {
        m_expiry->clear();
        return;
    }
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expiresAt));
    m_expiry->setText(
        tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}
