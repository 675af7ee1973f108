// The network map window.
#include "NetworkMapWindow.h"

#include "DialogParts.h"
#include "MessageBanner.h"
#include "NetworkElementDialog.h"
#include "NetworkImportDialog.h"
#include "models/NetworkTableModel.h"
#include "models/NetworkTreeModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

NetworkMapWindow::NetworkMapWindow(AppSession *session, const QString &tenantId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_readOnly(!session->canWrite())
    , m_tableModel(new NetworkTableModel(this))
    , m_treeModel(new NetworkTreeModel(this))
{
    setObjectName(QStringLiteral("networkMapWindow"));
    const QString tenantName = session->cache()->tenantName(tenantId, tenantId);
    setWindowTitle(tr("Network Map — %1").arg(tenantName));
    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto *banner = new MessageBanner(this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->showMessage(MessageBanner::Kind::Information,
                            tr("Read-only: you are signed in as an auditor."),
                            tr("You can look at the network map and export it, not change it."));
        layout->addWidget(banner);
    }

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("networkSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search identifier, description, place or address… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the network map"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("networkCounts"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_counts);
    layout->addLayout(searchRow);
    auto *find = new QAction(tr("Search the network map"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QDialog::addAction(find);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tableModel->setSearch(text);
        m_treeModel->setSearch(text);
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
        updateCounts();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    m_tree = new QTreeView(m_tabs);
    m_tree->setObjectName(QStringLiteral("networkTree"));
    m_tree->setAccessibleName(tr("Network map by address and place"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true); // quick at 10,000 rows
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NetworkTreeModel::NameColumn, 640);
    m_tree->setColumnWidth(NetworkTreeModel::CountColumn, 90);
    m_table = new QTableView(m_tabs);
    m_table->setObjectName(QStringLiteral("networkTable"));
    m_table->setAccessibleName(tr("Network elements"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NetworkTableModel::KindColumn, 130);
    m_table->setColumnWidth(NetworkTableModel::IdentifierColumn, 230);
    m_table->setColumnWidth(NetworkTableModel::PlaceColumn, 200);
    m_table->setColumnWidth(NetworkTableModel::AddressColumn, 260);
    m_table->setColumnWidth(NetworkTableModel::DescriptionColumn, 200);
    m_tabs->addTab(m_tree, tr("By &place"));
    m_tabs->addTab(m_table, tr("All &elements"));
    m_tabs->setAccessibleName(tr("Network map"));
    m_tabs->tabBar()->setAccessibleName(tr("Views of the network map"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildButtons());

    connect(m_tabs, &QTabWidget::currentChanged, this, &NetworkMapWindow::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &NetworkMapWindow::editElement);
    connect(m_tree, &QTreeView::doubleClicked, this, &NetworkMapWindow::editElement);
    connect(session->syncEngine(), &SyncEngine::changesApplied, this,
            &NetworkMapWindow::applyChanges);
    reload();
    resize(1280, 760);
    m_search->setFocus();
}

QWidget *NetworkMapWindow::buildButtons()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto action = [this, row, h](const QString &text, const QString &name, const QKeySequence &key,
                                 const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setToolTip(QString(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) +
                              QLatin1Char(')')));
        QDialog::addAction(a);
        auto *b = new QToolButton(row);
        b->setDefaultAction(a);
        b->setObjectName(QString(name + QStringLiteral("Button")));
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        h->addWidget(b);
        return a;
    };
    m_addAction = action(tr("&Add Element…"), QStringLiteral("addElementAction"),
                         QKeySequence(Qt::CTRL | Qt::Key_N), tr("Add a network element"));
    m_editAction = action(tr("&Edit…"), QStringLiteral("editElementAction"),
                          QKeySequence(Qt::Key_F2), tr("Edit the selected element"));
    m_deleteAction = action(tr("&Delete…"), QStringLiteral("deleteElementAction"),
                            QKeySequence(QKeySequence::Delete), tr("Delete the selected element"));
    h->addSpacing(16);
    m_importAction = action(tr("&Import CSV…"), QStringLiteral("importNetworkAction"),
                            QKeySequence(Qt::CTRL | Qt::Key_I),
                            tr("Import network elements from a CSV file, with a dry run first"));
    m_exportAction = action(tr("Export &Teams Script…"), QStringLiteral("exportScriptAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                            tr("Save a PowerShell script that sets up this map in Teams"));
    h->addStretch(1);
    auto *close = deliberateButton(tr("&Close"), QStringLiteral("closeButton"), row);
    h->addWidget(close);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_addAction, &QAction::triggered, this, &NetworkMapWindow::addElement);
    connect(m_editAction, &QAction::triggered, this, &NetworkMapWindow::editElement);
    connect(m_deleteAction, &QAction::triggered, this, &NetworkMapWindow::deleteElement);
    connect(m_importAction, &QAction::triggered, this, &NetworkMapWindow::importCsv);
    connect(m_exportAction, &QAction::triggered, this,
            [this] { emit exportScriptRequested(m_tenantId); });
    return row;
}

void NetworkMapWindow::reload()
{
    const QString current = currentElementId();
    m_snapshot = NetworkMapSnapshot::load(*m_session->cache(), m_tenantId);
    m_tableModel->setSnapshot(m_snapshot);
    m_treeModel->setSnapshot(m_snapshot);
    m_tree->expandToDepth(0);
    // Each reset drops the selection model's connections' effect; reconnect cheaply.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NetworkMapWindow::updateActions, Qt::UniqueConnection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NetworkMapWindow::updateActions, Qt::UniqueConnection);
    if (!current.isEmpty())
        selectElement(current);
    updateCounts();
    updateActions();
}

void NetworkMapWindow::applyChanges(const CacheChangeSet &changes)
{
    if (changes.reloaded || changes.placeTenants.contains(m_tenantId) ||
        changes.networkElementTenants.contains(m_tenantId) ||
        changes.emergencyCallTenants.contains(m_tenantId) || !changes.addresses.isEmpty() ||
        !changes.deletedAddresses.isEmpty() || changes.deletedTenants.contains(m_tenantId))
        reload();
}

void NetworkMapWindow::updateCounts()
{
    const int flagged =
        int(std::count_if(m_snapshot->flags.cbegin(), m_snapshot->flags.cend(),
                          [](NetworkElementFlag f) { return f != NetworkElementFlag::None; }));
    const int total = int(m_snapshot->elements.size());
    const QLocale locale;
    QString text =
        m_tableModel->rowCount() == total
            ? tr("Elements: %1").arg(locale.toString(total))
            : tr("Shown: %1 of %2")
                  .arg(locale.toString(m_tableModel->rowCount()), locale.toString(total));
    if (flagged > 0)
        text = QString(text + QStringLiteral(" · ") +
                       tr("✖ Flagged: %1").arg(locale.toString(flagged)));
    m_counts->setText(text);
}

QString NetworkMapWindow::currentElementId() const
{
    if (m_tabs->currentWidget() == m_table) {
        const QModelIndex i = m_table->currentIndex();
        return i.isValid() ? i.data(NetworkTableModel::ElementIdRole).toString() : QString();
    }
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() ||
        i.data(NetworkTreeModel::NodeKindRole).toInt() != int(NetworkTreeModel::NodeKind::Element))
        return {};
    return i.data(NetworkTreeModel::IdRole).toString();
}

void NetworkMapWindow::selectElement(const QString &elementId)
{
    const int row = m_tableModel->rowOf(elementId);
    if (row >= 0)
        m_table->setCurrentIndex(m_tableModel->index(row, 0));
    const QModelIndex node = m_treeModel->indexOfElement(elementId);
    if (node.isValid()) {
        m_tree->setCurrentIndex(node);
        m_tree->scrollTo(node);
    }
    updateActions();
}

void NetworkMapWindow::updateActions()
{
    const bool selected = !currentElementId().isEmpty();
    m_addAction->setEnabled(!m_readOnly);
    m_importAction->setEnabled(!m_readOnly);
    m_editAction->setEnabled(selected);
    m_editAction->setText(m_readOnly ? tr("&View…") : tr("&Edit…"));
    m_deleteAction->setEnabled(selected && !m_readOnly);
}

void NetworkMapWindow::addElement()
{
    if (m_readOnly)
        return;
    NetworkElement element;
    element.tenantId = m_tenantId;
    // Start at the place selected in the tree, so adding ten APs to one floor is quick.
    const QModelIndex i = m_tree->currentIndex();
    if (m_tabs->currentWidget() == m_tree && i.isValid()) {
        const auto kind =
            NetworkTreeModel::NodeKind(i.data(NetworkTreeModel::NodeKindRole).toInt());
        const QString id = i.data(NetworkTreeModel::IdRole).toString();
        if (kind == NetworkTreeModel::NodeKind::Place)
            element.placeId = id;
        else if (const NetworkElement *e =
                     m_snapshot->elementIndex.contains(id)
                         ? &m_snapshot->elements.at(m_snapshot->elementIndex.value(id))
                         : nullptr) {
            element.placeId = e->placeId;
            element.kind = e->kind;
        }
    }
    NetworkElementDialog dialog(*m_session->outbox(), m_snapshot, element, this);
    dialog.exec();
}

void NetworkMapWindow::editElement()
{
    const QString id = currentElementId();
    if (id.isEmpty())
        return;
    const int index = m_snapshot->elementIndex.value(id, -1);
    if (index < 0)
        return;
    NetworkElementDialog dialog(*m_session->outbox(), m_snapshot, m_snapshot->elements.at(index),
                                this);
    dialog.setReadOnly(m_readOnly);
    dialog.exec();
}

void NetworkMapWindow::deleteElement()
{
    const QString id = currentElementId();
    const int index = m_snapshot->elementIndex.value(id, -1);
    if (m_readOnly || index < 0)
        return;
    const NetworkElement &e = m_snapshot->elements.at(index);
    if (!confirmRemoval(this, QStringLiteral("deleteElementPrompt"), tr("Delete Network Element"),
                        tr("Delete %1 %2?").arg(networkElementKindText(e.kind), e.identifier()),
                        tr("Calls through it will no longer carry the place's address; Teams "
                           "falls back to the user's registered address."),
                        tr("Delete"), tr("Keep")))
        return;
    QString error;
    if (!m_session->outbox()->enqueue(outbox::networkElementDelete(e), &error))
        QMessageBox::warning(this, tr("Delete Network Element"),
                             tr("The deletion could not be written to the outbox: %1").arg(error));
}

void NetworkMapWindow::importCsv()
{
    if (m_readOnly)
        return;
    NetworkImportDialog dialog(m_session, m_tenantId, this);
    dialog.exec();
}
