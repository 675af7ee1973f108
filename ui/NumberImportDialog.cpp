// The CSV import's preview, confirmation and apply pages.
#include "NumberImportDialog.h"

#include "DialogParts.h"
#include "E911EnableDialog.h"
#include "ImportMappingForm.h"
#include "LimitationsDialog.h"
#include "domain/AddressLine.h"
#include "domain/FeeQuote.h"
#include "domain/Limitations.h"
#include "import/ImportPreviewModel.h"
#include "import/NumberImportRunner.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QSet<QString> numbersOf(Cache &cache, const QString &tenantId)
{
    QSet<QString> numbers;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    if (q.exec())
        while (q.next())
            numbers.insert(q.value(0).toString());
    return numbers;
}
} // namespace

NumberImportDialog::NumberImportDialog(Cache &cache, Outbox &outbox, const QString &tenantId,
                                       const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_tenantId(tenantId)
    , m_tenantName(tenantName)
    , m_pages(new QStackedWidget(this))
    , m_error(wrappedLabel(QString(), this, QStringLiteral("errorMessage")))
{
    setObjectName(QStringLiteral("numberImportDialog"));
    setWindowTitle(tr("Import Numbers — %1").arg(tenantName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b00020; padding: 6px;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildApplyPage());
    resize(1100, 720);
}

QWidget *NumberImportDialog::buildPreviewPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(
        tr("Register many numbers at their emergency addresses from a CSV file. Every row is "
           "checked first; nothing is sent before you confirm the fee on the next page."),
        page));

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setAccessibleName(tr("CSV file"));
    auto *choose = deliberateButton(tr("&Choose File…"), QStringLiteral("chooseFileButton"), page);
    connect(choose, &QPushButton::clicked, this, &NumberImportDialog::chooseFile);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_hasHeader = new QCheckBox(tr("The first row names the &columns"), page);
    m_hasHeader->setObjectName(QStringLiteral("hasHeader"));
    m_hasHeader->setChecked(true);
    connect(m_hasHeader, &QCheckBox::toggled, this, &NumberImportDialog::applyHeaderChoice);
    layout->addWidget(m_hasHeader);

    m_mapping = new ImportMappingForm(page);
    m_mapping->setEnabled(false);
    connect(m_mapping, &ImportMappingForm::mappingChanged, this,
            &NumberImportDialog::updatePreview);
    layout->addWidget(m_mapping);

    auto *summaryRow = new QHBoxLayout;
    m_summary = wrappedLabel(QString(), page, QStringLiteral("importSummary"));
    auto *problemsOnly = new QCheckBox(tr("Show only rows with &problems"), page);
    problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(problemsOnly);
    layout->addLayout(summaryRow);

    m_preview = new ImportPreviewModel(this);
    connect(problemsOnly, &QCheckBox::toggled, m_preview, &ImportPreviewModel::setProblemsOnly);
    m_previewView = new QTableView(page);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_previewView->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_previewView->setAccessibleName(tr("What each row of the file does"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setColumnWidth(ImportPreviewModel::RowColumn, 60);
    m_previewView->setColumnWidth(ImportPreviewModel::NumberColumn, 140);
    m_previewView->setColumnWidth(ImportPreviewModel::ActionColumn, 130);
    layout->addWidget(m_previewView, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), page);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_reviewButton =
        deliberateButton(tr("&Review Fee and Apply…"), QStringLiteral("reviewButton"), page);
    m_reviewButton->setEnabled(false);
    connect(m_reviewButton, &QPushButton::clicked, this, &NumberImportDialog::showConfirmation);
    buttons->addWidget(cancel);
    buttons->addWidget(m_reviewButton);
    layout->addLayout(buttons);
    return page;
}

QWidget *NumberImportDialog::buildConfirmPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_statement = wrappedLabel(QString(), page, QStringLiteral("importStatement"));
    m_statement->setFocusPolicy(Qt::StrongFocus);
    QFont big = m_statement->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_statement->setFont(big);
    layout->addWidget(m_statement);

    m_ackCheck = new QCheckBox(page);
    m_ackCheck->setObjectName(QStringLiteral("acknowledgeCheck"));
    auto *readLimitations = deliberateButton(tr("Read the &Limitations…"),
                                             QStringLiteral("readLimitationsButton"), page);
    connect(readLimitations, &QPushButton::clicked, this, [this] {
        LimitationsDialog dialog(m_cache, m_tenantId, m_tenantName, this);
        dialog.exec();
    });
    auto *ackRow = new QHBoxLayout;
    ackRow->addWidget(m_ackCheck, 1);
    ackRow->addWidget(readLimitations);
    layout->addLayout(ackRow);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *back = deliberateButton(tr("&Back"), QStringLiteral("backButton"), page);
    connect(back, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_pages->setCurrentIndex(PreviewPage);
    });
    m_confirmButton = deliberateButton(QString(), QStringLiteral("confirmButton"), page);
    connect(m_confirmButton, &QPushButton::clicked, this, &NumberImportDialog::confirm);
    connect(m_ackCheck, &QCheckBox::toggled, m_confirmButton, &QPushButton::setEnabled);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirmButton);
    layout->addLayout(buttons);
    return page;
}

QWidget *NumberImportDialog::buildApplyPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_applyState = wrappedLabel(QString(), page, QStringLiteral("applyState"));
    layout->addWidget(m_applyState);
    m_groups = new QListWidget(page);
    m_groups->setObjectName(QStringLiteral("addressGroups"));
    m_groups->setAccessibleName(tr("Addresses of the import and where each stands"));
    layout->addWidget(m_groups, 1);
    layout->addWidget(wrappedLabel(
        tr("If Dispatchable closes before every new address is validated, import the same file "
           "again: addresses that exist by then are reused and numbers already registered there "
           "are left as they are."),
        page));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = deliberateButton(tr("&Close"), QStringLiteral("closeButton"), page);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    return page;
}

NumberImportDialog::Page NumberImportDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString NumberImportDialog::summary() const
{
    return m_summary->text();
}

QString NumberImportDialog::statement() const
{
    return m_statement->text();
}

void NumberImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Numbers from CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool NumberImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    m_table = csvimport::parseCsv(file.readAll());
    m_path->setText(QDir::toNativeSeparators(path));
    if (!m_table.error.isEmpty() || m_table.records.isEmpty()) {
        showError(m_table.records.isEmpty()
                      ? tr("%1 holds no rows.").arg(QFileInfo(path).fileName())
                      : tr("%1 is not a valid CSV file: line %2: %3")
                            .arg(QFileInfo(path).fileName())
                            .arg(m_table.errorLine)
                            .arg(m_table.error));
        m_table = {};
        m_mapping->setEnabled(false);
        m_preview->setPlan({});
        m_reviewButton->setEnabled(false);
        return false;
    }
    m_error->hide();
    m_mapping->setEnabled(true);
    // A first row that names a number column is a header.
    const csvimport::ColumnMapping guess = csvimport::guessMapping(m_table.records.constFirst());
    {
        const QSignalBlocker quiet(m_hasHeader);
        m_hasHeader->setChecked(guess.number >= 0);
    }
    applyHeaderChoice();
    return true;
}

void NumberImportDialog::applyHeaderChoice()
{
    if (m_table.records.isEmpty())
        return;
    QStringList columns;
    if (m_hasHeader->isChecked())
        columns = m_table.records.constFirst();
    else
        for (int i = 0; i < m_table.records.constFirst().size(); ++i)
            columns << tr("Column %1").arg(i + 1);
    m_mapping->setColumns(columns, m_hasHeader->isChecked() ? csvimport::guessMapping(columns)
                                                            : csvimport::ColumnMapping{});
}

void NumberImportDialog::updatePreview()
{
    if (m_table.records.isEmpty())
        return;
    QList<QStringList> rows = m_table.records;
    if (m_hasHeader->isChecked())
        rows.removeFirst();
    const QList<csvimport::RowCheck> checks =
        csvimport::dryRun(rows, m_mapping->mapping(), numbersOf(m_cache, m_tenantId));
    m_plan =
        csvimport::planImport(checks, m_cache.addresses(m_tenantId), [this](const QString &e164) {
            return m_cache.did(m_tenantId, e164);
        });
    m_preview->setPlan(m_plan);
    using csvimport::RowAction;
    m_summary->setText(
        QString(tr("%Ln rows", nullptr, int(m_plan.rows.size())) + QStringLiteral(" — ") +
                tr("to register: %1 · to move: %2 · already there: %3 · skipped: %4 · with "
                   "problems: %5 · new addresses: %6")
                    .arg(m_plan.count(RowAction::Register))
                    .arg(m_plan.count(RowAction::Move))
                    .arg(m_plan.count(RowAction::NoChange))
                    .arg(m_plan.count(RowAction::Skip))
                    .arg(m_plan.count(RowAction::Refused))
                    .arg(m_plan.newAddresses())));
    m_reviewButton->setEnabled(m_plan.numbersToChange() > 0);
}

void NumberImportDialog::showConfirmation()
{
    using csvimport::RowAction;
    const int registering = m_plan.count(RowAction::Register);
    const int moving = m_plan.count(RowAction::Move);
    const QLocale locale;
    const auto priceList = m_cache.priceList();
    const auto quote = priceList ? e911FeeQuote(*priceList, registering) : std::nullopt;
    QStringList sentences;
    if (registering > 0 && quote)
        sentences << tr("Register %Ln numbers with 911 at %1 per number per month: %2 a month "
                        "more.",
                        nullptr, registering)
                         .arg(formatMoney(quote->perNumber, locale),
                              formatMoney(quote->monthlyTotal, locale));
    else if (registering > 0)
        sentences << tr("The price list has not been synced yet, so the fee cannot be shown. Sync "
                        "(F5), then try again.");
    if (moving > 0)
        sentences << tr("Move %Ln registered numbers to the address in the file; their fee does "
                        "not change.",
                        nullptr, moving);
    if (m_plan.newAddresses() > 0)
        sentences << tr("%Ln new addresses are created and validated first; numbers whose address "
                        "fails validation are not registered.",
                        nullptr, m_plan.newAddresses());
    const int notApplied = m_plan.count(RowAction::Refused);
    if (notApplied > 0)
        sentences << tr("%Ln rows with problems are left out.", nullptr, notApplied);
    m_statement->setText(sentences.join(QLatin1Char(' ')));

    const bool needsAck = E911EnableDialog::needsAcknowledgement(m_cache, m_outbox, m_tenantId);
    m_ackCheck->setVisible(needsAck);
    m_ackCheck->setChecked(!needsAck);
    m_ackCheck->setText(
        tr("I have read the limitations of emergency calling and acknowledge them for %1")
            .arg(m_tenantName));
    const int changing = registering + moving;
    m_confirmButton->setText(tr("&Register %Ln Numbers", nullptr, changing));
    m_confirmButton->setAccessibleName(m_confirmButton->text().remove(QLatin1Char('&')));
    const bool priced = registering == 0 || quote.has_value();
    m_confirmButton->setEnabled(priced && !needsAck);
    if (!priced)
        disconnect(m_ackCheck, &QCheckBox::toggled, m_confirmButton, &QPushButton::setEnabled);
    m_error->hide();
    m_pages->setCurrentIndex(ConfirmPage);
    // Focus on the sentence to read, never on the button that spends money.
    m_statement->setFocus();
}

void NumberImportDialog::confirm()
{
    QString error;
    if (m_ackCheck->isVisible()) {
        if (!m_ackCheck->isChecked())
            return;
        if (!m_outbox.enqueue(outbox::acknowledgement(m_tenantId, limitations::currentVersion),
                              &error)) {
            showError(
                tr("The acknowledgement could not be saved; nothing was sent: %1").arg(error));
            return;
        }
    }
    QObject *owner = parentWidget() ? static_cast<QObject *>(parentWidget()) : this;
    m_runner = new NumberImportRunner(m_cache, m_outbox, m_tenantId, m_plan, owner);
    connect(m_runner, &NumberImportRunner::groupChanged, this, &NumberImportDialog::refreshGroups);
    connect(m_runner, &NumberImportRunner::finished, this, &NumberImportDialog::refreshGroups);
    emit importStarted(m_runner);
    m_pages->setCurrentIndex(ApplyPage);
    refreshGroups();
    if (!m_runner->start(&error)) {
        showError(tr("The import could not be saved; nothing was sent: %1").arg(error));
        return;
    }
    m_pages->currentWidget()->findChild<QPushButton *>(QStringLiteral("closeButton"))->setFocus();
}

void NumberImportDialog::refreshGroups()
{
    if (!m_runner)
        return;
    m_groups->clear();
    int waiting = 0;
    int queued = 0;
    int failed = 0;
    for (int g = 0; g < m_runner->groups().size(); ++g) {
        const NumberImportRunner::GroupStatus &status = m_runner->groups().at(g);
        const csvimport::AddressGroup &group = m_plan.groups.at(g);
        const QString where = civicAddressLine(group.civic);
        const int n = int(group.numbers.size());
        QString line;
        switch (status.state) {
        case NumberImportRunner::GroupState::CreatingAddress:
            ++waiting;
            line = tr("◐ %1 — being created and validated; %Ln numbers wait for it", nullptr, n)
                       .arg(where);
            break;
        case NumberImportRunner::GroupState::Queued:
            ++queued;
            line = tr("✔ %1 — %Ln numbers queued", nullptr, n).arg(where);
            break;
        case NumberImportRunner::GroupState::Failed:
            ++failed;
            line =
                tr("✖ %1 — %Ln numbers not registered: %2", nullptr, n).arg(where, status.reason);
            break;
        }
        m_groups->addItem(line);
    }
    m_applyState->setText(
        waiting > 0 ? tr("Waiting for the backend to validate %Ln new addresses…", nullptr, waiting)
                    : tr("Done: %Ln addresses queued, %1 refused. The outbox sends the "
                         "registrations; their progress and results follow.",
                         nullptr, queued)
                          .arg(failed));
}

void NumberImportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}
