#include "NumberTablePane.h"

#include "E911StateDelegate.h"
#include "models/DidModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QPushButton *makeCountButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}
} // namespace

NumberTablePane::NumberTablePane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_acknowledgement(new QLabel(this))
    , m_registeredButton(makeCountButton(this, QStringLiteral("registeredCountButton")))
    , m_pendingButton(makeCountButton(this, QStringLiteral("pendingCountButton")))
    , m_failedButton(makeCountButton(this, QStringLiteral("failedCountButton")))
    , m_basicButton(makeCountButton(this, QStringLiteral("basicCountButton")))
    , m_filter(new QLineEdit(this))
    , m_stateCombo(makeCombo(this, QStringLiteral("stateFilter"), tr("Filter by E911 state")))
    , m_usageCombo(makeCombo(this, QStringLiteral("usageFilter"), tr("Filter by usage")))
    , m_countryCombo(makeCombo(this, QStringLiteral("countryFilter"), tr("Filter by country")))
    , m_actionRow(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_clearFiltersButton(new QPushButton(tr("Clear filters"), this))
{
    m_title->setObjectName(QStringLiteral("tenantHeader"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acknowledgement->setObjectName(QStringLiteral("tenantAcknowledgement"));
    m_acknowledgement->setAccessibleName(tr("Limitations acknowledgement"));
    m_acknowledgement->setWordWrap(true);
    m_acknowledgement->setTextFormat(Qt::PlainText);
    m_acknowledgement->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                               Qt::TextSelectableByKeyboard);
    m_acknowledgement->hide();

    const std::pair<QPushButton *, E911State> countButtons[] = {
        {m_registeredButton, E911State::Registered},
        {m_pendingButton, E911State::Pending},
        {m_failedButton, E911State::Failed},
        {m_basicButton, E911State::Basic}};
    auto *countsRow = new QHBoxLayout;
    for (const auto &[button, state] : countButtons) {
        const int stateValue = int(state);
        button->setAccessibleDescription(tr("Shows only these numbers; click again for all."));
        connect(button, &QPushButton::clicked, this,
                [this, stateValue] { onStateButton(stateValue); });
        countsRow->addWidget(button);
    }
    countsRow->addStretch(1);

    m_filter->setObjectName(QStringLiteral("numberFilter"));
    m_filter->setPlaceholderText(tr("Filter by number, user or address… (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter numbers by number or user"));
    m_filter->setClearButtonEnabled(true);

    m_stateCombo->addItem(tr("Any state"));
    for (E911State state : {E911State::Basic, E911State::Pending, E911State::Registered,
                            E911State::Failed, E911State::Deregistering})
        m_stateCombo->addItem(
            QString(E911StateDelegate::mark(state) + QLatin1Char(' ') + DidModel::stateText(state)),
            int(state));
    m_usageCombo->addItem(tr("Any usage"));
    for (DidUsage usage : {DidUsage::User, DidUsage::CommonArea, DidUsage::Conference,
                           DidUsage::AutoAttendant, DidUsage::CallQueue, DidUsage::Unassigned})
        m_usageCombo->addItem(DidModel::usageText(usage), int(usage));
    m_countryCombo->addItem(tr("Any country"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_stateCombo);
    filterRow->addWidget(m_usageCombo);
    filterRow->addWidget(m_countryCombo);
    m_actionRow->addStretch(1);

    m_view->setObjectName(QStringLiteral("numberTable"));
    m_view->setAccessibleName(tr("Numbers"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(DidModel::StateColumn, new E911StateDelegate(m_view));

    m_emptyLabel->setObjectName(QStringLiteral("numbersEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFiltersButton->setAccessibleName(tr("Clear all filters"));
    connect(m_clearFiltersButton, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        m_stateCombo->setCurrentIndex(0);
        m_usageCombo->setCurrentIndex(0);
        m_countryCombo->setCurrentIndex(0);
    });
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_clearFiltersButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_acknowledgement);
    layout->addLayout(countsRow);
    layout->addLayout(filterRow);
    layout->addLayout(m_actionRow);
    layout->addWidget(m_stack, 1);
    clearTenant();
}

void NumberTablePane::setModel(DidModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->setColumnHidden(DidModel::SinceColumn, true);
    m_view->horizontalHeader()->setSortIndicator(DidModel::NumberColumn, Qt::AscendingOrder);
    // Widths that fit typical content, so the fee is visible without scrolling sideways.
    const std::pair<int, int> widths[] = {
        {DidModel::NumberColumn, 120}, {DidModel::UserColumn, 150},
        {DidModel::UsageColumn, 120},  {DidModel::CountryColumn, 60},
        {DidModel::StateColumn, 140},  {DidModel::AddressColumn, 170}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    connect(m_filter, &QLineEdit::textChanged, model, &DidModel::setFilterText);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this,
            &NumberTablePane::applyStateFilter);
    connect(m_usageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant usage = m_usageCombo->currentData();
        m_model->setUsageFilter(usage.isValid() ? std::optional(DidUsage(usage.toInt()))
                                                : std::nullopt);
    });
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCountryFilter(m_countryCombo->currentData().toString()); });
    connect(model, &QAbstractItemModel::modelReset, this, &NumberTablePane::updateEmptyState);
    connect(model, &DidModel::loadingChanged, this, &NumberTablePane::updateEmptyState);
    connect(model, &QAbstractItemModel::layoutChanged, this, &NumberTablePane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &NumberTablePane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NumberTablePane::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentNumberChanged(currentNumber()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        emit selectionChanged(int(m_view->selectionModel()->selectedRows().size()));
    });
}

void NumberTablePane::showTenant(const Tenant &tenant, const QString &serviceText,
                                 const QStringList &countries)
{
    m_hasTenant = true;
    m_title->setText(tr("%1 · %2 · %Ln numbers", nullptr, int(tenant.counts.total))
                         .arg(tenant.name, serviceText));
    updateCountButtons(tenant.counts);
    const QString country = m_countryCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_countryCombo);
        m_countryCombo->clear();
        m_countryCombo->addItem(tr("Any country"));
        for (const QString &code : countries)
            m_countryCombo->addItem(code, code);
        m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(country)));
    }
    if (m_model && m_model->tenantId() != tenant.id) {
        m_model->setCountryFilter(m_countryCombo->currentData().toString());
        m_model->setTenant(tenant.id);
    }
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_filter, m_stateCombo, m_usageCombo, m_countryCombo})
        widget->setEnabled(true);
    updateEmptyState();
}

void NumberTablePane::setAcknowledgementText(const QString &text)
{
    m_acknowledgement->setText(text);
    m_acknowledgement->setVisible(!text.isEmpty());
}

void NumberTablePane::clearTenant()
{
    setAcknowledgementText(QString());
    m_hasTenant = false;
    m_title->setText(tr("No tenant selected"));
    updateCountButtons({});
    if (m_model)
        m_model->setTenant(QString());
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_filter, m_stateCombo, m_usageCombo, m_countryCombo})
        widget->setEnabled(false);
    updateEmptyState();
}

void NumberTablePane::addActionButtons(const QList<QAction *> &actions)
{
    int position = 0;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(QString(action->objectName() + QStringLiteral("Button")));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_actionRow->insertWidget(position++, button);
    }
}

QStringList NumberTablePane::selectedNumbers() const
{
    if (!m_view->selectionModel())
        return {};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList numbers;
    numbers.reserve(rows.size());
    for (const QModelIndex &index : rows)
        numbers.append(index.data(DidModel::E164Role).toString());
    return numbers;
}

QString NumberTablePane::currentNumber() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DidModel::E164Role).toString() : QString();
}

void NumberTablePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void NumberTablePane::copySelection() const
{
    // E.164, one per line: what a carrier portal, a ticket or a spreadsheet expects.
    const QStringList numbers = selectedNumbers();
    if (!numbers.isEmpty())
        QApplication::clipboard()->setText(numbers.join(QLatin1Char('\n')));
}

void NumberTablePane::onStateButton(int state)
{
    const int index = m_stateCombo->findData(state);
    const bool alreadyOn = m_stateCombo->currentIndex() == index;
    m_stateCombo->setCurrentIndex(alreadyOn ? 0 : index);
    applyStateFilter();
}

void NumberTablePane::applyStateFilter()
{
    const QVariant state = m_stateCombo->currentData();
    if (m_model)
        m_model->setStateFilter(state.isValid() ? std::optional(E911State(state.toInt()))
                                                : std::nullopt);
    const std::pair<QPushButton *, E911State> buttons[] = {
        {m_registeredButton, E911State::Registered},
        {m_pendingButton, E911State::Pending},
        {m_failedButton, E911State::Failed},
        {m_basicButton, E911State::Basic}};
    for (const auto &[button, buttonState] : buttons)
        button->setChecked(state.isValid() && state.toInt() == int(buttonState));
}

void NumberTablePane::updateCountButtons(const TenantCounts &counts)
{
    const QLocale locale;
    m_registeredButton->setText(tr("● %1 registered").arg(locale.toString(counts.registered)));
    m_pendingButton->setText(
        tr("◐ %1 pending").arg(locale.toString(counts.pending + counts.deregistering)));
    m_failedButton->setText(tr("✖ %1 failed").arg(locale.toString(counts.failed)));
    m_basicButton->setText(tr("○ %1 basic only").arg(locale.toString(counts.basic)));
    for (QPushButton *button :
         {m_registeredButton, m_pendingButton, m_failedButton, m_basicButton}) {
        button->setAccessibleName(tr("Show only: %1").arg(button->text().mid(2)));
        button->setEnabled(m_hasTenant);
    }
}

void NumberTablePane::updateEmptyState()
{
    const bool hasRows = m_model && m_model->rowCount() > 0;
    if (hasRows) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (!m_hasTenant) {
        m_emptyLabel->setText(tr("Choose a tenant on the left to see its numbers."));
        m_clearFiltersButton->hide();
    } else if (m_model && m_model->isLoading()) {
        // A large tenant is being read; with filters set, its rows show once all are in.
        m_emptyLabel->setText(tr("Reading this tenant's numbers from the offline copy…"));
        m_clearFiltersButton->hide();
    } else if (m_model && m_model->totalCount() > 0) {
        m_emptyLabel->setText(tr("No number matches these filters. Change the filter text or "
                                 "clear the filters to see all %Ln numbers.",
                                 nullptr, m_model->totalCount()));
        m_clearFiltersButton->show();
    } else {
        m_emptyLabel->setText(tr("This tenant has no numbers yet. They appear here after the "
                                 "next sync (F5) once the carrier assigned them."));
        m_clearFiltersButton->hide();
    }
    m_stack->setCurrentIndex(1);
}
