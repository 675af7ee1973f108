#include "AuditTrailView.h"

#include "AuditFilterBar.h"
#include "api/HttpClient.h"
#include "audit/AuditChangeText.h"
#include "audit/AuditLogModel.h"
#include "models/TenantModel.h"
#include "session/AppSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

AuditTrailView::AuditTrailView(AppSession *session, const QString &tenantId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filters(new AuditFilterBar(session->tenantModel(), this))
    , m_model(new AuditLogModel(session->http(), this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("auditTrailView"));
    TenantModel *tenants = session->tenantModel();
    m_model->setTenantNames([tenants](const QString &id) {
        const int row = tenants ? tenants->rowOf(id) : -1;
        return row >= 0 ? tenants->tenant(row).name : QString();
    });

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setAccessibleDescription(
        tr("Every change to numbers, emergency addresses and acknowledgements, newest first"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::ChangeColumn,
                                                      QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AuditLogModel::WhenColumn, 14 * em);
    m_table->setColumnWidth(AuditLogModel::WhoColumn, 15 * em);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, 15 * em);
    m_table->setColumnWidth(AuditLogModel::TenantColumn, 12 * em);
    m_table->setColumnWidth(AuditLogModel::TargetColumn, 11 * em);
    m_table->setColumnWidth(AuditLogModel::ReasonColumn, 12 * em);
    m_table->setColumnWidth(AuditLogModel::RequestIdColumn, 8 * em);

    auto *copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setObjectName(QStringLiteral("auditCopyAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &AuditTrailView::copySelection);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Selected entry"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see everything it recorded."));

    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copy->setObjectName(QStringLiteral("auditCopy"));
    m_copy->setAccessibleName(tr("Copy the selected entries"));
    m_copy->setToolTip(tr("Copies the selected entries as tab-separated text (Ctrl+C)"));
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_refresh->setAccessibleName(tr("Refresh the audit trail"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reads the newest entries again (F5)"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_copy);
    setTabOrder(m_copy, m_refresh);

    connect(m_filters, &AuditFilterBar::filterChanged, this, &AuditTrailView::setFilter);
    connect(m_model, &AuditLogModel::loadingChanged, this, [this] { updateStatus(); });
    // The view itself asks for the next page while the last row is in sight (a short page)
    // and when it is scrolled to the end.
    connect(m_model, &AuditLogModel::loaded, this, [this] {
        m_error.clear();
        updateStatus();
    });
    connect(m_model, &AuditLogModel::failed, this, [this](const ApiError &error) {
        m_error = tr("The audit trail could not be read. %1 %2").arg(error.message, error.advice);
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailView::showDetails);
    connect(m_copy, &QPushButton::clicked, this, &AuditTrailView::copySelection);
    connect(m_refresh, &QPushButton::clicked, this, &AuditTrailView::refresh);

    AuditFilter initial;
    initial.tenantId = tenantId;
    m_filters->setFilter(initial);
    m_filters->lockTenant(!tenantId.isEmpty());
    setFilter(initial);
}

void AuditTrailView::setPageSize(int entries)
{
    m_model->setPageSize(entries);
}

void AuditTrailView::setFilter(const AuditFilter &filter)
{
    if (filter != m_filters->filter())
        m_filters->setFilter(filter);
    m_error.clear();
    m_details->clear();
    m_model->setFilter(filter);
    updateStatus();
}

void AuditTrailView::refresh()
{
    setFilter(m_filters->filter());
}

void AuditTrailView::updateStatus()
{
    const int rows = m_model->rowCount();
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_model->isLoading())
        text = rows == 0 ? tr("Reading the audit trail…")
                         : tr("Showing %n entries; reading more…", nullptr, rows);
    else if (m_model->canFetchMore(QModelIndex()))
        text = tr("Showing the newest %n entries; scroll down for older ones.", nullptr, rows);
    else if (rows == 0)
        text = m_filters->filter().isEmpty()
                   ? tr("Nothing has been changed yet.")
                   : tr("No entry matches these filters. Clear a filter to see more.");
    else
        text = tr("Showing all %n entries.", nullptr, rows);
    m_status->setText(text);
}

void AuditTrailView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEntry &entry = m_model->entry(current.row());
    const auto json = [](const std::optional<QJsonObject> &object) {
        return object ? QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Indented))
                      : tr("(none)");
    };
    QStringList lines{
        tr("When: %1").arg(QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat)),
        tr("Who: %1 (%2)").arg(entry.actorEmail, entry.actorRole),
        tr("Action: %1 (%2)").arg(auditText::actionText(entry.action), entry.action),
        tr("Tenant: %1")
            .arg(m_model->data(m_model->index(current.row(), AuditLogModel::TenantColumn))
                     .toString()),
        tr("Number or item: %1").arg(entry.target),
        tr("Reason: %1").arg(entry.reason.isEmpty() ? tr("(none given)") : entry.reason),
        tr("Request id: %1").arg(entry.requestId),
        tr("Before: %1").arg(json(entry.before).trimmed()),
        tr("After: %1").arg(json(entry.after).trimmed()),
    };
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

QString AuditTrailView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    QStringList lines{m_model->headerText()};
    for (int row : std::as_const(rows))
        lines.append(m_model->rowText(row));
    return lines.join(QLatin1Char('\n'));
}

void AuditTrailView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}
