// The three steps of registering numbers with 911, and what confirming puts in the outbox.
#include "E911EnableDialog.h"

#include "AddressPicker.h"
#include "DialogParts.h"
#include "LimitationsView.h"
#include "domain/AddressLine.h"
#include "domain/FeeQuote.h"
#include "domain/Limitations.h"
#include "store/Cache.h"
#include "store/E911Requests.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

E911EnableDialog::E911EnableDialog(Cache &cache, Outbox &outbox, const QString &tenantId,
                                   const QString &tenantName, const QStringList &numbers,
                                   QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_tenantId(tenantId)
    , m_tenantName(tenantName)
    , m_pages(new QStackedWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("e911EnableDialog"));
    setWindowTitle(tr("Register With 911"));
    for (const QString &n : numbers) {
        if (auto did = cache.did(tenantId, n))
            m_dids.append(*did);
        else
            m_missing.append(n);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b00020;"
                                          " padding: 6px;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_pages->addWidget(buildAcknowledgePage());
    m_pages->addWidget(buildAddressPage());
    m_pages->addWidget(buildConfirmPage());

    if (needsAcknowledgement(cache, outbox, tenantId)) {
        m_pages->setCurrentIndex(AcknowledgePage);
        m_ackCheck->setFocus();
    } else {
        m_pages->setCurrentIndex(AddressPage);
        m_picker->setFocus();
    }
    resize(680, 520);
}

E911EnableDialog::Page E911EnableDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString E911EnableDialog::statement() const
{
    return m_statement->text();
}

bool E911EnableDialog::needsAcknowledgement(Cache &cache, const Outbox &outbox,
                                            const QString &tenantId)
{
    for (const DisclosureAcknowledgement &a : cache.acknowledgements(tenantId))
        if (a.disclosureVersion == limitations::currentVersion)
            return false;
    // Acknowledged here but not yet synced back: asking again would only annoy.
    for (const OutboxEntry &e : outbox.entries())
        if (e.kind == OutboxKind::Acknowledgement && e.tenantId == tenantId &&
            e.target == limitations::currentVersion && e.state != OutboxState::Failed)
            return false;
    return true;
}

QWidget *E911EnableDialog::buildAcknowledgePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    auto *heading = wrappedLabel(
        tr("<b>Before registering numbers with 911, %1 must acknowledge what emergency calling "
           "from Teams cannot do.</b>")
            .arg(m_tenantName.toHtmlEscaped()),
        page);
    layout->addWidget(heading);
    layout->addWidget(new LimitationsView(page), 1);
    m_ackCheck = new QCheckBox(
        tr("I have read these limitations and acknowledge them for %1").arg(m_tenantName), page);
    m_ackCheck->setObjectName(QStringLiteral("acknowledgeCheck"));
    m_ackCheck->setAccessibleName(m_ackCheck->text());
    layout->addWidget(m_ackCheck);
    auto *buttons = new QHBoxLayout;
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), page);
    m_ackButton = deliberateButton(tr("&Acknowledge and Continue"),
                                   QStringLiteral("acknowledgeButton"), page);
    m_ackButton->setAccessibleDescription(
        tr("Records the acknowledgement for this tenant and sends it to the backend"));
    m_ackButton->setEnabled(false);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_ackButton);
    layout->addLayout(buttons);
    QWidget::setTabOrder(m_ackCheck, m_ackButton);
    QWidget::setTabOrder(m_ackButton, cancel);
    connect(m_ackCheck, &QCheckBox::toggled, m_ackButton, &QPushButton::setEnabled);
    connect(m_ackButton, &QPushButton::clicked, this, &E911EnableDialog::acknowledge);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *E911EnableDialog::buildAddressPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    const int count = int(m_dids.size() + m_missing.size());
    layout->addWidget(wrappedLabel(
        count == 1 ? tr("<b>Choose the emergency address for this number.</b>")
                   : tr("<b>Choose the emergency address for %Ln numbers.</b>", nullptr, count),
        page));
    layout->addWidget(
        wrappedLabel(tr("Emergency responders are sent here when someone dials 911 "
                        "from these numbers. Only validated US addresses can be used."),
                     page));
    m_picker = new AddressPicker(page);
    m_picker->setAddresses(m_cache.addresses(m_tenantId));
    layout->addWidget(m_picker, 1);
    auto *buttons = new QHBoxLayout;
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), page);
    m_nextButton = deliberateButton(tr("&Next"), QStringLiteral("addressNextButton"), page);
    m_nextButton->setEnabled(false);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_nextButton);
    layout->addLayout(buttons);
    connect(m_picker, &AddressPicker::selectionChanged, this,
            [this] { m_nextButton->setEnabled(m_picker->selectedAddress().has_value()); });
    connect(m_picker, &AddressPicker::addressActivated, this, &E911EnableDialog::showConfirmation);
    connect(m_nextButton, &QPushButton::clicked, this, &E911EnableDialog::showConfirmation);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *E911EnableDialog::buildConfirmPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_statement = wrappedLabel(QString(), page);
    m_statement->setObjectName(QStringLiteral("confirmStatement"));
    m_statement->setAccessibleName(tr("What will be registered and what it costs"));
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_statement->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_statement->setFont(big);
    layout->addWidget(m_statement);
    m_note = wrappedLabel(QString(), page);
    m_note->setObjectName(QStringLiteral("confirmNote"));
    layout->addWidget(m_note);
    m_refusedHeading = wrappedLabel(QString(), page);
    m_refusedHeading->setObjectName(QStringLiteral("refusedHeading"));
    layout->addWidget(m_refusedHeading);
    m_refused = new QListWidget(page);
    m_refused->setObjectName(QStringLiteral("refusedList"));
    m_refused->setAccessibleName(tr("Numbers that cannot be registered, with the reason"));
    layout->addWidget(m_refused);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_backButton = deliberateButton(tr("&Back"), QStringLiteral("backButton"), page);
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), page);
    m_confirmButton = deliberateButton(QString(), QStringLiteral("confirmButton"), page);
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirmButton);
    layout->addLayout(buttons);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_pages->setCurrentIndex(AddressPage);
        m_picker->setFocus();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirmButton, &QPushButton::clicked, this, &E911EnableDialog::confirm);
    return page;
}

void E911EnableDialog::acknowledge()
{
    if (!m_ackCheck->isChecked())
        return;
    QString error;
    if (!m_outbox.enqueue(outbox::acknowledgement(m_tenantId, limitations::currentVersion),
                          &error)) {
        showError(tr("The acknowledgement could not be saved: %1").arg(error));
        return;
    }
    m_error->hide();
    m_pages->setCurrentIndex(AddressPage);
    m_picker->setFocus();
}

void E911EnableDialog::showConfirmation()
{
    const auto address = m_picker->selectedAddress();
    if (!address)
        return;
    m_addressId = address->id;
    m_selection = splitForE911(m_dids, m_addressId, m_missing);
    const int n = int(m_selection.toRegister.size());
    const QString where = emergencyAddressLine(*address);
    const QLocale locale;
    const auto priceList = m_cache.priceList();
    const auto quote = priceList ? e911FeeQuote(*priceList, n) : std::nullopt;

    QList<E911State> states;
    for (const Did &d : std::as_const(m_selection.toRegister))
        states.append(d.e911.state);
    const auto added = newlyBilledCount(states);
    const auto addedQuote = priceList ? e911FeeQuote(*priceList, added) : std::nullopt;
    const int moving = n - int(added);

    QString text;
    if (n == 0) {
        text = tr("Nothing to register at %1.").arg(where);
    } else if (added == 0) {
        text = n == 1 ? tr("Move 1 number to %1.").arg(where)
                      : tr("Move %Ln numbers to %1.", nullptr, n).arg(where);
        text += QLatin1Char(' ') + tr("They are registered already, so the monthly fee does "
                                      "not change.");
    } else {
        text = n == 1 ? tr("Register 1 number at %1.").arg(where)
                      : tr("Register %Ln numbers at %1.", nullptr, n).arg(where);
        if (quote && addedQuote && moving == 0)
            text += QLatin1Char(' ') + tr("%1 per number per month: %2 a month.")
                                           .arg(formatMoney(quote->perNumber, locale),
                                                formatMoney(quote->monthlyTotal, locale));
        else if (addedQuote)
            text += QLatin1Char(' ') +
                    tr("%Ln of them start E911 at %1 per number per month: %2 a month more; "
                       "the others move here and their fee does not change.",
                       nullptr, int(added))
                        .arg(formatMoney(addedQuote->perNumber, locale),
                             formatMoney(addedQuote->monthlyTotal, locale));
    }
    m_statement->setText(text);

    QStringList notes;
    if (n > 0 && !quote)
        notes << tr("The price list has not been synced yet, so the fee cannot be shown. Sync "
                    "(F5), then try again.");
    if (moving > 0 && added > 0)
        notes << tr("%Ln of them are already registered elsewhere and move to this address.",
                    nullptr, moving);
    if (!m_selection.unchanged.isEmpty())
        notes << tr("%Ln already registered at this address and stay as they are.", nullptr,
                    int(m_selection.unchanged.size()));
    if (n > 0)
        notes << tr("The numbers show as pending until the 911 provider accepts them.");
    m_note->setText(notes.join(QLatin1Char('\n')));

    m_refused->clear();
    for (const E911Selection::Refused &r : m_selection.refused)
        m_refused->addItem(QStringLiteral("✖ %1 — %2")
                               .arg(r.national.isEmpty() ? r.number : r.national, r.reason));
    m_refusedHeading->setText(
        tr("<b>%Ln numbers cannot be registered:</b>", nullptr, int(m_selection.refused.size())));
    // As tall as its lines up to a dozen; more scroll.
    const int rows = int(std::min<qsizetype>(m_selection.refused.size(), 12));
    m_refused->setFixedHeight(m_refused->sizeHintForRow(0) * std::max(rows, 1) +
                              2 * m_refused->frameWidth() + 4);
    m_refusedHeading->setVisible(!m_selection.refused.isEmpty());
    m_refused->setVisible(!m_selection.refused.isEmpty());

    if (added == 0)
        m_confirmButton->setText(n == 1 ? tr("&Move 1 Number")
                                        : tr("&Move %Ln Numbers", nullptr, n));
    else
        m_confirmButton->setText(n == 1 ? tr("&Register 1 Number")
                                        : tr("&Register %Ln Numbers", nullptr, n));
    m_confirmButton->setAccessibleName(m_confirmButton->text().remove(QLatin1Char('&')));
    m_confirmButton->setEnabled(n > 0 && quote.has_value());
    m_error->hide();
    m_pages->setCurrentIndex(ConfirmPage);
    // Focus on the sentence to read, never on the button that spends money.
    m_statement->setFocus();
}

void E911EnableDialog::confirm()
{
    if (m_selection.toRegister.isEmpty() || m_addressId.isEmpty())
        return;
    QString error;
    // All or nothing: a half-queued selection would be billed and shown inconsistently.
    m_queued = m_outbox.enqueue(
        e911requests::enable(m_tenantId, m_selection.toRegister, m_addressId), &error);
    if (m_queued.isEmpty()) {
        showError(tr("The registration could not be saved; nothing was sent: %1").arg(error));
        return;
    }
    accept();
}

void E911EnableDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}
