#include "TenantListPane.h"

#include "models/TenantModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Filters the tenants by name and shows the badge in the "Failed" column's place, so the list
// needs only two columns: name and badge.
class TenantListProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == TenantModel::FailedColumn &&
            (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
            auto *tenants = static_cast<TenantModel *>(sourceModel());
            return TenantListPane::complianceBadge(
                tenants->tenant(mapToSource(index).row()).counts);
        }
        if (index.column() == TenantModel::NameColumn && role == Qt::ToolTipRole) {
            auto *tenants = static_cast<TenantModel *>(sourceModel());
            const Tenant &tenant = tenants->tenant(mapToSource(index).row());
            return TenantModel::tr("%1 · %n numbers", nullptr, int(tenant.counts.total))
                .arg(tenant.name);
        }
        return QSortFilterProxyModel::data(index, role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && section == TenantModel::FailedColumn &&
            role == Qt::DisplayRole)
            return TenantListPane::tr("E911");
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }
};
} // namespace

TenantListPane::TenantListPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new TenantListProxy(this))
{
    auto *title = new QLabel(tr("Tenants"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filter->setObjectName(QStringLiteral("tenantFilter"));
    m_filter->setPlaceholderText(tr("Filter tenants"));
    m_filter->setAccessibleName(tr("Filter tenants by name"));
    m_filter->setClearButtonEnabled(true);
    title->setBuddy(m_filter);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(TenantModel::NameColumn);
    m_proxy->setSortRole(TenantModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("tenantList"));
    m_view->setAccessibleName(tr("Tenants"));
    m_view->setAccessibleDescription(
        tr("Each tenant with its E911 status: failed, pending, basic only or all registered."));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TenantModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void TenantListPane::setModel(TenantModel *model)
{
    m_proxy->setSourceModel(model);
    for (int column = 0; column < TenantModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, column != TenantModel::NameColumn &&
                                            column != TenantModel::FailedColumn);
    // Per-section modes need the sections, which exist only once there is a model.
    m_view->horizontalHeader()->setSectionResizeMode(TenantModel::NameColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantListPane::emitCurrent);
    // A reload resets the model; keep the selection where it was when the tenant still exists.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectTenant(m_lastEmitted))
            emitCurrent();
    });
}

QString TenantListPane::complianceBadge(const TenantCounts &counts)
{
    const QLocale locale;
    if (counts.failed > 0)
        return tr("✖ %1 failed").arg(locale.toString(counts.failed));
    if (counts.pending + counts.deregistering > 0)
        return tr("◐ %1 pending").arg(locale.toString(counts.pending + counts.deregistering));
    if (counts.basic > 0)
        return tr("○ %1 basic only").arg(locale.toString(counts.basic));
    if (counts.total > 0)
        return tr("✓ all registered");
    return tr("no numbers");
}

QString TenantListPane::currentTenantId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TenantModel::TenantIdRole).toString() : QString();
}

bool TenantListPane::selectTenant(const QString &tenantId)
{
    if (tenantId.isEmpty() || !m_proxy->sourceModel())
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, TenantModel::NameColumn);
        if (index.data(TenantModel::TenantIdRole).toString() == tenantId) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void TenantListPane::selectFirstIfNone()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, TenantModel::NameColumn));
}

void TenantListPane::emitCurrent()
{
    const QString id = currentTenantId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentTenantChanged(id);
}
