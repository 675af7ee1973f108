// The Limitations page with the tenant's acknowledgement state.
#include "LimitationsDialog.h"

#include "LimitationsView.h"
#include "domain/Limitations.h"
#include "store/Cache.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

LimitationsDialog::LimitationsDialog(Cache &cache, const QString &tenantId,
                                     const QString &tenantName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("limitationsDialog"));
    setWindowTitle(tr("Limitations of emergency calling"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("What emergency calling from Teams cannot do. Tell the people who use these "
                      "phones."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *view = new LimitationsView(this);
    layout->addWidget(view, 1);

    if (!tenantId.isEmpty()) {
        const QList<DisclosureAcknowledgement> acks = cache.acknowledgements(tenantId);
        const QLocale locale;
        if (acks.isEmpty()) {
            m_ackText = tr("%1 has not acknowledged these limitations yet. Registering a number "
                           "with 911 asks for it.")
                            .arg(tenantName);
        } else {
            const DisclosureAcknowledgement &last = acks.last();
            const QString when =
                locale.toString(last.acknowledgedAt.toLocalTime(), QLocale::LongFormat);
            m_ackText =
                last.disclosureVersion == limitations::currentVersion
                    ? tr("✓ Acknowledged for %1 by %2 on %3 (text version %4).")
                          .arg(tenantName, last.acknowledgedByEmail, when, last.disclosureVersion)
                    : tr("✖ %1 acknowledged an older text (version %2, by %3 on %4). "
                         "This version must be acknowledged again before registering "
                         "more numbers.")
                          .arg(tenantName, last.disclosureVersion, last.acknowledgedByEmail, when);
        }
        auto *ack = new QLabel(m_ackText, this);
        ack->setObjectName(QStringLiteral("acknowledgementState"));
        ack->setAccessibleName(tr("Acknowledgement"));
        ack->setWordWrap(true);
        ack->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        layout->addWidget(ack);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    view->setFocus();
    resize(640, 560);
}

QString LimitationsDialog::acknowledgementText() const
{
    return m_ackText;
}
