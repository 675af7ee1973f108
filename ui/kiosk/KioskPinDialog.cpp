#include "KioskPinDialog.h"

#include "kiosk/KioskPinHash.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

KioskPinDialog::KioskPinDialog(KioskPinGate *gate, QWidget *parent)
    : QDialog(parent)
    , m_gate(gate)
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Leave Kiosk Mode"), this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskPinDialog"));
    setWindowTitle(tr("Leave Kiosk Mode"));
    setModal(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    setFont(big);

    auto *intro = new QLabel(tr("Enter the kiosk PIN to leave the read-only audit view."), this);
    intro->setWordWrap(true);

    m_pin->setObjectName(QStringLiteral("kioskPin"));
    m_pin->setAccessibleName(tr("Kiosk PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_pin->setMaxLength(KioskPinHash::maximumPinLength);

    m_message->setObjectName(QStringLiteral("kioskPinMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("PIN check result"));

    m_unlock->setObjectName(QStringLiteral("kioskPinUnlock"));
    m_unlock->setAccessibleName(tr("Leave kiosk mode"));
    m_unlock->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unlock, QDialogButtonBox::AcceptRole);
    QPushButton *stay = buttons->addButton(tr("&Stay in Kiosk Mode"), QDialogButtonBox::RejectRole);
    stay->setObjectName(QStringLiteral("kioskPinStay"));
    stay->setAccessibleName(tr("Stay in kiosk mode"));
    stay->setAutoDefault(false);
    connect(m_unlock, &QPushButton::clicked, this, &KioskPinDialog::tryPin);
    connect(stay, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&PIN:"), m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setTabOrder(m_pin, m_unlock);
    setTabOrder(m_unlock, stay);

    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &KioskPinDialog::updateWait);
    updateWait();
    m_pin->setFocus();
}

QString KioskPinDialog::message() const
{
    return m_message->text();
}

void KioskPinDialog::tryPin()
{
    const QString pin = m_pin->text();
    m_pin->clear(); // the PIN never stays in the field, not even a wrong one
    const KioskPinGate::Outcome outcome = m_gate->tryPin(pin);
    if (outcome == KioskPinGate::Outcome::Unlocked) {
        m_message->clear();
        accept();
        return;
    }
    m_message->setText(m_gate->message(outcome));
    updateWait();
}

void KioskPinDialog::updateWait()
{
    const bool waiting = m_gate->remainingWait() > std::chrono::seconds::zero();
    m_unlock->setEnabled(!waiting);
    m_pin->setEnabled(!waiting);
    if (waiting) {
        // The gate's words for a running wait, with the seconds counting down.
        m_message->setText(m_gate->message(KioskPinGate::Outcome::MustWait));
        if (!m_waitTimer->isActive())
            m_waitTimer->start();
        return;
    }
    if (m_waitTimer->isActive()) {
        m_waitTimer->stop();
        m_message->setText(tr("The wait is over. Enter the PIN again."));
    }
    m_pin->setFocus();
}
