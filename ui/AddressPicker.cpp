// The address list: eligible first, ineligible disabled with the reason; a text filter.
#include "AddressPicker.h"

#include "domain/AddressLine.h"
#include "domain/E911Eligibility.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

AddressPicker::AddressPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("addressSearch"));
    m_search->setAccessibleName(tr("Search emergency addresses"));
    m_search->setPlaceholderText(tr("Search by street, city, company…"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("addressList"));
    m_list->setAccessibleName(tr("Emergency addresses"));
    m_list->setAccessibleDescription(
        tr("Only validated US addresses can be chosen; the others say why not."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_empty->setObjectName(QStringLiteral("addressEmptyNote"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("This tenant has no validated US emergency address yet. Create and "
                        "validate one in the address editor, then register the numbers."));
    m_empty->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &AddressPicker::applyFilter);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AddressPicker::selectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            emit addressActivated();
    });
    // Enter in the search field moves to the first address that can be chosen.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_list->setFocus();
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            if (!item->isHidden() && (item->flags() & Qt::ItemIsEnabled)) {
                m_list->setCurrentItem(item);
                break;
            }
        }
    });
}

void AddressPicker::setAddresses(const QList<EmergencyAddress> &addresses)
{
    m_list->clear();
    m_addresses.clear();
    m_eligible = 0;
    // Eligible addresses first, then the rest, each group in the cache's order.
    for (const bool wantEligible : {true, false}) {
        for (const EmergencyAddress &a : addresses) {
            const bool eligible = e911AddressEligibilityOf(a) == AddressEligibility::Eligible;
            if (eligible != wantEligible)
                continue;
            const QString usage =
                a.usageDids == 1 ? tr("1 number") : tr("%Ln numbers", nullptr, int(a.usageDids));
            QString text =
                QStringLiteral("%1\n%2 · %3").arg(emergencyAddressLine(a), a.companyName, usage);
            auto *item = new QListWidgetItem(m_list);
            if (eligible) {
                text = QString(QStringLiteral("✓ ") + text);
                ++m_eligible;
            } else {
                text = QString(QStringLiteral("✖ ") + text + QStringLiteral(" · ") +
                               e911AddressEligibilityReason(a));
                item->setFlags(Qt::NoItemFlags); // listed, but cannot be chosen
            }
            item->setText(text);
            item->setData(Qt::UserRole, int(m_addresses.size()));
            m_addresses.append(a);
        }
    }
    m_empty->setVisible(m_eligible == 0);
    applyFilter(m_search->text());
}

std::optional<EmergencyAddress> AddressPicker::selectedAddress() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !(selected.first()->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return m_addresses.value(selected.first()->data(Qt::UserRole).toInt());
}

void AddressPicker::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
        if (item->isHidden() && item->isSelected())
            item->setSelected(false);
    }
}
