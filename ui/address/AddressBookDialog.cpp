#include "AddressBookDialog.h"

#include "AddressEditorDialog.h"
#include "DialogParts.h"
#include "MessageBanner.h"
#include "domain/AddressLine.h"
#include "session/AppSession.h"
#include "store/AddressUsage.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { AddressColumn, CompanyColumn, ValidationColumn, NumbersColumn };
constexpr int idRole = Qt::UserRole;
constexpr int lineRole = Qt::UserRole + 1;
constexpr int refusedListLimit = 50;

QString validationWords(const EmergencyAddress &a)
{
    switch (a.validationStatus) {
    case AddressValidationStatus::Valid:
        return QCoreApplication::translate("AddressBookDialog", "✓ Validated");
    case AddressValidationStatus::Invalid:
        return a.problems.isEmpty()
                   ? QCoreApplication::translate("AddressBookDialog", "✖ Not valid")
                   : QCoreApplication::translate("AddressBookDialog", "✖ Not valid: %1")
                         .arg(a.problems.first().detail);
    case AddressValidationStatus::Unvalidated:
        break;
    }
    return QCoreApplication::translate("AddressBookDialog", "○ Not validated");
}
} // namespace

AddressBookDialog::AddressBookDialog(AppSession *session, const QString &tenantId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_readOnly(!session->canWrite())
    , m_header(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_new(deliberateButton(tr("&New address…"), QStringLiteral("newAddressButton"), this))
    , m_edit(deliberateButton(m_readOnly ? tr("&View…") : tr("&Edit…"),
                              QStringLiteral("editAddressButton"), this))
    , m_delete(deliberateButton(tr("&Delete…"), QStringLiteral("deleteAddressButton"), this))
{
    setObjectName(QStringLiteral("addressBook"));
    const QString tenantName = session->cache()->tenantName(tenantId, tenantId);
    setWindowTitle(tr("Emergency addresses of %1").arg(tenantName));

    auto *layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    m_header->setText(tr("Addresses of %1. Only validated US addresses can carry E911; an address "
                         "that numbers use cannot be deleted until they point elsewhere.")
                          .arg(tenantName));
    layout->addWidget(m_header);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    if (m_readOnly)
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Read-only: you are signed in as an auditor."),
                              tr("You can look at the addresses, not change them."));
    else
        m_banner->hide();
    layout->addWidget(m_banner);

    m_list->setObjectName(QStringLiteral("addressList"));
    m_list->setAccessibleName(tr("Emergency addresses"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Address"), tr("Company"), tr("Validation"), tr("Numbers")});
    m_list->header()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setSortingEnabled(true);
    layout->addWidget(m_list, 1);
    m_empty->setObjectName(QStringLiteral("emptyMessage"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *close = deliberateButton(tr("Close"), QStringLiteral("closeButton"), this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("New address (Ctrl+N)"));
    m_delete->setToolTip(tr("Delete the selected address (Delete)"));
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &AddressBookDialog::deleteSelected);
    connect(m_new, &QPushButton::clicked, this, &AddressBookDialog::newAddress);
    connect(m_edit, &QPushButton::clicked, this, &AddressBookDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &AddressBookDialog::deleteSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemActivated, this, &AddressBookDialog::editSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AddressBookDialog::updateButtons);
    connect(session, &AppSession::syncSettled, this, &AddressBookDialog::refresh);
    connect(session->outbox(), &Outbox::entryChanged, this, [this](qint64 id) {
        deleteEntryChanged(id);
        refresh();
    });

    if (m_readOnly) {
        // Nothing that changes anything is offered to an auditor.
        m_new->hide();
        m_delete->hide();
    }
    refresh();
    resize(900, 520);
    m_list->setFocus();
}

void AddressBookDialog::refresh()
{
    const QString selected = selectedId();
    m_list->setSortingEnabled(false);
    m_list->clear();
    for (const EmergencyAddress &a : m_session->cache()->addresses(m_tenantId)) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString line = emergencyAddressLine(a);
        item->setText(AddressColumn, line);
        item->setText(CompanyColumn, a.companyName);
        item->setText(ValidationColumn, validationWords(a));
        item->setText(NumbersColumn, QLocale().toString(a.usageDids));
        item->setTextAlignment(NumbersColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(AddressColumn, idRole, a.id);
        item->setData(AddressColumn, lineRole, line);
    }
    // Changes that wait in the outbox are shown too, so nothing saved seems lost.
    for (const OutboxEntry &e : m_session->outbox()->entries()) {
        if (e.tenantId != m_tenantId || !e.isOpen())
            continue;
        if (e.kind == OutboxKind::AddressCreate) {
            QList<FieldError> errors;
            const auto civic =
                CivicAddress::fromJson(e.mineJson().value(QStringLiteral("civic")), errors);
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(AddressColumn, civic ? civicAddressLine(*civic) : e.target);
            item->setText(CompanyColumn,
                          e.mineJson().value(QStringLiteral("companyName")).toString());
            item->setText(ValidationColumn, tr("◐ New, waiting to be sent"));
            item->setText(NumbersColumn, QLocale().toString(0));
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        } else if (e.kind == OutboxKind::AddressDelete || e.kind == OutboxKind::AddressUpdate) {
            for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_list->topLevelItem(i);
                if (item->data(AddressColumn, idRole).toString() != e.target)
                    continue;
                item->setText(ValidationColumn, e.kind == OutboxKind::AddressDelete
                                                    ? tr("◑ Deletion waiting to be sent")
                                                    : tr("◐ Edit waiting to be sent"));
            }
        }
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(AddressColumn, Qt::AscendingOrder);
    const bool empty = m_list->topLevelItemCount() == 0;
    m_empty->setText(empty ? (m_readOnly ? tr("This tenant has no emergency addresses yet.")
                                         : tr("This tenant has no emergency addresses yet. "
                                              "Press New address to add the first one."))
                           : QString());
    m_empty->setVisible(empty);
    if (!selected.isEmpty())
        selectAddress(selected);
    updateButtons();
}

bool AddressBookDialog::selectAddress(const QString &addressId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(AddressColumn, idRole).toString() == addressId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString AddressBookDialog::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(AddressColumn, idRole).toString();
}

void AddressBookDialog::updateButtons()
{
    const bool hasSelection = !selectedId().isEmpty();
    m_edit->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection && !m_readOnly);
    m_new->setEnabled(!m_readOnly);
}

void AddressBookDialog::newAddress()
{
    if (!m_readOnly)
        openEditor(QString());
}

void AddressBookDialog::editSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        openEditor(id);
}

void AddressBookDialog::openEditor(const QString &addressId)
{
    if (m_editor)
        return;
    m_editor = new AddressEditorDialog(m_session, m_tenantId, addressId, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &AddressEditorDialog::saved, this, &AddressBookDialog::refresh);
    m_editor->open();
}

void AddressBookDialog::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_readOnly || m_message)
        return;
    const auto address = m_session->cache()->address(id);
    if (!address)
        return;
    const QString line = emergencyAddressLine(*address);
    // The offline copy knows the numbers here: refuse before anything is sent.
    const AddressUsage usage(m_session->cache());
    const QList<AddressUser> users = usage.users(id, refusedListLimit);
    if (!users.isEmpty()) {
        QStringList numbers;
        for (const AddressUser &u : users)
            numbers.append(u.national);
        const qint64 total = usage.count(id);
        if (total > numbers.size())
            numbers.append(tr("… and %n more", nullptr, int(total - numbers.size())));
        refuseDelete(line, numbers, QString());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete address"),
                                tr("Delete the emergency address %1?").arg(line),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeletePrompt"));
    box->setInformativeText(tr("No number uses it. Deleting cannot be undone."));
    QPushButton *confirm = box->addButton(tr("Delete address"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_message = box;
    const QByteArray etag = address->etag.toUtf8();
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id, etag](int) {
        if (box->clickedButton() != confirm)
            return;
        QString error;
        const auto entry =
            m_session->outbox()->enqueue(outbox::addressDelete(m_tenantId, id, etag), &error);
        if (!entry) {
            QMessageBox::warning(
                this, tr("Delete address"),
                tr("The deletion could not be written to the outbox: %1").arg(error));
            return;
        }
        m_deletes.append(*entry);
        refresh();
    });
    box->open();
}

void AddressBookDialog::deleteEntryChanged(qint64 id)
{
    if (!m_deletes.contains(id))
        return;
    const auto entry = m_session->outbox()->entry(id);
    if (!entry || entry->state == OutboxState::Queued || entry->state == OutboxState::Sending)
        return;
    m_deletes.removeAll(id);
    if (entry->state != OutboxState::Failed)
        return;
    // The backend knew of numbers the offline copy did not (409 address-in-use, with usedBy).
    const QJsonObject problem = QJsonDocument::fromJson(entry->responseBody).object();
    QStringList numbers;
    for (const QJsonValue &n : problem.value(QStringLiteral("usedBy")).toArray())
        numbers.append(n.toString());
    const auto address = m_session->cache()->address(entry->target);
    const QString line = address ? emergencyAddressLine(*address) : entry->target;
    const QString why = problem.value(QStringLiteral("detail")).toString(entry->lastError);
    refuseDelete(line, numbers, why);
    // The refusal is shown; the failed entry need not stay in the outbox.
    m_session->outbox()->dismiss(id);
    m_session->syncEngine()->sync();
}

void AddressBookDialog::refuseDelete(const QString &addressLine, const QStringList &numbers,
                                     const QString &why)
{
    if (m_message)
        m_message->close();
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Address in use"),
        tr("%1 cannot be deleted: numbers are registered with 911 there.").arg(addressLine),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("addressInUseMessage"));
    QString text = numbers.isEmpty()
                       ? why
                       : tr("Point these numbers at another address first:\n%1")
                             .arg(numbers.mid(0, refusedListLimit + 1).join(QLatin1Char('\n')));
    box->setInformativeText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_message = box;
    box->open();
}
