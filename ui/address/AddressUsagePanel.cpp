#include "AddressUsagePanel.h"

#include "store/AddressUsage.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int listLimit = 500;
}

AddressUsagePanel::AddressUsagePanel(QWidget *parent)
    : QGroupBox(tr("Numbers at this address"), parent)
    , m_text(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("usageText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    m_list->setObjectName(QStringLiteral("usageList"));
    m_list->setAccessibleName(tr("Numbers registered at this address"));
    m_list->setMaximumHeight(110);
    layout->addWidget(m_list);
}

void AddressUsagePanel::showUsage(Cache *cache, const QString &addressId)
{
    m_list->clear();
    m_list->hide();
    if (addressId.isEmpty()) {
        m_count = 0;
        m_text->setText(tr("No number uses this address yet."));
        return;
    }
    const AddressUsage usage(cache);
    m_count = usage.count(addressId);
    if (m_count == 0) {
        m_text->setText(tr("No number uses this address."));
        return;
    }
    for (const AddressUser &u : usage.users(addressId, listLimit))
        m_list->addItem(u.userName.isEmpty()
                            ? u.national
                            : QStringLiteral("%1 · %2").arg(u.national, u.userName));
    if (m_count > listLimit)
        m_list->addItem(tr("… and %n more", nullptr, int(m_count - listLimit)));
    m_list->show();
    m_text->setText(
        tr("%n number(s) use this address. Saving an edit registers them again at the edited "
           "address: they show as pending until the 911 provider confirms, and their monthly "
           "fee stays the same. An edit that does not validate is refused while numbers use "
           "the address.",
           nullptr, int(m_count)));
}
