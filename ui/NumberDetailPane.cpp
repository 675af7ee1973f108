#include "NumberDetailPane.h"

#include "E911StateDelegate.h"
#include "calls/CallLocationQuery.h"
#include "calls/CallLocationText.h"
#include "domain/E911Eligibility.h"
#include "models/DidModel.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "teams/TeamsNumberQuery.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList present = parts;
    present.removeAll(QString());
    return present.join(separator);
}

// One address as a person reads it: street, place inside the building, town.
QString addressText(const EmergencyAddress &address)
{
    const CivicAddress &c = address.normalized ? *address.normalized : address.civic;
    const QString street =
        joined({c.addNumPre, c.addNumber, c.addNumSuf, c.stPreMod, c.stPreDir, c.stPreTyp,
                c.stPreSep, c.stName, c.stPosTyp, c.stPosDir, c.stPosMod},
               QStringLiteral(" "));
    const QString inside = joined(
        {c.building, c.floor.isEmpty() ? QString() : NumberDetailPane::tr("Floor %1").arg(c.floor),
         c.unit, c.room},
        QStringLiteral(", "));
    const QString town =
        joined({c.postalCommunity, joined({c.state, c.postalCode}, QStringLiteral(" "))},
               QStringLiteral(", "));
    return joined({address.companyName, street, inside, town}, QStringLiteral("\n"));
}

QString dateTimeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

NumberDetailPane::NumberDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_national(nullptr)
    , m_e164(nullptr)
    , m_user(nullptr)
    , m_addressFact(nullptr)
    , m_providerFact(nullptr)
    , m_testFact(nullptr)
    , m_callFact(nullptr)
    , m_teamsFact(nullptr)
    , m_warnings(nullptr)
    , m_limitationsButton(new QPushButton(tr("Limitations… (F1)"), this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_retryNote(nullptr)
{
    m_empty->setObjectName(QStringLiteral("detailEmptyState"));
    m_empty->setText(tr("Choose a number in the table to see its emergency address, its "
                        "registration with the 911 provider and its 933 test."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_national = addLabel(QStringLiteral("detailNational"));
    QFont big = m_national->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_national->setFont(big);
    m_e164 = addLabel(QStringLiteral("detailE164"));
    m_user = addLabel(QStringLiteral("detailUser"));
    auto *e911Title = new QLabel(tr("Emergency calling"), page);
    QFont bold = e911Title->font();
    bold.setBold(true);
    e911Title->setFont(bold);
    m_addressFact = addLabel(QStringLiteral("addressFact"));
    m_providerFact = addLabel(QStringLiteral("providerFact"));
    m_testFact = addLabel(QStringLiteral("testFact"));
    m_callFact = addLabel(QStringLiteral("callLocationFact"));
    m_teamsFact = addLabel(QStringLiteral("teamsLocationFact"));
    m_retryNote = addLabel(QStringLiteral("retryNote"));
    m_warnings = addLabel(QStringLiteral("numberWarnings"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry the registration"));
    m_retryButton->setAccessibleDescription(
        tr("Sends the registration with the 911 provider again, at the same emergency address"));
    m_retryButton->setAutoDefault(false);
    connect(m_retryButton, &QPushButton::clicked, this, &NumberDetailPane::retry);
    m_limitationsButton->setObjectName(QStringLiteral("limitationsButton"));
    m_limitationsButton->setAccessibleName(tr("Open the Limitations page"));
    connect(m_limitationsButton, &QPushButton::clicked, this,
            &NumberDetailPane::limitationsRequested);

    for (QWidget *widget : std::initializer_list<QWidget *>{m_national, m_e164, m_user})
        layout->addWidget(widget);
    layout->addSpacing(8);
    layout->addWidget(e911Title);
    layout->addWidget(m_addressFact);
    layout->addWidget(m_providerFact);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    layout->addWidget(m_retryNote);
    layout->addWidget(m_testFact);
    layout->addWidget(m_callFact);
    layout->addWidget(m_teamsFact);
    layout->addSpacing(8);
    layout->addWidget(m_warnings);
    layout->addWidget(m_limitationsButton, 0, Qt::AlignLeft);
    layout->addStretch(1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void NumberDetailPane::showCallLocation(const Did &did)
{
    const auto check = calllocation::load(*m_cache, did.tenantId).value(did.number);
    // Only numbers that have called through Teams have something to say here.
    m_callFact->setVisible(!check.call.id.isEmpty());
    if (check.call.id.isEmpty())
        return;
    QString text = callLocationSentence(check);
    if (check.isFlagged()) {
        text = tr("⚠ Teams sent another location") + QLatin1Char('\n') + text;
        for (const QString &line : CallLocationText::differences(check.call))
            text += QStringLiteral("\n  ") + line;
        text += QLatin1Char('\n') +
                tr("Check the Teams network map and the registration: the next emergency call "
                   "from this number may reach the wrong 911 centre.");
    } else {
        text = QString((check.state == CallLocationCheck::State::Matches ? QStringLiteral("✓ ")
                                                                         : QStringLiteral("○ ")) +
                       text);
    }
    m_callFact->setText(text);
    m_callFact->setAccessibleName(text);
}

void NumberDetailPane::showTeamsLocation(const Did &did)
{
    const std::optional<TeamsNumberCheck> check = teamsnumbers::check(*m_cache, did);
    // Only numbers the last recorded Teams export listed have something to say here.
    m_teamsFact->setVisible(check.has_value());
    if (!check)
        return;
    QString text = teamsNumberSentence(*check, check->teamsAddressLine);
    if (check->isFlagged())
        text = tr("⚠ Teams gives another location") + QLatin1Char('\n') + text + QLatin1Char('\n') +
               tr("Point the number at a location of its registered address in Teams (Compare "
                  "With Teams… writes the command), or register it where Teams locates it.");
    else
        text = QString((check->state == TeamsNumberLocation::Agrees ? QStringLiteral("✓ ")
                                                                    : QStringLiteral("○ ")) +
                       text);
    text += QLatin1Char('\n') +
            tr("From the Teams export read on %1.").arg(dateTimeText(check->readAt));
    m_teamsFact->setText(text);
    m_teamsFact->setAccessibleName(text);
}

QLabel *NumberDetailPane::addLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void NumberDetailPane::showNumber(const QString &tenantId, const QString &e164)
{
    m_tenantId = tenantId;
    m_number = e164;
    const std::optional<Did> did =
        (m_cache && !e164.isEmpty()) ? m_cache->did(tenantId, e164) : std::nullopt;
    if (!did) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_national->setText(did->nationalFormat.isEmpty() ? did->number : did->nationalFormat);
    m_e164->setText(tr("%1 · %2").arg(did->number, did->country));
    const QString usage = DidModel::usageText(did->usage);
    m_user->setText(did->assignedUser ? tr("%1 · %2").arg(did->assignedUser->displayName.isEmpty()
                                                              ? did->assignedUser->upn
                                                              : did->assignedUser->displayName,
                                                          usage)
                                      : tr("Not assigned · %1").arg(usage));

    // Fact 1: the address.
    const std::optional<EmergencyAddress> address =
        did->e911.addressId.isEmpty() ? std::nullopt : m_cache->address(did->e911.addressId);
    if (!address) {
        m_addressFact->setText(tr("○ No emergency address"));
    } else {
        QString verdict;
        switch (address->validationStatus) {
        case AddressValidationStatus::Valid:
            verdict = tr("✓ Address validated");
            break;
        case AddressValidationStatus::Invalid:
            verdict = tr("✖ Address not valid");
            break;
        case AddressValidationStatus::Unvalidated:
            verdict = tr("○ Address not validated yet");
            break;
        }
        m_addressFact->setText(QString(verdict + QLatin1Char('\n') + addressText(*address)));
    }

    // Fact 2: the provider.
    const E911State state = did->e911.state;
    QString provider;
    switch (state) {
    case E911State::Basic:
        provider = tr("○ Not registered with the 911 provider (basic 911)");
        break;
    case E911State::Pending:
        provider = tr("◐ Waiting for the 911 provider to accept it");
        break;
    case E911State::Registered:
        provider = tr("● Accepted by the 911 provider");
        break;
    case E911State::Failed:
        provider = tr("✖ Refused by the 911 provider");
        break;
    case E911State::Deregistering:
        provider = tr("◑ Turning off at the 911 provider");
        break;
    }
    if (did->e911.since.isValid())
        provider += QString(QLatin1Char('\n') + tr("Since %1").arg(dateTimeText(did->e911.since)));
    if (!did->e911.reason.isEmpty())
        provider += QString(QLatin1Char('\n') + tr("Reason: %1").arg(did->e911.reason));
    m_providerFact->setText(provider);
    updateRetry(*did);

    // Fact 3: the 933 test call.
    m_testFact->setText(did->e911.verifiedAt.isValid()
                            ? tr("✓ 933 test call on %1").arg(dateTimeText(did->e911.verifiedAt))
                            : tr("○ 933 test: not tested"));

    showCallLocation(*did);
    showTeamsLocation(*did);

    // The limitations that apply to this number.
    QStringList warnings;
    if (const E911Eligibility e = e911EligibilityOf(did->country, did->tollFree);
        e != E911Eligibility::Eligible)
        warnings << QStringLiteral("⚠ ") + e911EligibilityReason(e) + QLatin1Char('.');
    if (state == E911State::Basic || state == E911State::Failed)
        warnings << tr("⚠ Basic 911 only: the caller must say where they are.");
    if (did->usage == DidUsage::CommonArea)
        warnings << tr("⚠ Common-area phone: people who need 911 at all times should not rely "
                       "on Teams alone; no power or network means no call.");
    if (did->usage == DidUsage::User)
        warnings << tr("⚠ Nomadic use: a call from somewhere other than the registered address "
                       "will likely reach the wrong 911 centre.");
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void NumberDetailPane::setCanWrite(bool canWrite)
{
    m_canWrite = canWrite;
    refresh();
}

void NumberDetailPane::updateRetry(const Did &did)
{
    const bool failed = did.e911.state == E911State::Failed;
    // A change already waiting in the outbox for this number is the retry: do not send twice.
    bool waiting = false;
    if (m_outbox)
        for (const OutboxEntry &e : m_outbox->entries())
            if (e.isOpen() && e.tenantId == m_tenantId && e.target == did.number)
                waiting = true;
    m_retryButton->setVisible(failed && m_outbox && m_canWrite);
    m_retryButton->setEnabled(!waiting && !did.e911.addressId.isEmpty());
    if (!failed || !m_outbox || !m_canWrite)
        m_retryNote->hide();
    else if (waiting)
        m_retryNote->setText(tr("Retry queued: it goes out with the outbox."));
    else if (did.e911.addressId.isEmpty())
        m_retryNote->setText(tr("No emergency address to retry with: use Register With 911 "
                                "(Ctrl+E) to choose one."));
    else
        m_retryNote->setText(tr("Retry registers it again at the same address; a retry is not "
                                "billed again."));
    if (failed && m_outbox && m_canWrite)
        m_retryNote->show();
}

void NumberDetailPane::retry()
{
    if (!m_cache || !m_outbox)
        return;
    const std::optional<Did> did = m_cache->did(m_tenantId, m_number);
    if (!did || did->e911.state != E911State::Failed || did->e911.addressId.isEmpty())
        return;
    // The cached ETag: if someone changed the number meanwhile, the server answers 412 and the
    // outbox keeps both versions instead of overwriting theirs.
    const std::optional<qint64> id = m_outbox->enqueue(
        outbox::e911Enable(m_tenantId, did->number, did->etag.toUtf8(), did->e911.addressId));
    refresh();
    if (id)
        emit retryQueued(*id);
}
