#include "AuditFilterBar.h"

#include "audit/AuditChangeText.h"
#include "models/TenantModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <tuple>

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}
} // namespace

AuditFilterBar::AuditFilterBar(TenantModel *tenants, QWidget *parent)
    : QWidget(parent)
    , m_tenant(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_useSince(new QCheckBox(tr("&From"), this))
    , m_since(new QDateTimeEdit(this))
    , m_useUntil(new QCheckBox(tr("T&o"), this))
    , m_until(new QDateTimeEdit(this))
    , m_apply(new QPushButton(tr("&Apply Filters"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_tenant->setObjectName(QStringLiteral("auditTenantFilter"));
    m_tenant->setAccessibleName(tr("Tenant"));
    fillTenants(tenants);

    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setAccessibleName(tr("User"));
    m_actor->setPlaceholderText(tr("Email or user id"));
    m_actor->setClearButtonEnabled(true);

    m_number->setObjectName(QStringLiteral("auditNumberFilter"));
    m_number->setAccessibleName(tr("Number or item"));
    m_number->setPlaceholderText(tr("+12065550100 or address id"));
    m_number->setClearButtonEnabled(true);

    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString &action : auditText::knownActions())
        m_action->addItem(auditText::actionText(action), action);

    const QDateTime now = QDateTime::currentDateTime();
    for (auto [check, edit, name, value] :
         {std::tuple{m_useSince, m_since, "auditSince", now.addDays(-7)},
          std::tuple{m_useUntil, m_until, "auditUntil", now.addSecs(3600)}}) {
        edit->setObjectName(QLatin1StringView(name));
        check->setObjectName(QString(QLatin1StringView(name) + QStringLiteral("Enabled")));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setDateTime(value);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &AuditFilterBar::apply);
    }
    m_useSince->setAccessibleName(tr("Only changes from"));
    m_since->setAccessibleName(tr("Earliest time"));
    m_useUntil->setAccessibleName(tr("Only changes before"));
    m_until->setAccessibleName(tr("Latest time"));

    m_apply->setObjectName(QStringLiteral("auditApplyFilters"));
    m_apply->setAccessibleName(tr("Apply filters"));
    m_apply->setAccessibleDescription(tr("Asks the server for the entries that match"));
    m_clear->setObjectName(QStringLiteral("auditClearFilters"));
    m_clear->setAccessibleName(tr("Clear filters"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buddyLabel(tr("&Tenant:"), m_tenant), 0, 0);
    grid->addWidget(m_tenant, 0, 1);
    grid->addWidget(buddyLabel(tr("&User:"), m_actor), 0, 2);
    grid->addWidget(m_actor, 0, 3);
    grid->addWidget(buddyLabel(tr("&Number:"), m_number), 0, 4);
    grid->addWidget(m_number, 0, 5);
    grid->addWidget(buddyLabel(tr("A&ction:"), m_action), 1, 0);
    grid->addWidget(m_action, 1, 1);
    grid->addWidget(m_useSince, 1, 2);
    grid->addWidget(m_since, 1, 3);
    grid->addWidget(m_useUntil, 1, 4);
    grid->addWidget(m_until, 1, 5);
    grid->addWidget(m_apply, 0, 6);
    grid->addWidget(m_clear, 1, 6);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);

    setTabOrder(m_tenant, m_actor);
    setTabOrder(m_actor, m_number);
    setTabOrder(m_number, m_apply);
    setTabOrder(m_apply, m_action);
    setTabOrder(m_action, m_useSince);
    setTabOrder(m_useSince, m_since);
    setTabOrder(m_since, m_useUntil);
    setTabOrder(m_useUntil, m_until);
    setTabOrder(m_until, m_clear);

    // Lists apply at once; typed text applies on Return or Apply, not on every key stroke.
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &AuditFilterBar::apply);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditFilterBar::apply);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    connect(m_number, &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    connect(m_since, &QDateTimeEdit::editingFinished, this, &AuditFilterBar::apply);
    connect(m_until, &QDateTimeEdit::editingFinished, this, &AuditFilterBar::apply);
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);
}

void AuditFilterBar::fillTenants(TenantModel *tenants)
{
    m_tenant->addItem(tr("All tenants"), QString());
    if (!tenants)
        return;
    for (int row = 0; row < tenants->rowCount(); ++row) {
        const Tenant &tenant = tenants->tenant(row);
        m_tenant->addItem(tenant.name, tenant.id);
    }
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    filter.tenantId = m_tenant->currentData().toString();
    filter.actor = m_actor->text().trimmed();
    filter.number = m_number->text().trimmed();
    filter.action = m_action->currentData().toString();
    if (m_useSince->isChecked())
        filter.since = m_since->dateTime().toUTC();
    if (m_useUntil->isChecked())
        filter.until = m_until->dateTime().toUTC();
    return filter;
}

void AuditFilterBar::setFilter(const AuditFilter &filter)
{
    m_quiet = true;
    int tenantIndex = m_tenant->findData(filter.tenantId);
    if (tenantIndex < 0) {
        // A tenant the list does not know (not synced yet): still filter by it.
        m_tenant->addItem(filter.tenantId, filter.tenantId);
        tenantIndex = m_tenant->count() - 1;
    }
    m_tenant->setCurrentIndex(tenantIndex);
    m_actor->setText(filter.actor);
    m_number->setText(filter.number);
    const int actionIndex = m_action->findData(filter.action);
    if (actionIndex >= 0) {
        m_action->setCurrentIndex(actionIndex);
    } else {
        m_action->addItem(filter.action, filter.action);
        m_action->setCurrentIndex(m_action->count() - 1);
    }
    m_useSince->setChecked(filter.since.isValid());
    if (filter.since.isValid())
        m_since->setDateTime(filter.since.toLocalTime());
    m_useUntil->setChecked(filter.until.isValid());
    if (filter.until.isValid())
        m_until->setDateTime(filter.until.toLocalTime());
    m_quiet = false;
}

void AuditFilterBar::lockTenant(bool locked)
{
    m_tenant->setEnabled(!locked);
}

void AuditFilterBar::apply()
{
    if (!m_quiet)
        emit filterChanged(filter());
}

void AuditFilterBar::clear()
{
    AuditFilter cleared;
    if (!m_tenant->isEnabled())
        cleared.tenantId = m_tenant->currentData().toString();
    setFilter(cleared);
    apply();
}
