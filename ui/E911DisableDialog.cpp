// The turn-off confirmation and what it puts in the outbox.
#include "E911DisableDialog.h"

#include "store/Cache.h"
#include "store/E911Requests.h"
#include "store/Outbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

E911DisableDialog::E911DisableDialog(Cache &cache, Outbox &outbox, const QString &tenantId,
                                     const QStringList &numbers, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_tenantId(tenantId)
    , m_reason(new QLineEdit(this))
    , m_turnOff(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("e911DisableDialog"));
    setWindowTitle(tr("Turn Off E911"));
    int alreadyBasic = 0;
    for (const QString &n : numbers) {
        const auto did = cache.did(tenantId, n);
        if (!did)
            continue;
        if (did->e911.state == E911State::Basic)
            ++alreadyBasic;
        else
            m_toTurnOff.append(*did);
    }
    const int n = int(m_toTurnOff.size());

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    QString what;
    if (n == 1)
        what = tr("<b>Turn off E911 for %1?</b>").arg(m_toTurnOff.first().nationalFormat);
    else
        what = tr("<b>Turn off E911 for %Ln numbers?</b>", nullptr, n);
    auto *message = new QLabel(
        QString(what + QStringLiteral("<p>") +
                tr("They fall back to <b>basic 911</b>: an emergency call still goes through, "
                   "but to a national call centre, and <b>the caller must say where they "
                   "are</b>. Responders no longer see the emergency address.") +
                QStringLiteral("</p>")),
        this);
    message->setObjectName(QStringLiteral("disableMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    top->addWidget(message, 1);
    layout->addLayout(top);
    if (alreadyBasic > 0) {
        auto *note = new QLabel(
            tr("%Ln of the selected numbers are on basic 911 already and stay as they are.",
               nullptr, alreadyBasic),
            this);
        note->setObjectName(QStringLiteral("alreadyBasicNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *reasonLabel = new QLabel(tr("&Reason (kept in the audit log):"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    m_reason->setObjectName(QStringLiteral("disableReason"));
    m_reason->setAccessibleName(tr("Reason for turning off E911"));
    m_reason->setPlaceholderText(tr("e.g. office closed, number moved to a service account"));
    m_reason->setMaxLength(500);
    layout->addWidget(m_reason);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    m_turnOff->setText(n == 1 ? tr("&Turn Off E911")
                              : tr("&Turn Off E911 for %Ln Numbers", nullptr, n));
    m_turnOff->setObjectName(QStringLiteral("disableButton"));
    m_turnOff->setAccessibleName(m_turnOff->text().remove(QLatin1Char('&')));
    m_turnOff->setAccessibleDescription(
        tr("Destructive: the numbers fall back to basic 911. Needs a reason."));
    m_turnOff->setAutoDefault(false);
    m_turnOff->setDefault(false);
    m_turnOff->setEnabled(false);
    // Destructive by words and icon first; red is only the second cue.
    m_turnOff->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    // The same box in every state, so enabling it does not change its size.
    m_turnOff->setStyleSheet(QStringLiteral(
        "QPushButton { border: 1px solid #7f0017; border-radius: 3px; padding: 5px 12px; }"
        "QPushButton:enabled { background: #b00020; color: white; }"
        "QPushButton:disabled { background: palette(button); color: palette(mid);"
        " border-color: palette(mid); }"
        "QPushButton:focus { border: 2px solid palette(highlight); }"));
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_turnOff);
    layout->addLayout(buttons);

    // Reason, then Cancel, then the destructive button last.
    QWidget::setTabOrder(m_reason, cancel);
    QWidget::setTabOrder(cancel, m_turnOff);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_turnOff->setEnabled(!m_toTurnOff.isEmpty() && !text.trimmed().isEmpty());
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_turnOff, &QPushButton::clicked, this, &E911DisableDialog::confirm);
    m_reason->setFocus();
    resize(560, sizeHint().height());
}

void E911DisableDialog::confirm()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty() || m_toTurnOff.isEmpty())
        return;
    QString error;
    m_queued = m_outbox.enqueue(e911requests::disable(m_tenantId, m_toTurnOff, reason), &error);
    if (m_queued.isEmpty()) {
        m_error->setText(tr("Turning off could not be saved; nothing was sent: %1").arg(error));
        m_error->show();
        return;
    }
    accept();
}
